/**
 * Dates in an export's cells, read by the one calendar (src/core/calendar): ISO, 2025/01/06,
 * 06.01.2025, slashed dates in the spreadsheet locale's order, Jan 6, 2025, 6 Jan 2025,
 * 6. jan. 2025, 6 янв. 2025 г., 2025年1月6日, Google Ads' weekly "Week of Jan 6, 2025" — and
 * Date cells or serial numbers from an .xlsx or a sheet tab.
 */
import { dayMonthOrder, type DayMonthOrder } from '../calendar/dayMonthOrder';
import { otherOrderHint } from '../calendar/dateText';
import { dayOrNull, type DayContext } from '../calendar/readDay';
import type { Day } from '../model/day';

export type SlashOrder = 'mdy' | 'dmy';

const toOrder = (o: SlashOrder): DayMonthOrder => (o === 'mdy' ? 'month-first' : 'day-first');

/**
 * The order slashed dates of an export's date column are read in: the spreadsheet locale's
 * (docs/contract.md §2.9) when it is known, else the file's language's (English exports: month first).
 */
export function slashOrder(locale: string | undefined, fallback: SlashOrder): SlashOrder {
  if (!locale) return fallback;
  return dayMonthOrder(locale) === 'month-first' ? 'mdy' : 'dmy';
}

/** #26: the other order, when the column's slashed texts only make sense in it. */
export function columnOrderHint(texts: Iterable<unknown>, order: SlashOrder): SlashOrder | null {
  // otherOrderHint reads by locale; en-US stands for month-first, en-GB for day-first.
  const hint = otherOrderHint(texts, order === 'mdy' ? 'en-US' : 'en-GB');
  return hint === null ? null : hint === 'month-first' ? 'mdy' : 'dmy';
}

/** A day number, or null when the cell is not a (possible) date. */
export function parseExportDate(v: unknown, order: SlashOrder = 'mdy', timeZone?: string): Day | null {
  const ctx: DayContext = { order: toOrder(order), timeZone };
  return dayOrNull(v, ctx);
}
