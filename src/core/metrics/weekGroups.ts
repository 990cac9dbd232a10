/**
 * A stage's Weekly rows grouped by week, once per rows array: the ranges' week totals
 * (evidence/weeks.ts, in order of first appearance) and the charts' weeks (charts/weekBuckets.ts,
 * oldest first) are two orders of these same groups. Each used to group the rows itself, two
 * passes over every stage's rows (at 100,000 Weekly rows about a sixth of evaluateStages, issue
 * #24). A week's sums get the same additions in the same order (sheet order) either way, so
 * every total is the same number. Rows with the same Week date form one week; a row without a
 * date is a week of its own, where it appears.
 */
import { dayOfUtcDate } from '../calendar/day';
import type { Sums } from '../model/metrics';
import type { WeeklyRow } from '../model/weekly';
import { addMeasures } from './addMeasures';
import { emptySums } from './measures';

export interface WeekGroup {
  /** The week's Week date; null for a row without one. */
  readonly week: Date | null;
  /** The stage of the week's first row. */
  readonly stage: string;
  /** The week's rows summed (variants summed), read-only to everyone but this file. */
  readonly sums: Sums;
  /** A row of the week has spend (a week counts for `weeks` then, as countWeeks counts). */
  readonly spent: boolean;
}

type Group = { week: Date | null; stage: string; sums: Sums; spent: boolean };

/**
 * Keyed by the rows array itself: an evaluation's rows are new arrays, never changed once
 * grouped, so no evaluation sees another's weeks, and the arrays' garbage frees the entry.
 */
const grouped = new WeakMap<readonly WeeklyRow[], readonly WeekGroup[]>();

/** The weeks of `rows` in order of first appearance. */
export function weekGroups(rows: readonly WeeklyRow[]): readonly WeekGroup[] {
  const known = grouped.get(rows);
  if (known) return known;
  // Keyed by the UTC day number: the same weeks as the calendar-day text, without a string per row.
  const byDay = new Map<number, Group>();
  const out: Group[] = [];
  // readWeekly shares one Date per week and a week's rows usually follow each other: the same
  // Date as the row before is the same week, without reading its time (a sixth of this loop).
  let lastWeek: Date | null = null;
  let lastGroup: Group | undefined;
  for (const r of rows) {
    let g: Group | undefined;
    if (r.week && r.week === lastWeek) g = lastGroup!;
    else if (r.week) {
      const day = dayOfUtcDate(r.week);
      g = byDay.get(day);
      if (!g) {
        byDay.set(day, (g = { week: r.week, stage: r.stage, sums: emptySums(), spent: false }));
        out.push(g);
      }
      lastWeek = r.week;
      lastGroup = g;
    } else out.push((g = { week: null, stage: r.stage, sums: emptySums(), spent: false }));
    addMeasures(g.sums, r.values);
    if (r.values.spend > 0) g.spent = true;
  }
  grouped.set(rows, out);
  return out;
}
