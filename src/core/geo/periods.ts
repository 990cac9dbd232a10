/**
 * Dates as geo periods: the spreadsheet's serial day number (days since 1899-12-30), so a Date
 * cell, a date typed as text and the serial number Sheets stores compare equal; a plain number
 * stays a period number (GeoLift's time 1, 2, 3…).
 */

/** A Date cell's calendar day (in the script's time zone, as Sheets made it) as a serial day. */
export function serialDay(d: Date): number | null {
  const t = d.getTime();
  if (t !== t) return null;
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86400000 + 25569;
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/; // day.month.year
const SLASHED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/; // month/day/year (US exports)

/** A date typed as text, as a serial day; null when the text is no date. */
export function textSerialDay(text: string): number | null {
  const s = text.trim();
  let m = ISO_DAY.exec(s);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if ((m = DOTTED_DAY.exec(s))) [y, mo, d] = [+m[3], +m[2], +m[1]];
  else if ((m = SLASHED_DAY.exec(s))) [y, mo, d] = [+m[3], +m[1], +m[2]];
  else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Date.UTC(y, mo - 1, d) / 86400000 + 25569;
}

/** A calendar day held as UTC midnight (what the plan's date reader returns) as a serial day. */
export function utcSerialDay(d: Date): number {
  return Math.round(d.getTime() / 86400000) + 25569;
}
