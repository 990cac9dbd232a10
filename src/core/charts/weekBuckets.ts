/**
 * A stage's rows as one row per week (variants summed), oldest first. Rows without a date
 * each stay a week of their own, as the engine counts them (stageMetrics.countWeeks), after the
 * dated weeks. The weeks are the ranges' own groups (metrics/weekGroups.ts), sorted.
 */
import { weekGroups } from '../metrics/weekGroups';
import type { WeeklyRow } from '../model/weekly';

export interface WeekBucket {
  readonly label: string;
  readonly row: WeeklyRow;
  /** A week counts for `weeks` when one of its rows has spend (as stageMetrics.countWeeks counts). */
  readonly spent: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date as the sheet shows it: the engine reads dates as calendar days held at midnight UTC (plan/dates.ts). */
export function weekLabel(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Labels by the Week's instant: every stage of a plan has the same weeks (at 100,000 rows
 * formatting each stage's labels again was a twentieth of evaluateStages). Keyed by the time, not
 * the Date object, so a Date changed after its label was made gets its own.
 */
const labels = new Map<number, string>();
function labelOf(d: Date): string {
  const t = d.getTime();
  let label = labels.get(t);
  if (label === undefined) {
    // A script's run sees a few thousand weeks; a long-lived preview server should not keep every one.
    if (labels.size >= 10_000) labels.clear();
    labels.set(t, (label = weekLabel(d)));
  }
  return label;
}

export function weekBuckets(rows: readonly WeeklyRow[]): WeekBucket[] {
  const dated: WeekBucket[] = [];
  const undated: WeekBucket[] = [];
  for (const g of weekGroups(rows)) {
    const row = { week: g.week, stage: g.stage, variant: '', values: g.sums };
    if (g.week) dated.push({ label: labelOf(g.week), row, spent: g.spent });
    else undated.push({ label: `undated ${undated.length + 1}`, row, spent: g.spent });
  }
  return [...dated.sort((a, b) => a.row.week!.getTime() - b.row.week!.getTime()), ...undated];
}
