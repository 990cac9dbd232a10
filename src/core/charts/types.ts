import type { Direction } from '../model/criterion';
import type { MetricDefinition } from '../metrics/definitions';
import type { MetricKey } from '../model/metrics';
/**
 * The numbers behind a stage's three pictures (docs/contract.md §4): weekly spend against the budget's
 * pace, the gating metric per week against its target, and test against control revenue.
 * Plain JSON (no Dates), so evaluateStages() can hand it to the sidebar as it is, and the
 * Dashboard sheet can write it as a block.
 */

export type Point = number | null;

export interface SpendSeries {
  /** Spend per week, all variants together. */
  readonly spend: readonly number[];
  /** Even pace: the budget spread over the planned weeks (`Min weeks`); null without a plan length. */
  readonly pace: number | null;
  readonly plannedWeeks: number | null;
  readonly budget: number;
}

export interface MetricSeries {
  readonly key: MetricKey;
  readonly label: string;
  readonly format: MetricDefinition['format'];
  readonly op: Direction;
  readonly target: number;
  /** Volume metrics (conversions, leads, revenue) are judged on their running total. */
  readonly volume: boolean;
  /** The metric of each week on its own. */
  readonly weekly: readonly Point[];
  /** The metric over every week up to and including this one: what the gate judges. */
  readonly cumulative: readonly Point[];
  /** The range of the cumulative value, where the engine gives one (docs/contract.md §2.5); else null. */
  readonly lower: readonly Point[] | null;
  readonly upper: readonly Point[] | null;
}

export interface ControlSeries {
  readonly weeks: readonly string[];
  /** Revenue of the group that saw the ads. */
  readonly test: readonly Point[];
  /** What the test group would have earned without ads: the control, scaled to its size. */
  readonly control: readonly Point[];
  readonly controlLabel: string;
  /** Index of the first week of the test period; the weeks before it are the pretest (Baseline). */
  readonly testFrom: number;
}

export interface StageSeries {
  /** Week labels, oldest first: ISO dates, or "undated 1"… for rows without a Week. */
  readonly weeks: readonly string[];
  /** Earlier weeks not in the series (it keeps the latest MAX_SERIES_WEEKS). */
  readonly leftOut: number;
  readonly spend: SpendSeries;
  readonly metric: MetricSeries | null;
  readonly control: ControlSeries | null;
}
