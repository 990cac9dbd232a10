/**
 * Dates as a sheet holds them, turned into calendar days.
 *
 * A date cell shows a day in the spreadsheet's time zone, but Apps Script hands it over as an
 * instant: 6 January 2025 in a Europe/Oslo sheet arrives as 2025-01-05T23:00Z, in Asia/Tokyo as
 * 2025-01-05T15:00Z. Reading such instants in UTC (or in the script's own zone) puts the day one
 * early, and a column mixing date cells with typed date texts then counts every week twice. So
 * every date — a date cell, a text, a serial number — becomes the calendar day the user sees,
 * held as midnight UTC of that day (so `toISOString().slice(0, 10)` prints it).
 *
 * Typed dates are read strictly: "31.02.2025" is an error, not 3 March, and "06/01/2025" follows
 * the spreadsheet locale's day/month order (6 January in nb_NO, June 1 in en_US).
 */

export type DayMonthOrder = 'day-first' | 'month-first';

/** A calendar day as midnight UTC. */
export function civilDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();
const DAYS = new Map<string, Map<number, Date>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let f = FORMATTERS.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      f = null; // an unknown zone name: read the instant in UTC
    }
    FORMATTERS.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day an instant falls on in `timeZone` (UTC when none is known). Weekly sheets
 * repeat the same few dates thousands of times, so each instant is converted once.
 */
export function dayInZone(instant: Date, timeZone?: string): Date {
  const t = instant.getTime();
  const zone = timeZone || 'UTC';
  let cache = DAYS.get(zone);
  if (!cache) DAYS.set(zone, (cache = new Map()));
  const hit = cache.get(t);
  if (hit) return hit;
  const f = zone === 'UTC' ? null : formatterFor(zone);
  let day: Date;
  if (!f) day = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
  else {
    let y = 0, m = 0, d = 0;
    for (const p of f.formatToParts(instant)) {
      if (p.type === 'year') y = +p.value;
      else if (p.type === 'month') m = +p.value;
      else if (p.type === 'day') d = +p.value;
    }
    day = civilDay(y, m, d);
  }
  cache.set(t, day);
  return day;
}

const ORDERS = new Map<string, DayMonthOrder>();

/**
 * Whether the locale writes the day or the month first ("06/01/2025"): en_US is month-first,
 * nb_NO, en_GB, ru_RU, de_DE are day-first. Without a locale, US exports' month-first order.
 */
export function dayMonthOrder(locale?: string): DayMonthOrder {
  if (!locale) return 'month-first';
  let order = ORDERS.get(locale);
  if (!order) {
    order = 'day-first';
    try {
      const parts = new Intl.DateTimeFormat(locale.replace(/_/g, '-')).formatToParts(new Date(Date.UTC(2025, 0, 6, 12)));
      const types = parts.map((p) => p.type);
      if (types.indexOf('month') >= 0 && types.indexOf('month') < types.indexOf('day')) order = 'month-first';
    } catch {
      order = /^en[_-](US|PH|CA)$/i.test(locale) ? 'month-first' : 'day-first';
    }
    ORDERS.set(locale, order);
  }
  return order;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/; // 2025/01/06 (Chinese, Japanese)
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/; // 06.01.2025: day.month.year (Norwegian, Russian, German)
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/; // 06/01/2025: the locale's order

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why a text shaped like a date is none: the order it was read in, and the month or day that does not exist. */
export interface DateProblem {
  readonly missing: 'month' | 'day';
  readonly reading: 'ymd' | 'dmyDotted' | 'mdy' | 'dmy';
  /** The separator of a slashed or dashed date, and the locale that chose its order. */
  readonly sep: string;
  readonly locale?: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What a text date means, or why it is none: `{ day }` or `{ problem }` (null: not a date shape at all). */
export function parseDateText(text: string, locale?: string): { day: Date } | { problem: DateProblem } | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  let reading: DateProblem['reading'];
  let sep = '';
  let match = ISO.exec(s) ?? YEAR_FIRST.exec(s);
  if (match) {
    [y, m, d, reading] = [+match[1], +match[2], +match[3], 'ymd'];
  } else if ((match = DOTTED.exec(s))) {
    [d, m, y, reading] = [+match[1], +match[2], +match[3], 'dmyDotted'];
  } else if ((match = SLASHED.exec(s))) {
    const monthFirst = dayMonthOrder(locale) === 'month-first';
    sep = s.includes('/') ? '/' : '-';
    [m, d] = monthFirst ? [+match[1], +match[2]] : [+match[2], +match[1]];
    y = +match[3];
    reading = monthFirst ? 'mdy' : 'dmy';
  } else return null;
  const problem = (missing: DateProblem['missing']) => ({ problem: { missing, reading, sep, locale: sep ? locale : undefined, year: y, month: m, day: d } });
  if (m < 1 || m > 12) return problem('month');
  if (d < 1 || d > daysIn(y, m)) return problem('day');
  return { day: civilDay(y, m, d) };
}

/** Days since 1899-12-30, as Sheets counts them, to a calendar day (the time of day dropped). */
export function dayFromSerial(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
}
