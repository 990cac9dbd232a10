/** Reading one cell of a plan table as a number, a date or text, with messages naming it. */
import { ENGLISH, type Translator } from '../../i18n';
import { parseNumber } from '../numbers/parseNumber';
import { cellRef, PlanError } from './errors';
import type { TableCell } from './types';

export interface CellContext {
  readonly sheet: string;
  readonly locale?: string;
  /** The document's language for messages (English when absent). */
  readonly tr?: Translator;
}

/** Looked up once: a global lookup per cell is slow in sandboxed global scopes. */
const toStr = Object.prototype.toString;

/** Dates from the same realm are `instanceof Date`; the tag check covers other realms. */
function isDate(v: unknown): v is Date {
  return typeof v === 'object' && v !== null && (v instanceof Date || toStr.call(v) === '[object Date]');
}

function show(v: TableCell, tr: Translator): string {
  if (isDate(v)) return isNaN(v.getTime()) ? tr.t('error.valueInvalidDate') : tr.t('error.valueDate', { date: v.toISOString().slice(0, 10) });
  return typeof v === 'string' ? tr.t('text.quoted', { text: v }) : String(v);
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
  const tr = ctx.tr ?? ENGLISH;
  throw new PlanError(tr.t('error.notNumber', { cell: cellRef(ctx.sheet, row, col), column: header, value: show(v, tr) }));
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/; // 06.01.2025: day.month.year (Norwegian, Russian, German)
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/; // 01/06/2025: month/day/year (US exports)

/** A date from a Date cell, an ISO/dotted/US text date or a spreadsheet serial number. */
export function readDate(ctx: CellContext, header: string, v: TableCell, row: number, col: number): Date | null {
  if (v === '' || v === null || v === undefined) return null;
  if (isDate(v)) return isNaN(v.getTime()) ? null : v;
  if (typeof v === 'number' && v > 0 && v < 2958466) return new Date(Date.UTC(1899, 11, 30) + Math.round(v * 86400000));
  if (typeof v === 'string') {
    const s = v.trim();
    let m = ISO.exec(s);
    if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    m = DOTTED.exec(s);
    if (m) return new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
    m = SLASHED.exec(s);
    if (m) return new Date(Date.UTC(+m[3], +m[1] - 1, +m[2]));
  }
  const tr = ctx.tr ?? ENGLISH;
  throw new PlanError(tr.t('error.notDate', { cell: cellRef(ctx.sheet, row, col), column: header, value: show(v, tr) }));
}

export function readText(v: TableCell): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** A day key for counting distinct weeks: the same calendar day in any time zone. */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}
