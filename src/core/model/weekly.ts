/** The `Weekly` sheet as read (docs/contract.md §2.2): one measurement row per stage, week and variant. */
import type { Day } from './day';
import type { MeasureField } from './metrics';

/** A column the engine knows in Weekly: the labels and the measures (its names are src/core/vocabulary/columns.ts). */
export type WeeklyField = 'week' | 'stage' | 'variant' | MeasureField;

export interface WeeklyRow {
  /**
   * The first day of the row's week (weeks start on the document's week start: a Tuesday and
   * the Sunday after it are one week when weeks start on Monday), as a Date at midnight UTC.
   */
  readonly week: Date | null;
  /** The day the row's Week cell holds (the one calendar's Day), null without one. */
  readonly day?: Day | null;
  readonly stage: string;
  readonly variant: string;
  /** Whether the row's Control revenue cell holds a value: blank cells are no control group (docs/contract.md §2.3). */
  readonly control?: boolean;
  /** The platform an import wrote the row from (its `Source` cell); absent for rows typed by hand. */
  readonly platform?: string;
  /** Blank cells are 0 in the sums; whether the column exists is in `WeeklyData.has`. */
  readonly values: Readonly<Record<MeasureField, number>>;
}

export interface WeeklyData {
  readonly rows: readonly WeeklyRow[];
  readonly has: ReadonlySet<WeeklyField>;
  /** Sheet row numbers (1-based) with numbers but no stage: left out, and said so. */
  readonly withoutStage?: readonly number[];
}
