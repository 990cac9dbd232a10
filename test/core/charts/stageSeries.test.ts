/**
 * The chart series equal the engine's numbers: the last cumulative point is the criterion's
 * actual, and each week's value is recomputed here by hand from the Weekly rows.
 */
import { describe, expect, it } from 'vitest';
import { gatingCriterion, MAX_SERIES_WEEKS } from '../../../src/core/charts/stageSeries';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../../src/core/plan/example';
import type { TableCell } from '../../../src/core/plan/types';
import type { Criterion } from '../../../src/core/model/criterion';
import { evaluatePlanInWords } from '../../support/inWords';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const col = (name: string) => EXAMPLE_WEEKLY[0].indexOf(name);
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Σ of a column over the example rows of one stage and week: the brute-force reference. */
function weekSum(stage: string, week: string, column: string): number {
  return EXAMPLE_WEEKLY.slice(1)
    .filter((r) => r[1] === stage && iso(r[0] as Date) === week)
    .reduce((s, r) => s + (Number(r[col(column)]) || 0), 0);
}

describe('stage series on the worked example', () => {
  const r = evaluatePlanInWords(EXAMPLE_STAGES, EXAMPLE_WEEKLY);
  const test = r.stages[0];
  const s = test.series!;

  it('has the stage weeks in order, spend per week (variants summed) and the even pace', () => {
    expect(s.weeks).toEqual(['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27']);
    expect(s.leftOut).toBe(0);
    expect(s.spend.spend).toEqual(s.weeks.map((w) => weekSum('Test', w, 'Spend')));
    expect(s.spend.spend).toEqual([4990, 5020, 4970, 5020]);
    expect(s.spend.spend.reduce((a, b) => a + b)).toBe(test.spend);
    // Budget 20,000 over Min weeks 4.
    expect(s.spend.pace).toBe(5000);
    expect(s.spend.plannedWeeks).toBe(4);
  });

  it("charts the criterion furthest from target, its last cumulative point being the engine's actual", () => {
    const worst = test.criteria.filter((c) => !c.volume).reduce((a, c) => (c.gap! < a.gap! ? c : a));
    const m = s.metric!;
    expect(m.key).toBe(worst.key);
    expect(m.target).toBe(worst.target);
    expect(m.op).toBe(worst.op);
    expect(m.cumulative.at(-1)).toBeCloseTo(worst.actual!, 12);
    expect(m.cumulative).toHaveLength(4);
  });

  it('gives every week its own ROAS, CPA and iROAS as computed by hand', () => {
    // The plan with only one of its rate targets kept (the funnel's too), so that one is charted.
    const RATES = ['Min ROAS', 'Max CPA', 'Min iROAS', 'Max CAC', 'Min LTV:CAC', 'Min repeat share'];
    const only = (keep: string) => {
      const plan = EXAMPLE_STAGES.map((row, i) =>
        i === 0 ? row : row.map((v, c) => (RATES.includes(String(EXAMPLE_STAGES[0][c])) && EXAMPLE_STAGES[0][c] !== keep ? '' : v)),
      );
      return evaluatePlanInWords(plan, EXAMPLE_WEEKLY).stages[0].series!.metric!;
    };
    const byKey = (key: string) => only(RATES.find((h) => h.toLowerCase().endsWith(` ${key}`))!);
    const roas = byKey('roas');
    expect(roas.key).toBe('roas');
    roas.weekly.forEach((v, i) => expect(v).toBeCloseTo(weekSum('Test', s.weeks[i], 'Revenue') / weekSum('Test', s.weeks[i], 'Spend'), 12));
    const cpa = byKey('cpa');
    expect(cpa.key).toBe('cpa');
    cpa.weekly.forEach((v, i) => expect(v).toBeCloseTo(weekSum('Test', s.weeks[i], 'Spend') / weekSum('Test', s.weeks[i], 'Conversions'), 12));
    // Cumulative CPA after two weeks: Σspend / Σconversions over weeks 1–2.
    const sp = weekSum('Test', s.weeks[0], 'Spend') + weekSum('Test', s.weeks[1], 'Spend');
    const cv = weekSum('Test', s.weeks[0], 'Conversions') + weekSum('Test', s.weeks[1], 'Conversions');
    expect(cpa.cumulative[1]).toBeCloseTo(sp / cv, 12);
    const iroas = byKey('iroas');
    expect(iroas.key).toBe('iroas');
    // Test size 9, control size 1.
    iroas.weekly.forEach((v, i) => {
      const w = s.weeks[i];
      expect(v).toBeCloseTo((weekSum('Test', w, 'Revenue') - weekSum('Test', w, 'Control revenue') * 9) / weekSum('Test', w, 'Spend'), 12);
    });
    expect(iroas.cumulative.at(-1)).toBeCloseTo(test.metrics.iroas!, 12);
  });

  it("bands the metric with the range the engine gives after each week; the last is the criterion's own", () => {
    const m = s.metric!;
    const c = test.criteria.find((x) => x.key === m.key)!;
    expect(c.lower).not.toBeNull();
    expect(m.lower!.at(-1)).toBeCloseTo(c.lower!, 12);
    expect(m.upper!.at(-1)).toBeCloseTo(c.upper!, 12);
    // One week has no spread: no range yet; the point lies inside every range there is.
    expect(m.lower![0]).toBeNull();
    m.cumulative.forEach((v, i) => {
      if (m.lower![i] !== null) expect(v!).toBeGreaterThanOrEqual(m.lower![i]!);
      if (m.upper![i] !== null) expect(v!).toBeLessThanOrEqual(m.upper![i]!);
    });
    // Ranges off (Confidence 0): no band.
    const off = evaluatePlanInWords(EXAMPLE_STAGES, EXAMPLE_WEEKLY, { confidence: 0 }).stages[0].series!.metric!;
    expect(off.lower).toBeNull();
    expect(off.upper).toBeNull();
  });

  it('puts test revenue against the scaled control, Baseline weeks first as the pretest', () => {
    const c = s.control!;
    expect(c.weeks).toEqual(['2024-12-02', '2024-12-09', '2024-12-16', '2024-12-23', ...s.weeks]);
    expect(c.testFrom).toBe(4);
    expect(c.test.slice(0, 4)).toEqual([9100, 9400, 8800, 9200]);
    expect(c.control.slice(0, 4)).toEqual([null, null, null, null]);
    c.weeks.slice(4).forEach((w, i) => {
      expect(c.test[4 + i]).toBe(weekSum('Test', w, 'Revenue'));
      expect(c.control[4 + i]).toBe(weekSum('Test', w, 'Control revenue') * 9);
    });
    expect(c.control[4]).toBe(10800);
  });

  it('gives a locked stage without data empty series and no control chart', () => {
    const expand = r.stages[2].series!;
    expect(expand.weeks).toEqual([]);
    expect(expand.spend.spend).toEqual([]);
    expect(expand.spend.pace).toBe(15000);
    expect(expand.metric!.cumulative).toEqual([]);
    expect(expand.control).toBeNull();
  });
});

