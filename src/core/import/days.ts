/**
 * Calendar days as whole numbers (days since 1970-01-01), so weeks, ranges and keys never
 * depend on a time zone: an export's "2025-01-06" is that day wherever the sheet is.
 */
import { dayInZone } from '../plan/dates';

const MS_PER_DAY = 86_400_000;

export type WeekStart = 'monday' | 'sunday' | 'saturday';
export const WEEK_STARTS: readonly WeekStart[] = ['monday', 'sunday', 'saturday'];
const WEEKDAY: Record<WeekStart, number> = { sunday: 0, monday: 1, saturday: 6 };

export function dayFromParts(y: number, m: number, d: number): number | null {
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1) return null; // 31.02. is not a day
  return Math.round(t / MS_PER_DAY);
}

/**
 * A Date cell as the day it shows. Sheets returns midnight in the spreadsheet's time zone,
 * which is the day before in UTC east of Greenwich. With the zone known, the day is read in it
 * (UTC+13 and +14 — Tonga, Samoa, Kiribati — are past the half-day rule); without it, half a
 * day's shift settles it for every zone within ±12 hours.
 */
export function dayFromDate(d: Date, timeZone?: string): number {
  if (timeZone) return Math.round(dayInZone(d, timeZone).getTime() / MS_PER_DAY);
  return Math.floor((d.getTime() + MS_PER_DAY / 2) / MS_PER_DAY);
}

/** Spreadsheet serial number (days since 1899-12-30) → day. */
export function dayFromSerial(n: number): number {
  return Math.floor(n) - 25569;
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day of the week that holds `day`. */
export function weekOf(day: number, start: WeekStart = 'monday'): number {
  return day - ((weekday(day) - WEEKDAY[start] + 7) % 7);
}

/** Sorted days → "2025-01-06..2025-01-08, 2025-01-10": how a Source cell records what it covers. */
export function formatDays(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? isoDay(sorted[i]) : `${isoDay(sorted[i])}..${isoDay(sorted[j])}`);
    i = j + 1;
  }
  return parts.join(', ');
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The inverse of formatDays; null when the text is not such a list. */
export function parseDays(text: string): number[] | null {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const [a, b] = part.trim().split('..');
    const from = isoToDay(a);
    const to = b === undefined ? from : isoToDay(b);
    if (from === null || to === null || to < from || to - from > 366) return null;
    for (let d = from; d <= to; d++) out.push(d);
  }
  return out.length ? out : null;
}

function isoToDay(s: string | undefined): number | null {
  const m = ISO.exec((s ?? '').trim());
  return m ? dayFromParts(+m[1], +m[2], +m[3]) : null;
}
