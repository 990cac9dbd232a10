/**
 * A stage's rows as one row per week (variants summed), oldest first. Rows without a date
 * each stay a week of their own, as the engine counts them (stageMetrics.countWeeks).
 */
import type { WeeklyRow } from '../plan/readWeekly';
import { sumRows } from '../plan/stageMetrics';

export interface WeekBucket {
  readonly label: string;
  readonly row: WeeklyRow;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date as the sheet shows it (the engine's day key reads the same local fields). */
export function weekLabel(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function weekBuckets(rows: readonly WeeklyRow[]): WeekBucket[] {
  const dated = new Map<string, { time: number; rows: WeeklyRow[] }>();
  const undated: WeeklyRow[] = [];
  for (const r of rows) {
    if (!r.week) {
      undated.push(r);
      continue;
    }
    const label = weekLabel(r.week);
    const b = dated.get(label);
    if (b) b.rows.push(r);
    else dated.set(label, { time: r.week.getTime(), rows: [r] });
  }
  const merged = (week: Date | null, rs: readonly WeeklyRow[]): WeeklyRow => ({ week, stage: rs[0].stage, variant: '', values: sumRows(rs) });
  return [
    ...[...dated]
      .sort((a, b) => a[1].time - b[1].time)
      .map(([label, b]) => ({ label, row: merged(b.rows[0].week, b.rows) })),
    ...undated.map((r, i) => ({ label: `undated ${i + 1}`, row: merged(null, [r]) })),
  ];
}
