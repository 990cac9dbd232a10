/** Reading one cell of a plan table as a number, a date or text, with messages naming it. */
import type { MessageKey } from '../../i18n';
import { say, type CoreMessage } from '../../i18n/render';
import type { Arg } from '../model/message';
import { parseNumber } from '../numbers/parseNumber';
import { dateOf, isoDay } from '../calendar/day';
import { otherOrderHint, type DateProblem } from '../calendar/dateText';
import { dayOfCell, isDateValue } from '../calendar/readDay';
import { dayInZone } from '../calendar/zone';
import { cellRef, PlanError } from './errors';
import type { Table, TableCell } from './types';
import type { Day } from '../model/day';

export interface CellContext {
  readonly sheet: string;
  readonly locale?: string;
  /** The spreadsheet's time zone: date cells are read as the day they show there. */
  readonly timeZone?: string;
}

const isDate = isDateValue;

function show(v: TableCell, timeZone?: string): Arg<MessageKey> {
  if (isDate(v)) return isNaN(v.getTime()) ? say('error.valueInvalidDate') : say('error.valueDate', { date: isoDay(dayInZone(v, timeZone)) });
  return typeof v === 'string' ? say('text.quoted', { text: v }) : String(v);
}

/** A number, or null for a blank cell; a word or a date where a number belongs is an error. */
export function readNumber(ctx: CellContext, header: string, v: TableCell, row: number, col: number): number | null {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' && v - v === 0) return v;
  if (typeof v === 'string') {
    if (v.trim() === '') return null;
    const n = parseNumber(v, ctx.locale);
    if (n !== null) return n;
  }
  throw new PlanError(say('error.notNumber', { cell: cellRef(ctx.sheet, row, col), column: header, value: show(v, ctx.timeZone) }));
}

/**
 * Sheets keeps 15 significant digits; a plan amount beyond 10^15 is a typo (or 1.7e308), and
 * would overflow the next budget to Infinity.
 */
export const LARGEST_AMOUNT = 1e15;

/** A number that must be sane for a plan: at most 10^15 in size and, unless `negativeOk`, not below 0. */
export function readAmount(ctx: CellContext, header: string, v: TableCell, row: number, col: number, negativeOk = false): number | null {
  // The cell nearly every call sees, a plain amount, first: the same answer as below, sooner.
  if (typeof v === 'number' && v <= LARGEST_AMOUNT && v >= (negativeOk ? -LARGEST_AMOUNT : 0)) return v;
  const n = readNumber(ctx, header, v, row, col);
  if (n === null) return null;
  if ((negativeOk || n >= 0) && n <= LARGEST_AMOUNT && n >= -LARGEST_AMOUNT) return n;
  // Only a refused amount pays for naming its cell: this runs for every number of a 500,000-row Weekly.
  const params = { cell: cellRef(ctx.sheet, row, col), column: header, value: String(n) };
  if (!negativeOk && n < 0) throw new PlanError(say('error.negativeAmount', params));
  throw new PlanError(say('error.implausibleAmount', params));
}

/** A date from a Date cell, a text date or a spreadsheet serial number, as the calendar day the cell shows (the one door: calendar/readDay.ts). */
export function readDay(ctx: CellContext, header: string, v: TableCell, row: number, col: number): Day | null {
  const r = dayOfCell(v, ctx);
  if (r === null) return null;
  if ('day' in r) return r.day;
  if ('problem' in r) throw new PlanError(impossibleDate(cellRef(ctx.sheet, row, col), header, show(v), r.problem));
  throw new PlanError(say('error.notDate', { cell: cellRef(ctx.sheet, row, col), column: header, value: show(v, ctx.timeZone) }));
}

/**
 * readDay over one column, cell after cell: a Weekly sheet repeats each week's date on every row
 * of that week (at 500,000 rows the day of each Date cell was a sixth of reading Weekly), so the
 * day of the last Date cell is kept. A Date's day depends only on its instant (and the context),
 * so a repeated instant is the same day; every other cell goes through readDay.
 */
export function columnDayReader(ctx: CellContext, header: string, col: number): (v: TableCell, row: number) => Day | null {
  let lastTime = NaN;
  let lastDay: Day | null = null;
  return (v, row) => {
    if (!isDate(v)) return readDay(ctx, header, v, row, col);
    const t = v.getTime();
    if (t === lastTime) return lastDay;
    lastDay = readDay(ctx, header, v, row, col);
    lastTime = t;
    return lastDay;
  };
}

/**
 * #26: a date column whose texts only make sense in the other day/month order than the
 * spreadsheet locale's ("13/01/2025" in en_US) is refused with the column named, before a
 * cell-by-cell error that would not say why.
 */
export function checkDateColumn(ctx: CellContext, table: Table, col: number, header: string): void {
  if (col < 0) return;
  const hint = otherOrderHint(columnTexts(table, col), ctx.locale);
  if (!hint) return;
  // Name the first cell that is no day in the locale's order.
  let row = 1;
  while (row < table.length && !isImpossible(dayOfCell(table[row][col], ctx))) row++;
  const value = row < table.length ? show(table[row][col]) : '';
  throw new PlanError(
    say('error.dateOrder', {
      column: header,
      cell: cellRef(ctx.sheet, row, col),
      value,
      locale: ctx.locale ?? '',
      order: say(hint === 'day-first' ? 'date.dayFirst' : 'date.monthFirst'),
    }),
  );
}

const isImpossible = (r: ReturnType<typeof dayOfCell>) => r !== null && 'problem' in r;

/** The column's text cells: the only ones whose day/month order is in question (a Date or a serial has none). */
function columnTexts(table: Table, col: number): string[] {
  const texts: string[] = [];
  for (let r = 1; r < table.length; r++) {
    const v = table[r][col];
    if (typeof v === 'string') texts.push(v);
  }
  return texts;
}

/** readDay as a Date at midnight UTC, for the readers that still carry Dates. */
export function readDate(ctx: CellContext, header: string, v: TableCell, row: number, col: number): Date | null {
  const day = readDay(ctx, header, v, row, col);
  return day === null ? null : dateOf(day);
}

/** "Weekly!A6 (Week) is "13/01/2025", not a date: read as month/day/year (…en_US), there is no month 13." */
function impossibleDate(cell: string, column: string, value: Arg<MessageKey>, p: DateProblem): CoreMessage {
  let reading = say(`date.${p.reading}`, { sep: p.sep });
  if (p.locale) reading = say('date.inLocale', { reading, locale: p.locale });
  const params = { cell, column, value, reading, year: String(p.year), month: String(p.month), day: String(p.day) };
  return say(p.missing === 'month' ? 'error.noSuchMonth' : 'error.noSuchDay', params);
}

export function readText(v: TableCell): string {
  // Most cells read as text hold text: no Date check and no String() for them.
  if (typeof v === 'string') return v.trim();
  if (v === null || v === undefined) return '';
  if (isDate(v)) return v.toISOString().slice(0, 10);
  return String(v).trim();
}
