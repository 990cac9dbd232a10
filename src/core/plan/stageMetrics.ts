/**
 * A stage's metrics (docs/contract.md §2.3): sums over all its rows, then ratios of sums. A ratio
 * whose inputs are missing or whose denominator is 0 is null: not evaluable, never guessed.
 */
import { METRIC_KEYS, metricValue, type MetricContext } from '../metrics/definitions';
import { emptySums, MEASURES, type Sums } from '../metrics/measures';
import { dayKey } from './cells';
import type { MetricKey } from './headers';
import type { WeeklyData, WeeklyRow } from './readWeekly';

export type { Sums } from '../metrics/measures';

export interface StageMetrics {
  readonly sums: Sums;
  readonly weeks: number | null;
  readonly values: Readonly<Record<MetricKey, number | null>>;
}

export function sumRows(rows: readonly WeeklyRow[]): Sums {
  const s: Sums = emptySums();
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

export function stageMetrics(rows: readonly WeeklyRow[], data: WeeklyData, sizes: MetricSettings, baselineWeeklyRevenue: number | null): StageMetrics {
  const s = sumRows(rows);
  const weeks = countWeeks(rows, data.has.has('week'));
  const values = metricValues(s, weeks, data, sizes, baselineWeeklyRevenue);
  // A stage whose Control revenue cells are all blank has no control group: iROAS not evaluable, never its ROAS (docs/contract.md §2.3).
  if (!rows.some((r) => r.control)) values.iroas = null;
  return { sums: s, weeks, values };
}

/** What a stage's formulas use besides its sums: its group sizes, and its margin and LTV multiple (default 1). */
export interface MetricSettings {
  readonly testSize: number;
  readonly controlSize: number;
  readonly margin?: number | null;
  readonly ltvMultiple?: number | null;
}

/** The metric layer's context for a stage: which columns Weekly has, and the stage's settings. */
export function metricContext(data: WeeklyData, sizes: MetricSettings): MetricContext {
  return {
    has: (f) => data.has.has(f),
    testSize: sizes.testSize,
    controlSize: sizes.controlSize,
    margin: sizes.margin ?? 1,
    ltvMultiple: sizes.ltvMultiple ?? 1,
  };
}

/** The metrics of docs/contract.md §2.3 from a stage's sums and its weeks (the charts use it week by week), by the metric layer. */
export function metricValues(
  s: Sums,
  weeks: number,
  data: WeeklyData,
  sizes: MetricSettings,
  baselineWeeklyRevenue: number | null,
): Record<MetricKey, number | null> {
  const x = metricContext(data, sizes);
  const values = {} as Record<MetricKey, number | null>;
  for (const key of METRIC_KEYS) values[key] = metricValue(key, s, x);
  values.weeks = weeks;
  values.salesGrowth = data.has.has('revenue') && baselineWeeklyRevenue !== null && weeks > 0 ? growth(s.revenue / weeks, baselineWeeklyRevenue) : null;
  return values;
}

/** Sales growth: the stage's average weekly revenue over the Baseline's, minus 1. */
function growth(weekly: number, baseline: number): number | null {
  const r = ratio(weekly, baseline);
  return r === null ? null : r - 1;
}

/** Average weekly revenue of the `Baseline` rows (all weeks, with or without spend). */
export function baselineWeeklyRevenue(rows: readonly WeeklyRow[], data: WeeklyData): number | null {
  if (!data.has.has('revenue') || rows.length === 0) return null;
  const weeks = countWeeks(rows, data.has.has('week'), false);
  return weeks > 0 ? sumRows(rows).revenue / weeks : null;
}
