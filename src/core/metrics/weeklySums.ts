/**
 * A stage's metrics from its Weekly rows (docs/contract.md §2.3): sums over the rows, then the
 * metric layer's ratios of sums. The plan judges them per stage, the charts week by week and the
 * ranges per week, all with these same functions. A ratio whose inputs are missing or whose
 * denominator is 0 is null: not evaluable, never guessed.
 */
import { weekGroups } from './weekGroups';
import type { MetricKey, Sums } from '../model/metrics';
import type { WeeklyData, WeeklyRow } from '../model/weekly';
import { METRIC_KEYS, metricValue, type MetricContext } from './definitions';
import { addMeasures } from './addMeasures';
import { emptySums } from './measures';

export function sumRows(rows: readonly WeeklyRow[]): Sums {
  const s: Sums = emptySums();
  for (const row of rows) addMeasures(s, row.values);
  return s;
}

/**
 * Distinct weeks with spend (rows without a date a week each); without a Week column, rows with
 * spend. The weeks are weekGroups' own, grouped once per rows array for the stage's ranges and
 * charts too, instead of a set of every row's day (at 100,000 rows a twelfth of evaluateStages).
 */
export function countWeeks(rows: readonly WeeklyRow[], hasWeek: boolean, withSpendOnly = true): number {
  let n = 0;
  if (!hasWeek) {
    for (const row of rows) if (!withSpendOnly || row.values.spend > 0) n++;
    return n;
  }
  for (const g of weekGroups(rows)) if (!withSpendOnly || g.spent) n++;
  return n;
}

const ratio = (a: number, b: number): number | null => (b !== 0 && Number.isFinite(a / b) ? a / b : null);

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
  values.salesGrowth = salesGrowth(s, weeks, data, baselineWeeklyRevenue);
  return values;
}

/**
 * metricValues(…)[key] without the other metrics: the charts ask one metric twice per week
 * shown (its week, its weeks so far), and all of them cost a tenth of a large evaluation.
 */
export function oneMetricValue(
  key: MetricKey,
  s: Sums,
  weeks: number,
  data: WeeklyData,
  sizes: MetricSettings,
  baselineWeeklyRevenue: number | null,
): number | null {
  if (key === 'weeks') return weeks;
  if (key === 'salesGrowth') return salesGrowth(s, weeks, data, baselineWeeklyRevenue);
  return metricValue(key, s, metricContext(data, sizes));
}

function salesGrowth(s: Sums, weeks: number, data: WeeklyData, baselineWeeklyRevenue: number | null): number | null {
  return data.has.has('revenue') && baselineWeeklyRevenue !== null && weeks > 0 ? growth(s.revenue / weeks, baselineWeeklyRevenue) : null;
}

/** Sales growth: the stage's average weekly revenue over the Baseline's, minus 1. */
function growth(weekly: number, baseline: number): number | null {
  const r = ratio(weekly, baseline);
  return r === null ? null : r - 1;
}
