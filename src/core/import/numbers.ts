/**
 * Numbers in export cells, read by the add-on's own text-number reader (core/numbers) with
 * the decimal separator the file itself shows: a column that writes "1 234,50" or "0,75"
 * is comma-decimal, so its "1,234" means 1.234; a file that shows only ambiguous numbers
 * falls back to its interface language (Norwegian, Russian: comma; English, Chinese: dot).
 */
import { parseNumber } from '../numbers/parseNumber';
import type { Language } from './platforms';

/** Platforms write "--" or "—" for "nothing this day". */
const NOTHING = /^[-–—]{1,2}$|^n\/a$/i;

export function decimalLocale(cells: Iterable<unknown>, language: Language): string {
  for (const v of cells) {
    if (typeof v !== 'string') continue;
    const s = v.trim();
    const dot = s.lastIndexOf('.');
    const comma = s.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) return comma > dot ? 'nb' : 'en';
    if (/\d,(\d{1,2}|\d{4,})(?!\d)/.test(s)) return 'nb';
    if (/\d\.(\d{1,2}|\d{4,})(?!\d)/.test(s) || /\d,\d{3},\d{3}/.test(s)) return 'en';
    if (/\d\.\d{3}\.\d{3}/.test(s)) return 'nb';
  }
  return language === 'nb' || language === 'ru' ? 'nb' : 'en';
}

// The shapes nearly every export cell has, read without the general reader's currency and
// sign handling (which costs tens of microseconds a cell; a 100,000-row export has 600,000).
const PLAIN_DOT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/; // 1,234.50 or 1234.5
const PLAIN_COMMA = /^-?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/; // 1 234,50 or 1.234,50 or 1234,5

/** A number, null for a blank or "--" cell, undefined when the cell is not a number at all. */
export function readExportNumber(v: unknown, locale: string): number | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (s === '' || NOTHING.test(s)) return null;
  if (locale === 'en' && PLAIN_DOT.test(s)) return Number(s.replace(/,/g, ''));
  if (locale === 'nb' && PLAIN_COMMA.test(s)) return Number(s.replace(/[ .\u00a0\u202f]/g, '').replace(',', '.'));
  const n = parseNumber(s, locale);
  return n === null ? undefined : n;
}