describe('stage series edges', () => {
  const stages: TableCell[][] = [
    ['Stage', 'Budget', 'Min conversions'],
    ['Long', 1e6, 10],
  ];
  it('keeps the latest weeks and says how many were left out, cumulative over all of them', () => {
    const weekly: TableCell[][] = [['Week', 'Stage', 'Spend', 'Conversions']];
    const n = MAX_SERIES_WEEKS + 6;
    for (let i = 0; i < n; i++) weekly.push([new Date(Date.UTC(2020, 0, 6 + 7 * i)), 'Long', 100, i % 3]);
    const r = evaluatePlanInWords(stages, weekly);
    const s = r.stages[0].series!;
    expect(s.weeks).toHaveLength(MAX_SERIES_WEEKS);
    expect(s.leftOut).toBe(6);
    expect(s.weeks[0]).toBe(iso(new Date(Date.UTC(2020, 0, 6 + 7 * 6))));
    // A volume target: its running total, ending at the engine's conversions.
    expect(s.metric!.key).toBe('conversions');
    expect(s.metric!.cumulative.at(-1)).toBe(r.stages[0].metrics.conversions);
    expect(s.metric!.weekly[0]).toBe(6 % 3);
    expect(s.spend.pace).toBeNull();
    expect(s.control).toBeNull();
  });

  it('keeps rows without a Week date as weeks of their own, as the engine counts them', () => {
    const weekly: TableCell[][] = [
      ['Week', 'Stage', 'Spend', 'Conversions'],
      [day(2025, 1, 6), 'Long', 100, 2],
      ['', 'Long', 50, 1],
      [day(2025, 1, 6), 'Long', 100, 2],
    ];
    const s = evaluatePlanInWords(stages, weekly).stages[0].series!;
    expect(s.weeks).toEqual(['2025-01-06', 'undated 1']);
    expect(s.spend.spend).toEqual([200, 50]);
  });

  it('charts the worst rate, not a volume target, and nothing for a stage without targets', () => {
    const c = (key: Criterion['key'], volume: boolean, gap: number | null): Criterion => ({
      metric: key,
      key,
      volume,
      op: '>=',
      target: 1,
      actual: gap === null ? null : 1 + gap,
      gap,
      met: gap === null ? null : gap >= 0,
      lower: null,
      upper: null,
      evidence: null,
    });
    expect(gatingCriterion([c('conversions', true, -0.5), c('roas', false, 0.1), c('cpa', false, -0.2)])!.key).toBe('cpa');
    expect(gatingCriterion([c('roas', false, null), c('conversions', true, -0.5)])!.key).toBe('roas');
    expect(gatingCriterion([c('weeks', true, -0.5), c('leads', true, 0.5)])!.key).toBe('leads');
    expect(gatingCriterion([c('weeks', true, -0.5)])).toBeNull();
    expect(gatingCriterion([])).toBeNull();
  });
});
