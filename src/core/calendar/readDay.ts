/**
 * The one door from a cell to a Day (docs/contract.md §2.9), for every reader: Stages, Weekly, Geo,
 * imports, sources, the dashboard, the log, the custom functions.
 * - a Date value: the calendar day it shows in the spreadsheet's time zone (zone.ts);
 * - a number: Sheets' serial day count;
 * - ISO text, and other text in the spreadsheet's locale (dateText.ts);
 * - an impossible date ("31.02.2025", "13/01/2025" in en_US) is a problem the caller names
 *   with its cell, never a guess.
 */
import { dayFromSerial } from './day';
import { parseDateText, type DateProblem } from './dateText';
import type { DayMonthOrder } from './dayMonthOrder';
import { dayInZone } from './zone';
import type { Day } from '../model/day';

export interface DayContext {
  readonly locale?: string;
  readonly timeZone?: string;
  /** How slashed texts are read when the caller knows better than the locale (an export's own language). */
  readonly order?: DayMonthOrder;
}

/** `{ day }`, `{ problem }` (a date shape that is no day), `{ notDate }` (no date at all), or null for a blank cell. */
export type CellDay = { readonly day: Day } | { readonly problem: DateProblem } | { readonly notDate: true } | null;

/** Looked up once: a global lookup per cell is slow in sandboxed global scopes. */
const toStr = Object.prototype.toString;

/** Dates from the same realm are `instanceof Date`; the tag check covers other realms (node:vm, Apps Script). */
export function isDateValue(v: unknown): v is Date {
  return typeof v === 'object' && v !== null && (v instanceof Date || toStr.call(v) === '[object Date]');
}

/** Sheets' serial numbers cover 1899-12-31 … 9999-12-31. */
const LAST_SERIAL = 2958466;

export function dayOfCell(v: unknown, ctx: DayContext = {}): CellDay {
  if (v === '' || v === null || v === undefined) return null;
  if (isDateValue(v)) return isNaN(v.getTime()) ? null : { day: dayInZone(v, ctx.timeZone) };
  if (typeof v === 'number') return v > 0 && v < LAST_SERIAL ? { day: dayFromSerial(v) } : { notDate: true };
  if (typeof v === 'string') {
    if (v.trim() === '') return null;
    return parseDateText(v, ctx.locale, ctx.order) ?? { notDate: true };
  }
  return { notDate: true };
}

/** The day, or null for a blank, unreadable or impossible cell (for readers that report rows, not cells). */
export function dayOrNull(v: unknown, ctx: DayContext = {}): Day | null {
  const r = dayOfCell(v, ctx);
  return r && 'day' in r ? r.day : null;
}
