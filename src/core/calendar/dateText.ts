/**
 * A date typed or exported as text → a Day, read strictly: "31.02.2025" is no day (never
 * 3 March), and a slashed "06/01/2025" follows the spreadsheet locale's order (6 January in
 * nb_NO and en_GB, June 1 in en_US). The shapes are those of sheets and of the platforms'
 * exports in their four interface languages: 2025-01-06, 2025/01/06, 06.01.2025, 06/01/2025,
 * Jan 6, 2025, 6 Jan 2025, 6. jan. 2025, 6 янв. 2025 г., 2025年1月6日, and Google Ads' weekly
 * "Week of Jan 6, 2025".
 */
import { dayFromParts } from './day';
import { dayMonthOrder, type DayMonthOrder } from './dayMonthOrder';
import { dayFromWeekLabel } from './weekLabel';
import type { Day } from '../model/day';

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

export type DateTextReading = { day: Day } | { problem: DateProblem } | null;

const MONTHS: Record<string, number> = Object.create(null);
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

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/; // 2025/01/06 (Chinese, Japanese)
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/; // 06.01.2025: day.month.year
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i; // 06/01/2025: the locale's order
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const MONTH_NAME_FIRST = /^([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u; // Jan 6, 2025
const DAY_FIRST_NAME = /^(\d{1,2})\.?\s+([\p{L}]+)\.?,?\s+(\d{4})(?:\s*г\.?)?$/u; // 6 Jan 2025, 6. jan. 2025, 6 янв. 2025 г.
const WEEK_OF = /^(week of|uke fra|uken som starter|неделя с|неделя, начиная с)\s+/iu;

/**
 * What a text date means, or why it is none (null: not a date shape at all). `order` says how
 * a slashed date is read; by default the locale's order.
 */
export function parseDateText(text: string, locale?: string, order: DayMonthOrder = dayMonthOrder(locale)): DateTextReading {
  // Most cells and exports write ISO days: read those without the general path's normalisation.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = +text.slice(0, 4),
      m = +text.slice(5, 7),
      d = +text.slice(8, 10);
    if (y === y && m === m && d === d) return checked(y, m, d, 'ymd', '', undefined);
  }
  const s = text.normalize('NFKC').trim().replace(WEEK_OF, '');
  let match = ISO.exec(s) ?? YEAR_FIRST.exec(s) ?? CJK.exec(s);
  if (match) return checked(+match[1], +match[2], +match[3], 'ymd', '', undefined);
  if ((match = DOTTED.exec(s))) return checked(+match[3], +match[2], +match[1], 'dmyDotted', '', undefined);
  if ((match = SLASHED.exec(s))) {
    const sep = s.includes('/') ? '/' : '-';
    const monthFirst = order === 'month-first';
    const [m, d] = monthFirst ? [+match[1], +match[2]] : [+match[2], +match[1]];
    return checked(+match[3], m, d, monthFirst ? 'mdy' : 'dmy', sep, locale);
  }
  if ((match = MONTH_NAME_FIRST.exec(s)) && MONTHS[match[1].toLowerCase()])
    return checked(+match[3], MONTHS[match[1].toLowerCase()], +match[2], 'mdy', '', undefined);
  if ((match = DAY_FIRST_NAME.exec(s)) && MONTHS[match[2].toLowerCase()])
    return checked(+match[3], MONTHS[match[2].toLowerCase()], +match[1], 'dmy', '', undefined);
  // Connectors' week labels (Supermetrics `2025|23`, ISO `2025-W23`): the ISO week's Monday.
  const week = dayFromWeekLabel(s);
  return week === null ? null : { day: week };
}

function checked(y: number, m: number, d: number, reading: DateProblem['reading'], sep: string, locale: string | undefined): DateTextReading {
  const day = dayFromParts(y, m, d);
  if (day !== null) return { day };
  const missing = m < 1 || m > 12 ? 'month' : 'day';
  return { problem: { missing, reading, sep, locale: sep ? locale : undefined, year: y, month: m, day: d } };
}

/**
 * #26: a column whose slashed dates only make sense in the other order ("13/01/2025" in an
 * en_US sheet) was most likely typed or exported under another locale. Returns that other
 * order when some text is impossible in the locale's order and every slashed text is possible
 * in the other; null otherwise.
 */
export function otherOrderHint(texts: Iterable<unknown>, locale?: string): DayMonthOrder | null {
  const order = dayMonthOrder(locale);
  const other: DayMonthOrder = order === 'month-first' ? 'day-first' : 'month-first';
  let impossible = false;
  for (const t of texts) {
    if (typeof t !== 'string' || !SLASHED.test(t.trim())) continue;
    const here = parseDateText(t.trim(), locale, order);
    const there = parseDateText(t.trim(), locale, other);
    if (there && 'problem' in there) return null;
    if (here && 'problem' in here) impossible = true;
  }
  return impossible ? other : null;
}
