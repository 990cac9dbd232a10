/**
 * Dates as the platforms' exports write them, in their four interface languages:
 * 2025-01-06, 2025/01/06, 06.01.2025, 1/6/2025 (US) or 06/01/2025, Jan 6, 2025,
 * 6 Jan 2025, 6. jan. 2025, 6 янв. 2025 г., 2025年1月6日, Google Ads' weekly
 * "Week of Jan 6, 2025" — and Date cells or serial numbers from an .xlsx.
 * Slashed dates are ambiguous: the whole column decides (a first part above 12 means
 * day/month), then the file's language (English: month/day).
 */
import { dayFromDate, dayFromParts, dayFromSerial } from './days';

const MONTHS: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [1, ['jan', 'january', 'januar', 'янв', 'январь', 'января']],
  [2, ['feb', 'february', 'februar', 'фев', 'февр', 'февраль', 'февраля']],
  [3, ['mar', 'march', 'mars', 'мар', 'март', 'марта']],
  [4, ['apr', 'april', 'апр', 'апрель', 'апреля']],
  [5, ['may', 'mai', 'май', 'мая']],
  [6, ['jun', 'june', 'juni', 'июн', 'июнь', 'июня']],
  [7, ['jul', 'july', 'juli', 'июл', 'июль', 'июля']],
  [8, ['aug', 'august', 'авг', 'август', 'августа']],
  [9, ['sep', 'sept', 'september', 'сен', 'сент', 'сентябрь', 'сентября']],
  [10, ['oct', 'october', 'okt', 'oktober', 'окт', 'октябрь', 'октября']],
  [11, ['nov', 'november', 'ноя', 'нояб', 'ноябрь', 'ноября']],
  [12, ['dec', 'december', 'des', 'desember', 'дек', 'декабрь', 'декабря']],
];
for (const [m, names] of NAMES) for (const n of names) MONTHS[n] = m;

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/;
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const MONTH_FIRST = /^([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u; // Jan 6, 2025
const DAY_FIRST = /^(\d{1,2})\.?\s+([\p{L}]+)\.?,?\s+(\d{4})(?:\s*г\.?)?$/u; // 6 Jan 2025, 6. jan. 2025, 6 янв. 2025 г.

export type SlashOrder = 'mdy' | 'dmy';

/** Looks at a date column's slashed texts: which order they must be in, if any tells. */
export function slashOrder(texts: Iterable<unknown>, fallback: SlashOrder): SlashOrder {
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    const m = SLASHED.exec(t.trim());
    if (!m) continue;
    if (+m[1] > 12) return 'dmy';
    if (+m[2] > 12) return 'mdy';
  }
  return fallback;
}

const toStr = Object.prototype.toString;

/** A day number, or null when the cell is not a date. */
export function parseExportDate(v: unknown, order: SlashOrder = 'mdy', timeZone?: string): number | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'object' && toStr.call(v) === '[object Date]') {
    const d = v as Date;
    return isNaN(d.getTime()) ? null : dayFromDate(d, timeZone);
  }
  if (typeof v === 'number') return v > 0 && v < 2958466 ? dayFromSerial(v) : null;
  if (typeof v !== 'string') return null;
  // Most exports write ISO days: read those without the general path's normalisation.
  if (v.length === 10 && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45) {
    const y = +v.slice(0, 4), m = +v.slice(5, 7), d = +v.slice(8, 10);
    if (y === y && m === m && d === d) return dayFromParts(y, m, d);
  }
  let s = v.normalize('NFKC').trim();
  // Google Ads' weekly rows: "Week of Jan 6, 2025"; Norwegian "Uke fra", Russian "Неделя с".
  s = s.replace(/^(week of|uke fra|uken som starter|неделя с|неделя, начиная с)\s+/iu, '');
  let m = ISO.exec(s);
  if (m) return dayFromParts(+m[1], +m[2], +m[3]);
  m = DOTTED.exec(s);
  if (m) return dayFromParts(+m[3], +m[2], +m[1]);
  m = SLASHED.exec(s);
  if (m) return order === 'dmy' ? dayFromParts(+m[3], +m[2], +m[1]) : dayFromParts(+m[3], +m[1], +m[2]);
  m = CJK.exec(s);
  if (m) return dayFromParts(+m[1], +m[2], +m[3]);
  m = MONTH_FIRST.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return dayFromParts(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = DAY_FIRST.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return dayFromParts(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  return null;
}
