/**
 * The one calendar (docs/contract.md §2.9): a `Day` (src/core/model/day.ts) is a calendar date with no time and no zone — the
 * whole number of days since 1970-01-01, as Temporal's PlainDate would be if it were a number.
 * Inside the core every date is a Day; cells become Days at one door (readDay.ts), and a week
 * is `weekOf(day, weekStart)` everywhere (plan, import, geo, charts, log).
 *
 * Example: dayFromParts(2025, 1, 6) = 20094; isoDay(20094) = "2025-01-06";
 * weekOf(dayFromParts(2025, 1, 12)!, 'monday') = the Monday 2025-01-06.
 */

import type { Day } from '../model/day';

const MS_PER_DAY = 86_400_000;
/** Sheets counts days from 1899-12-30; that is day -25569. */
const SERIAL_OFFSET = 25569;

export type WeekStart = 'monday' | 'sunday' | 'saturday';
export const WEEK_STARTS: readonly WeekStart[] = ['monday', 'sunday', 'saturday'];
const WEEKDAY: Record<WeekStart, number> = { sunday: 0, monday: 1, saturday: 6 };

/** A week start from a setting's text; anything else is Monday (ISO 8601, and Sheets' default outside the US). */
export function asWeekStart(v: unknown): WeekStart {
  return WEEK_STARTS.includes(v as WeekStart) ? (v as WeekStart) : 'monday';
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The day of a year, month (1–12) and day of month; null when there is no such day (31.02.). */
export function dayFromParts(y: number, m: number, d: number): Day | null {
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))) return null;
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Year, month (1–12) and day of month. */
export function partsOf(day: Day): { y: number; m: number; d: number } {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function isoDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Sheets' serial number (days since 1899-12-30; the time of day dropped) → day. */
export function dayFromSerial(serial: number): Day {
  return Math.floor(serial) - SERIAL_OFFSET;
}

export function serialOf(day: Day): number {
  return day + SERIAL_OFFSET;
}

/**
 * The day as a Date at midnight UTC: how plan rows carry it for code that wants a Date (its
 * `toISOString().slice(0, 10)` prints the day).
 */
export function dateOf(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** The inverse of dateOf: a Date held at midnight UTC → its day. */
export function dayOfUtcDate(d: Date): Day {
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day of the week that holds `day`, weeks starting on `start`. */
export function weekOf(day: Day, start: WeekStart = 'monday'): Day {
  return day - ((weekday(day) - WEEKDAY[start] + 7) % 7);
}

/** Sorted days → "2025-01-06..2025-01-08, 2025-01-10": how a Source cell records what it covers. */
export function formatDays(days: readonly Day[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? isoDay(sorted[i]) : `${isoDay(sorted[i])}..${isoDay(sorted[j])}`);
    i = j + 1;
  }
  return parts.join(', ');
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoToDay(s: string | undefined): Day | null {
  const m = ISO.exec((s ?? '').trim());
  return m ? dayFromParts(+m[1], +m[2], +m[3]) : null;
}

/** The inverse of formatDays; null when the text is not such a list. */
export function parseDays(text: string): Day[] | null {
  const out: Day[] = [];
  for (const part of text.split(',')) {
    const [a, b] = part.trim().split('..');
    const from = isoToDay(a);
    const to = b === undefined ? from : isoToDay(b);
    if (from === null || to === null || to < from || to - from > 366) return null;
    for (let d = from; d <= to; d++) out.push(d);
  }
  return out.length ? out : null;
}

/** A key for counting distinct weeks of row Dates (calendar days held as midnight UTC). */
export function dayKey(d: Date): string {
  return `${d.getUTCFullYear()}-${d.getUTCMonth()}-${d.getUTCDate()}`;
}
