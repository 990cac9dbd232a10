/**
 * The plan engine on small plans covering every decision and the contract's rules, at confidence 0
 * (point values, as before ranges existed): these expectations are the point-estimate engine's and
 * must not change. The ranges (docs/contract.md §2.5) are tested in test/core/evidence.
 */
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../src/core/plan/errors';
import { POINT_EXAMPLE_STAGES as EXAMPLE_STAGES, POINT_EXAMPLE_WEEKLY as EXAMPLE_WEEKLY } from './data/pointExample';
import type { TableCell } from '../../../src/core/plan/types';
import { evaluatePlanInWords } from '../../support/inWords';

const d = (day: number) => new Date(Date.UTC(2025, 0, day));
const WEEKLY_HEAD = ['Week', 'Stage', 'Variant', 'Spend', 'Clicks', 'Conversions', 'Revenue'];

function run(stages: TableCell[][], weekly: TableCell[][], settings = {}) {
  return evaluatePlanInWords(stages, weekly, { confidence: 0, ...settings });
}
const decisions = (r: ReturnType<typeof run>) => r.stages.map((s) => s.decision);

describe('grading (ROAS ≥ 3, CPA ≤ 50)', () => {
  const stages = (budget = 1000) => [
    ['Stage', 'Budget', 'Min ROAS', 'Max CPA'],
    ['A', budget, 3, 50],
  ];
  it.each([
    [3600, 'SCALE UP'], // ROAS +20% (CPA 25 is +50%)
    [3000, 'GO'],
    [2700, 'HOLD'], // −10%
    [2400, 'SCALE DOWN'], // −20%
    [2000, 'STOP'],
  ])('revenue %d on 1,000 spend, 40 conversions → %s', (revenue, expected) => {
    const r = run(stages(), [WEEKLY_HEAD, [d(6), 'A', '', 1000, 500, 40, revenue]]);
    expect(r.stages[0].decision).toBe(expected);
  });

  it('the worst criterion decides, and the reason names both', () => {
    const r = run(stages(), [WEEKLY_HEAD, [d(6), 'A', '', 1000, 500, 19, 4000]]);
    expect(r.stages[0].decision).toBe('HOLD'); // ROAS +33%, but CPA 52.63 is 5% over the max
    expect(r.stages[0].reason).toBe('ROAS 4.00 vs min 3.00, CPA 52.63 vs max 50: HOLD — keep the budget, change something');
  });
});

describe('plan order and data', () => {
  const plan = [
    ['Stage', 'Budget', 'Min ROAS'],
    ['Test', 1000, 2],
    ['Scale', 5000, 2],
    ['Expand', 9000, 2],
  ];
  it('READY when the stage before passed and there is no data; LOCKED after that', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'Test', '', 1000, 100, 10, 2500]]);
    expect(decisions(r)).toEqual(['SCALE UP', 'READY', 'LOCKED']);
    expect(r.stages[1].reason).toBe('"Test" passed: budget 5,000 released; no data yet');
    expect(r.stages[2].reason).toBe('Waits for "Scale" to reach GO or SCALE UP (it is READY)');
    expect(r.stages[2].nextBudget).toBe(0);
  });
  it('a READY stage names its planned start', () => {
    const r = run(
      [
        ['Stage', 'Budget', 'Start'],
        ['Launch', 2500, new Date(Date.UTC(2025, 2, 3))],
      ],
      [WEEKLY_HEAD],
    );
    expect(r.stages[0].reason).toBe('First stage: budget 2,500 released; starts 2025-03-03, no data yet');
  });
  it('the first stage with no data is READY', () => {
    expect(decisions(run(plan, [WEEKLY_HEAD]))).toEqual(['READY', 'LOCKED', 'LOCKED']);
  });
  it('a failing stage locks everything after it, even stages with data', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'Test', '', 1000, 100, 10, 1000], [d(6), 'Scale', '', 1000, 100, 10, 5000]]);
    expect(decisions(r)).toEqual(['STOP', 'LOCKED', 'LOCKED']);
  });
  it('stage names match Weekly case-insensitively; unknown stages are a warning', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'test', '', 1000, 100, 10, 2000], [d(6), 'Tset', '', 5, 1, 1, 1]]);
    expect(r.stages[0].decision).toBe('GO');
    expect(r.warnings).toEqual(['1 Weekly row names stage "Tset", which is not in Stages; it was left out.']);
  });
});

