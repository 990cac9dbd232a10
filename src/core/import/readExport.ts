/**
 * The export's data rows → one record per day (or week) per campaign, with the numbers the
 * file has. Title rows above the header and totals or footers below it are left out
 * silently; a row that has a campaign but a date or number that cannot be read is reported
 * with its line number, never guessed.
 */
import { columnOrderHint, parseExportDate, slashOrder } from './dates';
import { sniffedOrder } from './sniffedOrder';
import { decimalLocale, readExportNumber } from './numbers';
import type { Layout } from './layout';
import type { ExportField } from './platforms';
import { ENGLISH, type Translator } from '../../i18n';

export type Measure = 'spend' | 'impressions' | 'clicks' | 'leads' | 'conversions' | 'revenue';
export const IMPORT_MEASURES: readonly Measure[] = ['spend', 'impressions', 'clicks', 'leads', 'conversions', 'revenue'];

export interface ExportRecord {
  /** 1-based line (CSV) or row (sheet) of the file. */
  readonly line: number;
  /** The day number of the row's date (for weekly rows: the week's first day). */
  readonly day: number;
  /** true: the row is a whole week (a weekly export). */
  readonly weekly: boolean;
  readonly campaign: string;
  readonly values: Readonly<Partial<Record<Measure, number>>>;
}

export interface Problem {
  readonly line: number;
  readonly message: string;
}

export interface ExportData {
  readonly records: readonly ExportRecord[];
  readonly problems: readonly Problem[];
  /** The measures the file has columns for: only these are written. */
  readonly measures: readonly Measure[];
  /** The first and last day the file covers (null when it has no readable rows). */
  readonly firstDay: number | null;
  readonly lastDay: number | null;
}

/** Totals and footers: "Total: Account", "Totalt", "Итого", "总计", "©2025 Microsoft Corporation…". */
const TOTAL = /^(total|totals|totalt|sum|итого|всего|总计|合计|總計|©|\(c\)|copyright)/i;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

export function readExport(rows: readonly (readonly unknown[])[], layout: Layout, tr: Translator = ENGLISH, sheetLocale?: string): ExportData {
  const cols = layout.columns;
  const measures = IMPORT_MEASURES.filter((m) => cols[m] !== undefined);
  const data = rows.slice(layout.headerRow + 1);
  const dateCol = (cols.day ?? cols.week ?? cols.start)!;
  const weekly = cols.day === undefined && cols.week !== undefined;
  const endCol = cols.day === undefined && cols.week === undefined ? cols.end : undefined;
  // The spreadsheet's locale reads slashed dates (contract 2.9); without one, the column, then the file's language.
  const order = sheetLocale ? slashOrder(sheetLocale, 'mdy') : sniffedOrder(column(data, dateCol), layout.language === 'en' ? 'mdy' : 'dmy');
  const locale = decimalLocale(numberCells(data, measures.map((m) => cols[m]!)), layout.language);

  const records: ExportRecord[] = [];
  const problems: Problem[] = [];
  const hint = sheetLocale ? columnOrderHint(column(data, dateCol), order) : null;
  if (hint) problems.push({ line: layout.headerRow + 1, message: tr.t('import.dateOrder', { column: header(layout, fieldAt(cols, dateCol)), locale: sheetLocale ?? '', order: tr.t(hint === 'dmy' ? 'date.dayFirst' : 'date.monthFirst') }) });
  let firstDay: number | null = null;
  let lastDay: number | null = null;
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    const line = layout.headerRow + 2 + i;
    const campaign = text(row[cols.campaign!]);
    const first = text(row[0]);
    if (!campaign) {
      const filled = row.filter((c) => text(c) !== '').length;
      if (filled <= 1) continue; // a blank, footer or note line
    }
    if (TOTAL.test(first) || TOTAL.test(text(row[dateCol])) || TOTAL.test(campaign)) continue;
    if (!campaign || campaign === '--') {
      // Google Ads writes "--" as the campaign of its total rows; an empty campaign is no campaign.
      if (text(row[dateCol]) === '' || /^[-–—]+$/.test(campaign)) continue;
      problems.push({ line, message: tr.t('import.noCampaign', { column: header(layout, 'campaign') }) });
      continue;
    }
    const day = parseExportDate(row[dateCol], order);
    if (day === null) {
      problems.push({ line, message: tr.t('import.notDate', { column: header(layout, fieldAt(cols, dateCol)), value: JSON.stringify(text(row[dateCol])) }) });
      continue;
    }
    let isWeek = weekly;
    if (endCol !== undefined) {
      // A reporting range per row (Meta without a Day breakdown): one day or one week only.
      const end = parseExportDate(row[endCol], order);
      const span = end === null ? 0 : end - day + 1;
      if (span === 7) isWeek = true;
      else if (span !== 1) {
        problems.push({ line, message: tr.t('import.spansDays', { from: text(row[dateCol]), to: text(row[endCol]) }) });
        continue;
      }
    }
    const values: Partial<Record<Measure, number>> = {};
    let bad: string | null = null;
    for (const m of measures) {
      const v = readExportNumber(row[cols[m]!], locale);
      if (v === undefined) {
        bad = tr.t('import.notNumber', { column: header(layout, m), value: JSON.stringify(text(row[cols[m]!])) });
        break;
      }
      values[m] = v ?? 0;
    }
    if (bad) {
      problems.push({ line, message: bad });
      continue;
    }
    records.push({ line, day, weekly: isWeek, campaign, values });
    const last = isWeek ? day + 6 : day;
    if (firstDay === null || day < firstDay) firstDay = day;
    if (lastDay === null || last > lastDay) lastDay = last;
  }
  return { records, problems, measures, firstDay, lastDay };
}

function* column(rows: readonly (readonly unknown[])[], c: number): Iterable<unknown> {
  for (const r of rows) yield r[c];
}

function* numberCells(rows: readonly (readonly unknown[])[], cols: number[]): Iterable<unknown> {
  for (const r of rows) for (const c of cols) yield r[c];
}

function fieldAt(cols: Partial<Record<ExportField, number>>, c: number): ExportField {
  return (Object.keys(cols) as ExportField[]).find((f) => cols[f] === c) ?? 'day';
}

function header(layout: Layout, field: ExportField): string {
  const c = layout.columns[field];
  return c === undefined ? field : JSON.stringify(layout.headers[c]);
}
