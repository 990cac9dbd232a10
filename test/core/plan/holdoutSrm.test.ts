/**
 * A holdout's sample-ratio check (issue #21 item 6, docs/kpis.md): the visitors of its test and
 * control groups (Weekly's `Test visitors`, `Control visitors`) against the stage's `Test size`
 * and `Control size`, by the chi-square test of `SRM_P`; p < 0.001 holds the stage.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlanInWords } from '../../support/inWords';
import { exampleInWords } from '../../../src/words/example';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../../src/core/plan/example';
import type { TableCell } from '../../../src/core/plan/types';
import { translator } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/languages';
import { loadCode } from '../../support/codeJs';

const gs = loadCode();
const d = (month: number, day: number) => new Date(Date.UTC(2025, month - 1, day));
const HEAD = ['Week', 'Stage', 'Spend', 'Revenue', 'Control revenue', 'Test visitors', 'Control visitors'];
/** Two weeks of a 90/10 holdout; `control` gives each week's control visitors. */
const weekly = (control: [number, number], test: [number, number] = [9000, 9000]): TableCell[][] => [
  HEAD,
  [d(5, 5), 'Test', 2000, 8000, 500, test[0], control[0]],
  [d(5, 12), 'Test', 2000, 8200, 510, test[1], control[1]],
];
const plan = (sizes: [number | '', number | ''] = [9, 1]): TableCell[][] => [
  ['Stage', 'Budget', 'Test size', 'Control size', 'Min ROAS'],
  ['Test', 40000, sizes[0], sizes[1], 1],
];

describe('the holdout test/control split', () => {
  it('visitors 93/7 against a planned 90/10: HOLD, with the split and the p-value SRM_P gives in a cell', () => {
    const r = evaluatePlanInWords(plan(), weekly([700, 650])).stages[0];
    expect(r.decision).toBe('HOLD');
    // In a cell: the two groups' visitors in one row, the sizes as the planned shares.
    const p = gs.SRM_P([[18000, 1350]], [[9, 1]]) as number;
    expect(p).toBeLessThan(0.001);
    expect(r.reason).toBe(
      `Test integrity: visitors split 93/7 between test and control against a planned 90/10 (p = ${p.toExponential(0)}): HOLD — fix the holdout before trusting the lift`,
    );
  });

  it('delivery close to plan passes; the stage is graded as before', () => {
    const ok = evaluatePlanInWords(plan(), weekly([1000, 990])).stages[0];
    expect(ok.decision).not.toBe('HOLD');
    expect(ok.decision).toBe(
      evaluatePlanInWords(
        plan(),
        weekly([1000, 990]).map((r) => r.slice(0, 5)),
      ).stages[0].decision,
    );
  });

  it('is not checked without both sizes, or without visitors for both groups', () => {
    const skewed = weekly([700, 650]);
    expect(evaluatePlanInWords(plan(['', 1]), skewed).stages[0].decision).not.toBe('HOLD');
    expect(evaluatePlanInWords(plan([9, '']), skewed).stages[0].decision).not.toBe('HOLD');
    expect(
      evaluatePlanInWords(
        plan(),
        skewed.map((r) => r.slice(0, 6)),
      ).stages[0].decision,
    ).not.toBe('HOLD');
  });

  it('says the tenths when whole percentages look alike (95.4/4.6 against a planned 95/5)', () => {
    const r = evaluatePlanInWords(plan([95, 5]), weekly([2300, 2300], [47700, 47700])).stages[0];
    expect(r.decision).toBe('HOLD');
    expect(r.reason).toMatch(/^Test integrity: visitors split 95\.4\/4\.6 between test and control against a planned 95\.0\/5\.0 \(p = /);
  });

  it('reads the columns and says the reason in every language', () => {
    for (const language of LANGUAGES) {
      const tr = translator(language);
      const head = [
        'header.week',
        'header.stage',
        'header.spend',
        'header.revenue',
        'header.controlRevenue',
        'header.testVisitors',
        'header.controlVisitors',
      ] as const;
      const rows = weekly([700, 650]).map((r, i) => (i === 0 ? head.map((k) => tr.t(k)) : r));
      const stages = [['header.stage', 'header.budget', 'header.testSize', 'header.controlSize', 'header.minRoas'].map((k) => tr.t(k as never)), plan()[1]];
      const r = evaluatePlanInWords(stages, rows, { language }).stages[0];
      expect(r.decision, language).toBe('HOLD');
      const before = tr.t('reason.srmHoldout', { delivered: '93/7', planned: '90/10', p: '§', decision: '' }).split('§')[0];
      expect(r.reason.replace(/\u00a0/g, ' '), language).toContain(before);
    }
  });

  it("the worked example's holdout follows its 9:1 plan in every language", () => {
    for (const language of LANGUAGES) {
      const { stages, weekly: rows } = exampleInWords(translator(language));
      const r = evaluatePlanInWords(stages, rows, { language });
      expect(r.stages.map((s) => s.decision)).toEqual(['SCALE UP', 'NEED DATA', 'LOCKED']);
      expect(r.warnings).toEqual([]);
    }
    // Skew the example's control visitors: the Test stage is held, the rest wait for it.
    const control = EXAMPLE_WEEKLY[0].indexOf('Control visitors');
    const skewed = EXAMPLE_WEEKLY.map((r, i) => (i > 0 && r[1] === 'Test' ? r.map((v, c) => (c === control ? Math.round((v as number) * 0.7) : v)) : r));
    expect(evaluatePlanInWords(EXAMPLE_STAGES, skewed).stages.map((s) => s.decision)).toEqual(['HOLD', 'LOCKED', 'LOCKED']);
  });
});
