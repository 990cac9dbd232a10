import { dayKey } from '../calendar/day';
import type { WeeklyRow } from '../model/weekly';
/**
 * Which of a stage's Weekly rows count, and which are judged (docs/contract.md §2.1, issue #21):
 * - rows dated before the stage's `Start` do not count at all (a warning names them): spend
 *   from a pre-launch test or a typo in the week must not release or cut money;
 * - of the rows that count, the last `Lag weeks` weeks with data are shown (spend, charts) but
 *   not judged, because conversions and revenue arrive late: a week that is still maturing
 *   would read as a shortfall.
 * Without a Week column there are no dates: every row counts and is judged.
 */

const MS_PER_DAY = 86_400_000;
/** The row's own date (the Week cell's day), else its week's first day, in ms at midnight UTC. */
const rowTime = (r: WeeklyRow): number | null => (r.day !== null && r.day !== undefined ? r.day * MS_PER_DAY : r.week ? r.week.getTime() : null);

export interface StageWindow {
  /** Rows on or after Start: the stage's spend, its charts. */
  readonly counted: readonly WeeklyRow[];
  /** Counted rows minus the maturing weeks: what the criteria are graded on. */
  readonly judged: readonly WeeklyRow[];
  /** Rows dated before Start, left out. */
  readonly beforeStart: readonly WeeklyRow[];
  /** Weeks with data held back as still maturing. */
  readonly maturing: number;
  /** The last judged week, when weeks were held back. */
  readonly lastJudgedWeek: Date | null;
}

export function stageWindow(rows: readonly WeeklyRow[], start: Date | null, lagWeeks: number, hasWeek: boolean): StageWindow {
  if (!hasWeek) return { counted: rows, judged: rows, beforeStart: [], maturing: 0, lastJudgedWeek: null };
  const counted: WeeklyRow[] = [];
  const beforeStart: WeeklyRow[] = [];
  for (const r of rows) {
    const t = start ? rowTime(r) : null;
    (t !== null && t < start!.getTime() ? beforeStart : counted).push(r);
  }
  if (!(lagWeeks > 0)) return { counted, judged: counted, beforeStart, maturing: 0, lastJudgedWeek: null };
  // The weeks with data, newest first; the newest `lagWeeks` of them are still maturing.
  const weeks = new Map<string, number>();
  for (const r of counted) if (r.week && !weeks.has(dayKey(r.week))) weeks.set(dayKey(r.week), r.week.getTime());
  const newestFirst = [...weeks.values()].sort((a, b) => b - a);
  const held = newestFirst.slice(0, lagWeeks);
  if (held.length === 0) return { counted, judged: counted, beforeStart, maturing: 0, lastJudgedWeek: null };
  const cutoff = held[held.length - 1];
  const judged = counted.filter((r) => !r.week || r.week.getTime() < cutoff);
  const last = newestFirst[held.length];
  return { counted, judged, beforeStart, maturing: held.length, lastJudgedWeek: last === undefined ? null : new Date(last) };
}
