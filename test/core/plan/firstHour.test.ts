/** Issue #15's plan-engine edges: Google Ads' "Target" headers, target-like headers, plurals, overspend, whose budget. */
import { describe, expect, it } from 'vitest';
import { targetHeader } from '../../../src/core/plan/headers';
import type { TableCell } from '../../../src/core/plan/types';
import { evaluatePlanInWords } from '../../support/inWords';

const d = (day: number) => new Date(Date.UTC(2025, 0, day));
const WEEKLY_HEAD = ['Week', 'Stage', 'Spend', 'Clicks', 'Conversions', 'Revenue'];
const run = (stages: TableCell[][], weekly: TableCell[][]) => evaluatePlanInWords(stages, weekly);

describe('Target <metric> (docs/contract.md §2.1, as Google Ads names its targets)', () => {
  it.each([
    ['Target ROAS', 'roas', '>='],
    ['target roas', 'roas', '>='],
    ['Target iROAS', 'iroas', '>='],
    ['Target CPA', 'cpa', '<='],
    ['Target CPC', 'cpc', '<='],
    ['Target CPM', 'cpm', '<='],
    ['Target cost per lead', 'cpl', '<='],
    ['Target conversions', 'conversions', '>='],
    ['Target conv. rate', 'conversionRate', '>='],
  ])('%s → %s %s', (h, metric, op) => {
    expect(targetHeader(h)).toEqual({ metric, op });
  });

  it('gates the stage: a missed Target CPA is no longer a pass "by default"', () => {
    const stages = [
      ['Stage', 'Budget', 'Target ROAS', 'Target CPA'],
      ['A', 1000, 3, 20],
    ];
    // Two alike weeks: one week alone is no verdict with ranges on (docs/contract.md §2.4).
    const r = run(stages, [WEEKLY_HEAD, [d(6), 'A', 500, 250, 20, 1800], [d(13), 'A', 500, 250, 20, 1800]]);
    expect(r.stages[0].criteria.map((c) => [c.key, c.op, c.target])).toEqual([
      ['roas', '>=', 3],
      ['cpa', '<=', 20],
    ]);
    expect(r.stages[0].decision).toBe('STOP'); // CPA 25 is 25% over 20
    expect(r.warnings).toEqual([]);
  });
});

describe('headers that look like targets but are not read', () => {
  it.each([
    ['Goal ROAS', '"Min ROAS", "Target ROAS" or "ROAS >="'],
    ['ROAS target', '"Min ROAS", "Target ROAS" or "ROAS >="'],
    ['CPA goal', '"Max CPA", "Target CPA" or "CPA <="'],
    ['KPI: cost per lead', '"Max CPL", "Target CPL" or "CPL <="'],
  ])('%s gets a warning naming it and the forms that work', (h, forms) => {
    const r = run(
      [
        ['Stage', 'Budget', h],
        ['A', 1000, 3],
      ],
      [WEEKLY_HEAD, [d(6), 'A', 1000, 500, 40, 3600]],
    );
    expect(r.warnings).toContainEqual(expect.stringContaining(`Stages column "${h}" looks like a target but is not read`));
    expect(r.warnings.join('\n')).toContain(forms);
  });

  it('known columns and notes raise no such warning', () => {
    const r = run(
      [
        ['Stage', 'Budget', 'Start', 'Min ROAS', 'Target CPA', 'Notes', 'Decision', 'Reason', 'Next budget'],
        ['A', 1000, '', 3, 50, 'x', '', '', ''],
      ],
      [WEEKLY_HEAD, [d(6), 'A', 1000, 500, 40, 3600]],
    );
    expect(r.warnings).toEqual([]);
  });
});

describe('plural forms', () => {
  it('unknown-stage rows and volume criteria count right', () => {
    const plan = [
      ['Stage', 'Budget', 'Min weeks', 'Min conversions'],
      ['A', 5000, 1, 1],
    ];
    const weekly = [WEEKLY_HEAD, [d(6), 'A', 1000, 10, 1, 100], [d(6), 'Nope', 1, 1, 1, 1], [d(13), 'Nope', 1, 1, 1, 1]];
    const r = run(plan, weekly);
    expect(r.warnings).toEqual(['2 Weekly rows name stage "Nope", which is not in Stages; they were left out.']);
    expect(r.stages[0].reason).toMatch(/^1 week \(min 1\), 1 conversion \(min 1\): GO/);
    const r2 = run(
      [
        ['Stage', 'Budget', 'Min weeks'],
        ['A', 5000, 3],
      ],
      [WEEKLY_HEAD, [d(6), 'A', 1000, 10, 1, 100]],
    );
    expect(r2.stages[0].reason).toBe(
      '1 of 3 weeks so far: NEED DATA, keep spending. At 1,000 a week that is about 2 more weeks and 2,000, which the 4,000 left of the budget covers',
    );
  });
});

describe('budgets in the reason', () => {
  const plan = [
    ['Stage', 'Budget', 'Min ROAS'],
    ['Test', 15000, 2],
    ['Scale', 40000, 2],
  ];
  it('an overspent stage says so', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'Test', 15244, 100, 10, 40000]]);
    expect(r.stages[0].reason).toContain('Overspent: spend 15,244 against a budget of 15,000 (244 over)');
  });
  it('within budget: no word about it', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'Test', 15000, 100, 10, 40000]]);
    expect(r.stages[0].reason).not.toContain('Overspent');
  });
  it('says which stage each number belongs to', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'Test', 5000, 50, 5, 20000], [d(13), 'Test', 5000, 50, 5, 20000]]);
    expect(r.stages[0].reason).toBe('ROAS 4.00 (4.00–4.00) vs min 2.00: SCALE UP — next stage "Scale": release its 40,000; this stage: next budget 18,000');
  });
});
