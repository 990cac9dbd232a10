import type { Day } from '../model/day';
/**
 * A Date cell shows a day in the spreadsheet's time zone, but Apps Script hands it over as an
 * instant: 6 January 2025 in a Europe/Oslo sheet arrives as 2025-01-05T23:00Z, in Asia/Tokyo as
 * 2025-01-05T15:00Z. Reading such instants in UTC (or in the script's own zone) puts the day one
 * early, and a column mixing date cells with typed date texts then counts every week twice.
 */

const MS_PER_DAY = 86_400_000;
const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();
const DAYS = new Map<string, Map<number, Day>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let f = FORMATTERS.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      f = null; // an unknown zone name: as if none were known
    }
    FORMATTERS.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day an instant shows in `timeZone`. Without a (known) zone: the nearest midnight
 * UTC, which is the day a Sheets or .xlsx date cell means for every zone within ±12 hours.
 * Weekly sheets repeat the same few dates thousands of times, so each instant is converted once.
 */
export function dayInZone(instant: Date, timeZone?: string): Day {
  const t = instant.getTime();
  const zone = timeZone || '';
  let cache = DAYS.get(zone);
  if (!cache) DAYS.set(zone, (cache = new Map()));
  const hit = cache.get(t);
  if (hit !== undefined) return hit;
  const f = zone === '' || zone === 'UTC' || zone === 'Etc/UTC' ? null : formatterFor(zone);
  let day: Day;
  if (!f) day = zone === '' ? Math.floor((t + MS_PER_DAY / 2) / MS_PER_DAY) : Math.floor(t / MS_PER_DAY);
  else {
    let y = 0,
      m = 0,
      d = 0;
    for (const p of f.formatToParts(instant)) {
      if (p.type === 'year') y = +p.value;
      else if (p.type === 'month') m = +p.value;
      else if (p.type === 'day') d = +p.value;
    }
    day = Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
  }
  cache.set(t, day);
  return day;
}
