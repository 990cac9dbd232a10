/** A stage's rows summed per week (variants summed within a week), for the ranges' weekly spread. */
import { emptySums } from '../metrics/measures';
import { addMeasures } from '../metrics/addMeasures';
import type { WeekTotals } from './types';
import { dayOfUtcDate } from '../calendar/day';
import type { WeeklyRow } from '../model/weekly';
import type { Sums } from '../model/metrics';

const empty = emptySums;

/** Rows with the same Week date form one week; rows without a date are a week each (as `countWeeks` counts them). */
export function weekTotals(rows: readonly WeeklyRow[], hasWeek: boolean): WeekTotals[] {
  // Keyed by the UTC day number: the same weeks as the calendar-day text, without a string per row.
  const byDay = new Map<number, Sums>();
  const out: WeekTotals[] = [];
  for (const row of rows) {
    let sums: Sums | undefined;
    if (hasWeek && row.week) {
      const key = dayOfUtcDate(row.week);
      sums = byDay.get(key);
      if (!sums) {
        byDay.set(key, (sums = empty()));
        out.push({ sums });
      }
    } else out.push({ sums: (sums = empty()) });
    addMeasures(sums, row.values);
  }
  return out;
}

/**
 * weekTotals of rows every stage shares (the Baseline's, for each stage's TBR range): grouped
 * once per evaluation instead of once per stage. Keyed by the rows array itself, so a new
 * evaluation, whose rows are new arrays, never sees an old answer; the totals are read-only.
 */
const shared = new WeakMap<readonly WeeklyRow[], Map<boolean, WeekTotals[]>>();
export function sharedWeekTotals(rows: readonly WeeklyRow[], hasWeek: boolean): WeekTotals[] {
  let byKind = shared.get(rows);
  if (!byKind) shared.set(rows, (byKind = new Map()));
  let totals = byKind.get(hasWeek);
  if (!totals) byKind.set(hasWeek, (totals = weekTotals(rows, hasWeek)));
  return totals;
}
