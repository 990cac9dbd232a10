/**
 * Week labels as connectors write them: Supermetrics' "Year & week" as `2025|23` and ISO
 * 8601's `2025-W23` (also `2025W23`, `2025-W23-1`). Both are read as ISO weeks (ISO 8601:
 * weeks start on Monday; week 1 holds the year's first Thursday), so the label is that
 * week's Monday; the import then sums it into the document's weeks.
 */
import { dayFromParts, weekday } from './day';

const LABEL = /^(\d{4})\s*(?:\||-?W)\s*(\d{1,2})(?:-?[1-7])?$/i;

/** The Monday of the labelled ISO week, or null when the text is no week label. */
export function dayFromWeekLabel(text: string): number | null {
  const m = LABEL.exec(text.trim());
  if (!m) return null;
  const year = +m[1];
  const week = +m[2];
  const jan4 = dayFromParts(year, 1, 4);
  if (jan4 === null || week < 1 || week > weeksInIsoYear(year)) return null;
  const week1Monday = jan4 - ((weekday(jan4) + 6) % 7);
  return week1Monday + (week - 1) * 7;
}

/** 53 when the year starts on a Thursday (or is a leap year starting on a Wednesday), else 52. */
function weeksInIsoYear(year: number): number {
  const jan1 = weekday(dayFromParts(year, 1, 1)!);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}
