/**
 * A stage's metrics as the plan judges them (docs/contract.md §2.3): the metric layer's sums and
 * ratios (src/core/metrics/weeklySums.ts) over the stage's judged rows, with the plan's own rule
 * that blank Control revenue cells are no control group.
 */
import type { MetricKey, Sums } from '../model/metrics';
import type { WeeklyData, WeeklyRow } from '../model/weekly';
import { countWeeks, metricValues, sumRows, type MetricSettings } from '../metrics/weeklySums';

export interface StageMetrics {
  readonly sums: Sums;
  readonly weeks: number | null;
  readonly values: Readonly<Record<MetricKey, number | null>>;
}

export function stageMetrics(rows: readonly WeeklyRow[], data: WeeklyData, sizes: MetricSettings, baselineWeeklyRevenue: number | null): StageMetrics {
  const s = sumRows(rows);
  const weeks = countWeeks(rows, data.has.has('week'));
  const values = metricValues(s, weeks, data, sizes, baselineWeeklyRevenue);
  // A stage whose Control revenue cells are all blank has no control group: iROAS not evaluable, never its ROAS (docs/contract.md §2.3).
  if (!rows.some((r) => r.control)) values.iroas = null;
  return { sums: s, weeks, values };
}

/** Average weekly revenue of the `Baseline` rows (all weeks, with or without spend). */
export function baselineWeeklyRevenue(rows: readonly WeeklyRow[], data: WeeklyData): number | null {
  if (!data.has.has('revenue') || rows.length === 0) return null;
  const weeks = countWeeks(rows, data.has.has('week'), false);
  return weeks > 0 ? sumRows(rows).revenue / weeks : null;
}
