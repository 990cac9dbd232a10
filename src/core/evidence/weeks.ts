/** A stage's rows summed per week (variants summed within a week), for the ranges' weekly spread. */
import { emptySums } from '../metrics/measures';
import { addMeasures } from '../metrics/addMeasures';
import { weekGroups } from '../metrics/weekGroups';
import type { WeekTotals } from './types';
import type { WeeklyRow } from '../model/weekly';

/**
 * Rows with the same Week date form one week, in order of first appearance; rows without a date
 * are a week each (as `countWeeks` counts them). The groups are the charts' own (weekGroups),
 * made once per rows array; without a Week column every row is a week of its own.
 */
export function weekTotals(rows: readonly WeeklyRow[], hasWeek: boolean): readonly WeekTotals[] {
  if (hasWeek) return weekGroups(rows);
  return rows.map((row) => {
    const sums = emptySums();
    addMeasures(sums, row.values);
    return { sums };
  });
}
