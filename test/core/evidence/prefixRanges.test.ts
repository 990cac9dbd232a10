/**
 * The charts' bands ask a range after every week. prefixRanges keeps running sums for them
 * (IROAS_TBR's test period grows a week at a time); each band must still be the range a fresh
 * IROAS_TBR over those weeks gives, to the last bit.
 */
import { describe, expect, it } from 'vitest';
import { prefixRanges } from '../../../src/core/evidence/prefixRanges';
import { DEFAULT_PROVIDERS, iroasTbrRange } from '../../../src/core/evidence/providers';
import type { EvidenceInput, WeekTotals } from '../../../src/core/evidence/types';
import { emptySums } from '../../../src/core/metrics/measures';
import { timeBasedRegression } from '../../../src/core/stats/tbr';
import { studentTQuantile } from '../../../src/core/stats/studentT';
import type { StagePlan } from '../../../src/core/model/stagePlan';

const week = (spend: number, revenue: number, controlRevenue: number): WeekTotals => ({ sums: { ...emptySums(), spend, revenue, controlRevenue } });

// A seeded walk: control revenue wanders, the test market follows it with noise, and spends in the stage.
let seed = 7;
const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5;
const baseline = Array.from({ length: 14 }, (_, i) => week(0, 5000 + 300 * next() + 20 * i, 4000 + 200 * next() + 15 * i));
const stageWeeks = Array.from({ length: 20 }, (_, i) =>
  // a week without spend is no test week: it must not count
  i === 6 ? week(0, 5100, 4100) : week(1000 + 200 * next(), 6500 + 400 * next(), 4300 + 200 * next()),
);

function inputFor(weeks: readonly WeekTotals[]): EvidenceInput {
  return {
    stage: { budget: 100_000 } as unknown as StagePlan,
    rows: [],
    baselineRows: [],
    data: { rows: [], has: new Set(['spend', 'revenue', 'controlRevenue']) } as unknown as EvidenceInput['data'],
    confidence: 0.9,
    rangeKind: 'fixed',
    weeks: () => weeks,
    baselineWeeks: () => baseline,
  };
}

describe('prefixRanges: the band after each week', () => {
  it('is IROAS_TBR over the Baseline weeks and the stage weeks so far, bit for bit', () => {
    const bands = prefixRanges('iroas', inputFor(stageWeeks), stageWeeks, 0, DEFAULT_PROVIDERS);
    expect(bands).toHaveLength(stageWeeks.length);
    for (let i = 0; i < stageWeeks.length; i++) {
      const spent = stageWeeks.slice(0, i + 1).filter((w) => w.sums.spend > 0);
      const test = [...baseline.map((w) => w.sums.revenue), ...spent.map((w) => w.sums.revenue)];
      const control = [...baseline.map((w) => w.sums.controlRevenue), ...spent.map((w) => w.sums.controlRevenue)];
      const spend = spent.reduce((s, w) => s + w.sums.spend, 0);
      const t = (n: number, df: number) => studentTQuantile(0.95, df);
      const r = timeBasedRegression(test, control, baseline.length, spend, 0.9, 1, t);
      expect(bands[i]).toMatchObject({ lower: r.lower, upper: r.upper, method: 'TBR' });
    }
  });
  it('equals the single-look range over the same weeks, and has none before a week with spend', () => {
    const bands = prefixRanges('iroas', inputFor(stageWeeks), stageWeeks, 0, [iroasTbrRange]);
    for (let i = 0; i < stageWeeks.length; i++) expect(bands[i]).toEqual(iroasTbrRange('iroas', inputFor(stageWeeks.slice(0, i + 1))));
    const idle = [week(0, 5000, 4000), ...stageWeeks];
    expect(prefixRanges('iroas', inputFor(idle), idle, 0, [iroasTbrRange])[0]).toBeNull();
  });
});