describe('volume criteria (docs/contract.md §2.1)', () => {
  const plan = [
    ['Stage', 'Budget', 'Min weeks', 'Min ROAS', 'Min conversions'],
    ['A', 3000, 2, 3, 30],
  ];
  it('unmet with budget left: NEED DATA, saying what is missing', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'A', '', 1000, 100, 18, 5000]]);
    expect(r.stages[0].decision).toBe('NEED DATA');
    // Contract 2.4: how much more, and whether the budget left can buy it (12 conversions at 1,000 / 18 each is 667, one week).
    expect(r.stages[0].reason).toBe(
      '1 of 2 weeks, 18 of 30 conversions so far: NEED DATA, keep spending. At 1,000 a week that is about 1 more week and 1,000, which the 2,000 left of the budget covers',
    );
    expect(r.stages[0].advice).toEqual({ weeksNeeded: 1, spendNeeded: 1000, budgetLeft: 2000 });
    expect(r.stages[0].nextBudget).toBe(3000);
  });
  it('met volume criteria do not hold back a scale-up', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'A', '', 1000, 100, 16, 4000], [d(13), 'A', '', 1000, 100, 15, 4000]]);
    expect(r.stages[0].decision).toBe('SCALE UP'); // 31 conversions vs 30 is only +3%
  });
  it('budget spent with too few conversions: graded by the gap', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'A', '', 1500, 100, 10, 6000], [d(13), 'A', '', 1500, 100, 10, 6000]]);
    expect(r.stages[0].decision).toBe('STOP'); // 20 of 30 conversions: −33%
  });
  it('only volume criteria, all met: GO', () => {
    const r = run(
      [
        ['Stage', 'Budget', 'Min conversions'],
        ['A', 100, 5],
      ],
      [WEEKLY_HEAD, [d(6), 'A', '', 50, 10, 9, 0]],
    );
    expect(r.stages[0].decision).toBe('GO');
  });
  it('weeks are distinct weeks with spend', () => {
    const r = run(plan, [WEEKLY_HEAD, [d(6), 'A', 'x', 500, 100, 20, 4000], [d(6), 'A', 'y', 500, 100, 20, 4000], [d(13), 'A', 'x', 0, 0, 0, 0]]);
    expect(r.stages[0].metrics.weeks).toBe(1);
  });
});

describe('variants', () => {
  it('names the variant to carry forward when one clearly wins, with clicks as visitors', () => {
    const r = run(
      [
        ['Stage', 'Budget', 'Min ROAS'],
        ['Test', 10000, 1],
      ],
      [WEEKLY_HEAD, [d(6), 'Test', 'Video', 1000, 10000, 400, 4000], [d(6), 'Test', 'Static', 1000, 10000, 250, 3000]],
    );
    expect(r.stages[0].bestVariant).toBe('Video');
    expect(r.stages[0].reason).toMatch(/Carry forward Video/);
    expect(r.stages[0].variants.map((v) => v.name)).toEqual(['Video', 'Static']);
  });
  it('says when no variant is a clear winner yet', () => {
    const r = run(
      [
        ['Stage', 'Budget', 'Min ROAS'],
        ['Test', 10000, 1],
      ],
      [WEEKLY_HEAD, [d(6), 'Test', 'Video', 1000, 1000, 41, 4000], [d(6), 'Test', 'Static', 1000, 1000, 40, 3000]],
    );
    expect(r.stages[0].bestVariant).toBeNull();
    expect(r.stages[0].reason).toMatch(/No variant is a clear winner yet \(Video leads\)/);
  });
  it('sums each variant over its rows wherever they stand, in order of first appearance', () => {
    const r = run(
      [
        ['Stage', 'Budget', 'Min ROAS'],
        ['Test', 10000, 1],
      ],
      [
        WEEKLY_HEAD,
        [d(6), 'Test', 'Video', 100, 1000, 40, 400],
        [d(6), 'Test', 'Video', 50, 500, 10, 100],
        [d(6), 'Test', 'Static', 200, 2000, 30, 300],
        [d(13), 'Test', '', 999, 999, 9, 9],
        [d(13), 'Test', 'Video', 25, 250, 5, 50],
        [d(13), 'Test', 'Static', 0, 0, 0, 0],
      ],
    );
    expect(r.stages[0].variants).toEqual([
      { name: 'Video', spend: 175, clicks: 1750, conversions: 55, revenue: 550, conversionRate: 55 / 1750, roas: 550 / 175 },
      { name: 'Static', spend: 200, clicks: 2000, conversions: 30, revenue: 300, conversionRate: 30 / 2000, roas: 300 / 200 },
    ]);
  });
});

