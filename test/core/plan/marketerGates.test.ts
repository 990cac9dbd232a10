/**
 * Issue #21 in the engine: funnel and business KPIs as criteria (with ranges, and the same
 * numbers the custom functions give), Start, Lag weeks, no verdict from one week, test
 * integrity (SRM) and budget-aware advice (docs/contract.md §2.1–2.5).
 */
import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../../src/core/calendar/day';
import { PlanError } from '../../../src/core/plan/errors';
import type { TableCell } from '../../../src/core/plan/types';
import { loadCode } from '../../support/codeJs';
import { evaluatePlanInWords } from '../../support/inWords';

const gs = loadCode();
const d = (month: number, day: number) => new Date(Date.UTC(2025, month - 1, day));
const day = (month: number, dayOfMonth: number) => dayFromParts(2025, month, dayOfMonth)!;
const HEAD = ['Week', 'Stage', 'Variant', 'Spend', 'Impressions', 'Clicks', 'Conversions', 'Revenue', 'New customers', 'Reach'];
/** Four weeks of a shop: spend, impressions, clicks, orders, revenue, new customers, reach. */
const FUNNEL: TableCell[][] = [
  HEAD,
  [d(5, 5), 'Test', '', 4000, 400000, 4000, 100, 14000, 60, 150000],
  [d(5, 12), 'Test', '', 4100, 410000, 4200, 104, 14900, 63, 152000],
  [d(5, 19), 'Test', '', 3900, 390000, 3900, 97, 13200, 58, 149000],
  [d(5, 26), 'Test', '', 4000, 400000, 4100, 101, 14400, 61, 151000],
];
const sum = (c: number) => FUNNEL.slice(1).reduce((a, r) => a + (r[c] as number), 0);
const [spend, impressions, orders, revenue, newCustomers, reach] = [3, 4, 6, 7, 8, 9].map(sum);

describe('funnel and business KPIs (docs/contract.md §2.3)', () => {
  const stages = [
    [
      'Stage',
      'Budget',
      'Max CAC',
      'Min LTV:CAC',
      'Min repeat share',
      'Min AOV',
      'Min ROI',
      'Max frequency',
      'Cost per purchase <=',
      'Min new customers',
      'Min profit',
      'Margin',
    ],
    ['Test', 40000, 80, 1.5, 0.3, 120, 0.2, 3, 45, 200, 1000, 0.5],
  ];
  const r = evaluatePlanInWords(stages, FUNNEL, { ltvMultiple: 2.5 });
  const c = Object.fromEntries(r.stages[0].criteria.map((x) => [x.key, x]));

  it('reads every new target header', () => {
    expect(r.stages[0].criteria.map((x) => [x.key, x.op])).toEqual([
      ['cac', '<='],
      ['ltvCac', '>='],
      ['repeatShare', '>='],
      ['aov', '>='],
      ['roi', '>='],
      ['frequency', '<='],
      ['cpa', '<='],
      ['newCustomers', '>='],
      ['profit', '>='],
    ]);
  });

  it('computes each with the custom functions’ own formulas', () => {
    expect(c.cac.actual).toBe(gs.CAC(spend, newCustomers));
    expect(c.aov.actual).toBe(gs.AOV(revenue, orders)); // orders default to conversions
    expect(c.roi.actual).toBe(gs.ROI(revenue, spend, 0.5)); // the stage's Margin
    expect(c.ltvCac.actual).toBeCloseTo(gs.LTV_CAC((revenue / newCustomers) * 2.5, gs.CAC(spend, newCustomers)) as number, 12);
    expect(c.repeatShare.actual).toBeCloseTo(1 - newCustomers / orders, 12);
    expect(c.frequency.actual).toBe(impressions / reach);
    expect(c.profit.actual).toBe(revenue * 0.5 - spend);
    expect(c.newCustomers.actual).toBe(newCustomers);
  });

  it('gives every rate a range and no volume one', () => {
    for (const key of ['cac', 'ltvCac', 'repeatShare', 'aov', 'roi', 'frequency', 'cpa']) {
      expect(c[key].lower, key).not.toBeNull();
      expect(c[key].lower! <= c[key].actual! && c[key].actual! <= c[key].upper!, key).toBe(true);
    }
    expect([c.newCustomers.lower, c.profit.lower]).toEqual([null, null]);
  });

  it('a missing column makes its criterion not evaluable, with a warning, never a guess', () => {
    const noReach = FUNNEL.map((row) => row.slice(0, 9));
    const s = evaluatePlanInWords(
      [
        ['Stage', 'Budget', 'Max frequency', 'Min ROAS'],
        ['Test', 40000, 3, 2],
      ],
      noReach,
    );
    expect(s.stages[0].criteria[0]).toMatchObject({ key: 'frequency', actual: null, evidence: null });
    expect(s.warnings.some((w) => w.includes('Frequency cannot be evaluated'))).toBe(true);
  });

  it('Gross profit and Customer value columns are used when they are there', () => {
    const weekly = FUNNEL.map((row, i) => [...row, i === 0 ? 'Gross profit' : 6000, i === 0 ? 'Customer value' : 30000]);
    const s = evaluatePlanInWords(
      [
        ['Stage', 'Budget', 'Min profit', 'Min LTV'],
        ['Test', 40000, 1, 1],
      ],
      weekly,
    ).stages[0];
    expect(s.criteria[0].actual).toBe(24000 - spend);
    expect(s.criteria[1].actual).toBe(120000 / newCustomers);
  });
});

