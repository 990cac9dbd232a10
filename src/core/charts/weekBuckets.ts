/**
 * A stage's rows as one row per week (variants summed), oldest first. Rows without a date
 * each stay a week of their own, as the engine counts them (stageMetrics.countWeeks).
 */
import { emptySums } from '../metrics/measures';
import { addMeasures } from '../metrics/addMeasures';
import { dayOfUtcDate } from '../calendar/day';
import type { MeasureField } from '../model/metrics';
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

type Sums = Record<MeasureField, number>;

/** Adds a row's measures into running sums, field by field (one pass, no per-row arrays). */
const add = (into: Sums, r: WeeklyRow): void => addMeasures(into, r.values);

const zero = emptySums;

export function weekBuckets(rows: readonly WeeklyRow[]): WeekBucket[] {
  const dated = new Map<number, { week: Date; stage: string; sums: Sums; spent: boolean }>();
  const undated: WeekBucket[] = [];
  for (const r of rows) {
    if (!r.week) {
      const sums = zero();
      add(sums, r);
      undated.push({ label: `undated ${undated.length + 1}`, row: { week: null, stage: r.stage, variant: '', values: sums }, spent: r.values.spend > 0 });
      continue;
    }
    // The week's first day (the one calendar's Day: rows hold it as midnight UTC), never the machine's local day.
    const day = dayOfUtcDate(r.week);
    let b = dated.get(day);
    if (!b) dated.set(day, (b = { week: r.week, stage: r.stage, sums: zero(), spent: false }));
    add(b.sums, r);
    if (r.values.spend > 0) b.spent = true;
  }
  return [
    ...[...dated.values()]
      .sort((a, b) => a.week.getTime() - b.week.getTime())
      .map((b) => ({ label: weekLabel(b.week), row: { week: b.week, stage: b.stage, variant: '', values: b.sums }, spent: b.spent })),
    ...undated,
  ];
}
