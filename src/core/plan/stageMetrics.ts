/**
 * A stage's metrics (contract 2.3): sums over all its rows, then ratios of sums. A ratio
 * whose inputs are missing or whose denominator is 0 is null: not evaluable, never guessed.
 */
import { dayKey } from './cells';
import type { MetricKey } from './headers';
import { MEASURES, type MeasureField, type WeeklyData, type WeeklyRow } from './readWeekly';

export type Sums = Record<MeasureField, number>;

export interface StageMetrics {
  readonly sums: Sums;
  readonly weeks: number | null;
  readonly values: Readonly<Record<MetricKey, number | null>>;
}

export function sumRows(rows: readonly WeeklyRow[]): Sums {
  const s: Sums = { spend: 0, impressions: 0, clicks: 0, leads: 0, conversions: 0, revenue: 0, controlRevenue: 0, newCustomers: 0 };
  for (const row of rows) for (const m of MEASURES) s[m] += row.values[m];
  return s;
}

/** Distinct weeks with spend; without a Week column, rows with spend. */
export function countWeeks(rows: readonly WeeklyRow[], hasWeek: boolean, withSpendOnly = true): number {
  const keys = new Set<string>();
  let n = 0;
  for (const row of rows) {
    if (withSpendOnly && !(row.values.spend > 0)) continue;
    if (hasWeek && row.week) keys.add(dayKey(row.week));
    else n++;
  }
  return keys.size + n;
}

const ratio = (a: number, b: number): number | null => (b !== 0 && Number.isFinite(a / b) ? a / b : null);

export function stageMetrics(
  rows: readonly WeeklyRow[],
  data: WeeklyData,
  sizes: { testSize: number; controlSize: number },
  baselineWeeklyRevenue: number | null,
): StageMetrics {
  const s = sumRows(rows);
  const weeks = countWeeks(rows, data.has.has('week'));
  const values = metricValues(s, weeks, data, sizes, baselineWeeklyRevenue);
  // A stage whose Control revenue cells are all blank has no control group: iROAS not evaluable, never its ROAS (contract 2.3).
  if (!rows.some((r) => r.control)) values.iroas = null;
  return { sums: s, weeks, values };
}

/** The metrics of contract 2.3 from a stage's sums and its weeks (the charts use it week by week). */
export function metricValues(
  s: Sums,
  weeks: number,
  data: WeeklyData,
  sizes: { testSize: number; controlSize: number },
  baselineWeeklyRevenue: number | null,
): Record<MetricKey, number | null> {
  const has = (f: Parameters<WeeklyData['has']['has']>[0]) => data.has.has(f);
  /** A metric whose input columns are missing is null: not evaluable, never guessed. */
  const v = (ok: boolean, f: () => number | null): number | null => (ok ? f() : null);
  const values: Record<MetricKey, number | null> = {
    spend: s.spend,
    revenue: v(has('revenue'), () => s.revenue),
    conversions: v(has('conversions'), () => s.conversions),
    leads: v(has('leads'), () => s.leads),
    weeks,
    roas: v(has('revenue'), () => ratio(s.revenue, s.spend)),
    iroas: v(has('revenue') && has('controlRevenue'), () => ratio(s.revenue - (s.controlRevenue * sizes.testSize) / sizes.controlSize, s.spend)),
    cpa: v(has('conversions'), () => ratio(s.spend, s.conversions)),
    cpc: v(has('clicks'), () => ratio(s.spend, s.clicks)),
    cpm: v(has('impressions'), () => (s.impressions > 0 ? (s.spend / s.impressions) * 1000 : null)),
    cpl: v(has('leads'), () => ratio(s.spend, s.leads)),
    ctr: v(has('clicks') && has('impressions'), () => ratio(s.clicks, s.impressions)),
    conversionRate: v(has('conversions') && has('clicks'), () => ratio(s.conversions, s.clicks)),
    salesGrowth: v(has('revenue') && baselineWeeklyRevenue !== null && weeks > 0, () => {
      const growth = ratio(s.revenue / weeks, baselineWeeklyRevenue!);
      return growth === null ? null : growth - 1;
    }),
  };
  return values;
}

/** Average weekly revenue of the `Baseline` rows (all weeks, with or without spend). */
export function baselineWeeklyRevenue(rows: readonly WeeklyRow[], data: WeeklyData): number | null {
  if (!data.has.has('revenue') || rows.length === 0) return null;
  const weeks = countWeeks(rows, data.has.has('week'), false);
  return weeks > 0 ? sumRows(rows).revenue / weeks : null;
}