describe('Start (docs/contract.md §2.1)', () => {
  const stages = [
    ['Stage', 'Budget', 'Start', 'Min ROAS'],
    ['Test', 40000, d(5, 5), 2],
    ['Scale', 80000, d(6, 2), 2],
  ];
  it('a stage whose Start is after the evaluation date is LOCKED with the date, even when the stage before passed', () => {
    const r = evaluatePlanInWords(stages, FUNNEL, {}, { asOf: day(5, 31) });
    expect(r.stages[0].decision).toBe('SCALE UP');
    expect(evaluatePlanInWords(stages, FUNNEL, {}, { asOf: day(5, 31), locale: 'en_GB' }).stages[1].reason).toBe('Starts 2 Jun 2025: locked until then');
    expect(r.stages[1]).toMatchObject({ decision: 'LOCKED', reason: 'Starts 2025-06-02: locked until then', nextBudget: 0 });
    expect(evaluatePlanInWords(stages, FUNNEL, {}, { asOf: day(6, 2) }).stages[1].decision).toBe('READY');
  });
  it('rows dated before Start are not counted, and a warning names them', () => {
    const late = [
      ['Stage', 'Budget', 'Start', 'Min ROAS'],
      ['Test', 40000, d(5, 19), 2],
    ];
    const r = evaluatePlanInWords(late, FUNNEL);
    expect(r.stages[0].spend).toBe(3900 + 4000);
    expect(r.warnings).toContain('Test: 2 Weekly rows dated before its Start (2025-05-19) were not counted (2025-05-05 and 2025-05-12).');
  });
});

describe('Lag weeks (docs/contract.md §2.1)', () => {
  it('the last weeks are shown but not judged; the reason says so', () => {
    const stages = [
      ['Stage', 'Budget', 'Lag weeks', 'Min conversions'],
      ['Test', 40000, 1, 310],
    ];
    const r = evaluatePlanInWords(stages, FUNNEL).stages[0];
    expect(r.spend).toBe(spend); // the budget sees all the spend
    expect(r.criteria[0].actual).toBe(100 + 104 + 97); // the maturing week is not judged
    expect(r.decision).toBe('NEED DATA');
    expect(r.reason).toMatch(/Judged on weeks to 2025-05-19; the last 1 week is still maturing$/);
  });
  it('the document setting applies when the stage has no Lag weeks cell', () => {
    const r = evaluatePlanInWords(
      [
        ['Stage', 'Budget', 'Min conversions'],
        ['Test', 40000, 200],
      ],
      FUNNEL,
      { lagWeeks: 2 },
    ).stages[0];
    expect(r.criteria[0].actual).toBe(204);
    expect(r.reason).toMatch(/the last 2 weeks are still maturing$/);
  });
  it('a Lag weeks cell that is not a whole number of weeks is refused, naming the cell', () => {
    expect(() =>
      evaluatePlanInWords(
        [
          ['Stage', 'Budget', 'Lag weeks'],
          ['Test', 40000, 1.5],
        ],
        FUNNEL,
      ),
    ).toThrow(new PlanError('Stages!C2 (Lag weeks of "Test") is 1.5; give a whole number of weeks, 0 or more.'));
  });
});