describe('metrics from sums', () => {
  it('iROAS with sizes, sales growth against Baseline, missing columns not evaluable', () => {
    const stages = [
      ['Stage', 'Budget', 'Test size', 'Control size', 'Min iROAS', 'Min sales growth', 'Max CPC'],
      ['A', 10000, 9, 1, 1, 0.1, 2],
    ];
    const weekly = [
      ['Week', 'Stage', 'Cost', 'Conv. value', 'Control revenue'],
      [d(1), 'Baseline', 0, 1000, ''],
      [d(8), 'Baseline', 0, 1200, ''],
      [d(15), 'A', 1000, 2000, 50],
      [d(22), 'A', 1000, 2400, 50],
    ];
    const r = run(stages, weekly);
    const m = r.stages[0].metrics;
    expect(m.iroas).toBeCloseTo((4400 - 100 * 9) / 2000, 12);
    expect(m.salesGrowth).toBeCloseTo(2200 / 1100 - 1, 12);
    expect(r.stages[0].criteria.find((c) => c.key === 'cpc')).toMatchObject({ actual: null, met: null });
    expect(r.warnings).toContain(
      'A: CPC cannot be evaluated from Weekly (a column it needs is missing, or what it divides by is 0); it was left out of the decision.',
    );
    expect(r.stages[0].decision).toBe('SCALE UP');
  });

  it('reads ad-platform export headers and text numbers', () => {
    const weekly = [
      ['Reporting starts', 'Stage', 'Amount spent (NOK)', 'Link clicks', 'Results', 'Purchases conversion value'],
      ['2025-01-06', 'A', '1 000,00 kr', '500', '20', '3 500 kr'],
    ];
    const r = evaluatePlanInWords(
      [
        ['Stage', 'Budget', 'ROAS ≥', 'CPA ≤'],
        ['A', 5000, 3, 60],
      ],
      weekly,
      { confidence: 0 },
      { locale: 'nb_NO' },
    );
    expect(r.stages[0].metrics).toMatchObject({ spend: 1000, roas: 3.5, cpa: 50, clicks: 500 });
    expect(r.stages[0].decision).toBe('GO');
  });
});

describe('sheet problems are PlanErrors naming the place', () => {
  it.each([
    [[['Name', 'Budget']], [WEEKLY_HEAD], 'The "Stages" sheet has no "Stage" column (row 1 holds the headers).'],
    [
      [
        ['Stage', 'Budget'],
        ['A', 1],
      ],
      [['Week', 'Stage']],
      'The "Weekly" sheet has no "Spend" column (row 1 holds the headers; "Cost" and "Amount spent" work too).',
    ],
    [
      [
        ['Stage', 'Budget'],
        ['A', 'lots'],
      ],
      [WEEKLY_HEAD],
      'Stages!B2 (Budget) is "lots", not a number. Fix the cell and evaluate again.',
    ],
    [
      [
        ['Stage', 'Budget'],
        ['A', 1],
        ['a', 2],
      ],
      [WEEKLY_HEAD],
      'Stage "a" appears twice in "Stages" (rows 2 and 3); stage names must be unique.',
    ],
    [
      [
        ['Stage', 'Budget', 'Min ROAS'],
        ['A', '', 2],
      ],
      [WEEKLY_HEAD],
      'Stages!B2 (Budget of "A") is blank; every stage needs a budget.',
    ],
  ] as [TableCell[][], TableCell[][], string][])('%#', (stages, weekly, message) => {
    expect(() => run(stages, weekly)).toThrow(PlanError);
    expect(() => run(stages, weekly)).toThrow(message);
  });
});

describe('the worked example as it was before ranges', () => {
  it('evaluates to SCALE UP (carry forward Video), HOLD, LOCKED', () => {
    const r = run(EXAMPLE_STAGES, EXAMPLE_WEEKLY);
    expect(decisions(r)).toEqual(['SCALE UP', 'HOLD', 'LOCKED']);
    expect(r.stages.map((s) => s.nextBudget)).toEqual([24000, 40000, 0]);
    expect(r.stages[0].bestVariant).toBe('Video');
    expect(r.stages[0].reason).toContain('SCALE UP — next stage "Scale": release its 40,000; this stage: next budget 24,000');
    expect(r.warnings).toEqual([]);
  });
});
