/**
 * Dates as geo periods: the spreadsheet's serial day number (days since 1899-12-30), so a Date
 * cell, a date typed as text and the serial number Sheets stores compare equal; a plain number
 * stays a period number (GeoLift's time 1, 2, 3…). The days come from the one calendar.
 */
import { dayOfUtcDate, serialOf } from '../calendar/day';
import { parseDateText } from '../calendar/dateText';
import { dayInZone } from '../calendar/zone';

/** A Date cell's calendar day (in `timeZone`, else the nearest midnight) as a serial day. */
export function serialDay(d: Date, timeZone?: string): number | null {
  if (d.getTime() !== d.getTime()) return null;
  return serialOf(dayInZone(d, timeZone));
}

/** A date typed as text (read as the spreadsheet's locale writes dates), as a serial day; null when the text is no day. */
export function textSerialDay(text: string, locale?: string): number | null {
  const r = parseDateText(text, locale);
  return r && 'day' in r ? serialOf(r.day) : null;
}

/** A calendar day held as UTC midnight (what the plan's date reader returns) as a serial day. */
export function utcSerialDay(d: Date): number {
  return serialOf(dayOfUtcDate(d));
}