describe('test integrity: sample-ratio mismatch (docs/contract.md §2.4)', () => {
  const head = ['Week', 'Stage', 'Variant', 'Spend', 'Clicks', 'Conversions', 'Revenue'];
  const weekly = [
    head,
    [d(5, 5), 'Test', 'A', 2000, 2900, 60, 7000],
    [d(5, 5), 'Test', 'B', 2000, 2100, 50, 6000],
    [d(5, 12), 'Test', 'A', 2000, 2900, 62, 7100],
    [d(5, 12), 'Test', 'B', 2000, 2100, 49, 6100],
  ];
  it('clicks 58/42 against a planned 50/50: HOLD with the split and the p-value', () => {
    const r = evaluatePlanInWords(
      [
        ['Stage', 'Budget', 'Variant split', 'Min ROAS'],
        ['Test', 40000, '50/50', 1],
      ],
      weekly,
    ).stages[0];
    expect(r.decision).toBe('HOLD');
    const p = gs.SRM_P([[5800, 4200]]) as number;
    expect(r.reason).toMatch(
      new RegExp(
        `^Test integrity: clicks split 58/42 against a planned 50/50 \\(p = ${p.toExponential(0).replace('+', '\\+')}\\): HOLD — fix delivery before trusting the winner`,
      ),
    );
  });
  it('the same delivery against a planned A 60, B 40 is fine; a blank cell means equal shares', () => {
    expect(
      evaluatePlanInWords(
        [
          ['Stage', 'Budget', 'Variant split', 'Min ROAS'],
          ['Test', 40000, 'A 58, B 42', 1],
        ],
        weekly,
      ).stages[0].decision,
    ).not.toBe('HOLD');
    expect(
      evaluatePlanInWords(
        [
          ['Stage', 'Budget', 'Variant split', 'Min ROAS'],
          ['Test', 40000, '', 1],
        ],
        weekly,
      ).stages[0].decision,
    ).toBe('HOLD');
  });
  it('without a Variant split column the plan declares no split test: nothing is checked (Confidence-0 plans decide as before)', () => {
    expect(
      evaluatePlanInWords(
        [
          ['Stage', 'Budget', 'Min ROAS'],
          ['Test', 40000, 1],
        ],
        weekly,
      ).stages[0].decision,
    ).toBe('SCALE UP');
  });
  it('a split that does not name the variants gives a warning; one that is not a split, an error naming the cell', () => {
    const r = evaluatePlanInWords(
      [
        ['Stage', 'Budget', 'Variant split', 'Min ROAS'],
        ['Test', 40000, 'A 50, C 50', 1],
      ],
      weekly,
    );
    expect(r.warnings).toContain('Test: Variant split "A 50, C 50" does not give one share to each of its 2 variants (A and B); the split was not checked.');
    expect(() =>
      evaluatePlanInWords(
        [
          ['Stage', 'Budget', 'Variant split'],
          ['Test', 40000, 'half'],
        ],
        weekly,
      ),
    ).toThrow(new PlanError('Stages!C2 (Variant split of "Test") is "half"; write the planned shares as 50/50 or A 60, B 40 (as text).'));
  });
});

describe('no verdict from one week, and budget-aware advice (docs/contract.md §2.4)', () => {
  it('one week of 100 spend no longer gives SCALE UP', () => {
    const r = evaluatePlanInWords(
      [
        ['Stage', 'Budget', 'Min ROAS'],
        ['Test', 1000, 2],
      ],
      [
        ['Week', 'Stage', 'Spend', 'Revenue'],
        [d(5, 5), 'Test', 100, 900],
      ],
    ).stages[0];
    expect(r.decision).toBe('NEED DATA');
    expect(r.reason).toBe('ROAS 9.00 vs min 2.00, not yet clear at 80%; one week of data has no range yet, so nothing is proven: NEED DATA, keep spending');
  });
  it('30 conversions needed, 12 so far at 4,000 a week: about 3 more weeks and 12,000, more than the 1,950 left', () => {
    const weekly = [
      ['Week', 'Stage', 'Spend', 'Conversions'],
      [d(5, 5), 'Test', 4000, 5],
      [d(5, 12), 'Test', 4000, 7],
    ];
    const r = evaluatePlanInWords(
      [
        ['Stage', 'Budget', 'Min conversions'],
        ['Test', 9950, 30],
      ],
      weekly,
    ).stages[0];
    expect(r.advice).toEqual({ weeksNeeded: 3, spendNeeded: 12000, budgetLeft: 1950 });
    expect(r.reason).toBe(
      '12 of 30 conversions so far: NEED DATA, keep spending. At 4,000 a week that is about 3 more weeks and 12,000; only 1,950 of the budget is left — raise the budget or lower Min conversions',
    );
  });
  it('the same in Norwegian', () => {
    const weekly = [
      ['Uke', 'Etappe', 'Kostnad', 'Konverteringer'],
      [d(5, 5), 'Test', 4000, 5],
      [d(5, 12), 'Test', 4000, 7],
    ];
    const r = evaluatePlanInWords(
      [
        ['Etappe', 'Budsjett', 'Min konverteringer'],
        ['Test', 9950, 30],
      ],
      weekly,
      { language: 'nb' },
      { locale: 'nb_NO' },
    ).stages[0];
    expect(r.reason).toMatch(
      /Med 4\s000 i uken er det omtrent 3 uker til og 12\s000; bare 1\s950 av budsjettet er igjen – øk budsjettet eller senk Min konverteringer$/u,
    );
  });
});
