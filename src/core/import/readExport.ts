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
import { isTotalLabel } from '../vocabulary/totalRows';
import { headerKey, type ExportField } from './platforms';
import { say, type CoreMessage } from '../../i18n/render';

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
  /** What is wrong with the line, put in the document's words by the surface that lists it. */
  readonly message: CoreMessage;
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

/** Sheets holds at most 50,000 characters in a cell: a longer campaign name could never be written. */
export const MAX_CELL_CHARS = 50_000;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * `sheetLocale` reads slashed dates; `timeZone` (the spreadsheet's) reads Date cells of a tab
 * read as an export, whose instants are its midnights.
 */
export function readExport(rows: readonly (readonly unknown[])[], layout: Layout, sheetLocale?: string, timeZone?: string): ExportData {
  const cols = layout.columns;
  const measures = IMPORT_MEASURES.filter((m) => cols[m] !== undefined);
  const data = rows.slice(layout.headerRow + 1);
  const dateCol = (cols.day ?? cols.week ?? cols.start)!;
  const weekly = cols.day === undefined && cols.week !== undefined;
  const endCol = cols.day === undefined && cols.week === undefined ? cols.end : undefined;
  // The spreadsheet's locale reads slashed dates (docs/contract.md §2.9); without one, the column, then the file's language.
  const order = sheetLocale ? slashOrder(sheetLocale, 'mdy') : sniffedOrder(column(data, dateCol), layout.language === 'en' ? 'mdy' : 'dmy');
  const locale = decimalLocale(
    numberCells(
      data,
      measures.map((m) => cols[m]!),
    ),
    layout.language,
  );
  // Google Ads' API reports money in millionths (`metrics.cost_micros`): 1,500,000 is 1.50.
  const scale = Object.fromEntries(measures.map((m) => [m, /micros$/.test(headerKey(layout.headers[cols[m]!])) ? 1e-6 : 1]));

  const records: ExportRecord[] = [];
  const problems: Problem[] = [];
  const hint = sheetLocale ? columnOrderHint(column(data, dateCol), order) : null;
  if (hint)
    problems.push({
      line: layout.headerRow + 1,
      message: say('import.dateOrder', {
        column: header(layout, fieldAt(cols, dateCol)),
        locale: sheetLocale ?? '',
        order: say(hint === 'dmy' ? 'date.dayFirst' : 'date.monthFirst'),
      }),
    });
  let firstDay: number | null = null;
  let lastDay: number | null = null;
  const blankCampaign: { line: number; row: readonly unknown[] }[] = [];
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    const line = layout.headerRow + 2 + i;
    const campaign = text(row[cols.campaign!]);
    const first = text(row[0]);
    if (!campaign) {
      const filled = row.filter((c) => text(c) !== '').length;
      if (filled <= 1) continue; // a blank, footer or note line ("©2025 Microsoft Corporation")
    }
    // Total rows by the platform's layout, never by a campaign's name: Google Ads' "Total: Account"
    // or "Total – account" rows have no date; a blank (or "--") campaign with numbers is the
    // file's own sum, checked against the rows once they are read.
    const day = parseExportDate(row[dateCol], order, timeZone);
    const dated = day !== null;
    if (!dated && (isTotalLabel(first) || isTotalLabel(text(row[dateCol])) || isTotalLabel(campaign))) continue;
    // A footer without a date and without a number ("…,-,-,-"): nothing to lose.
    if (!dated && measures.every((m) => /^[-–—]*$/.test(text(row[cols[m]!])))) continue;
    if (!campaign || /^[-–—]+$/.test(campaign)) {
      if (!dated) continue;
      blankCampaign.push({ line, row });
      continue;
    }
    if (campaign.length > MAX_CELL_CHARS) {
      problems.push({
        line,
        message: say('import.campaignTooLong', {
          column: header(layout, 'campaign'),
          length: { number: campaign.length, decimals: 0 },
          max: { number: MAX_CELL_CHARS, decimals: 0 },
        }),
      });
      continue;
    }
    if (day === null) {
      problems.push({ line, message: say('import.notDate', { column: header(layout, fieldAt(cols, dateCol)), value: JSON.stringify(text(row[dateCol])) }) });
      continue;
    }
    let isWeek = weekly;
    if (endCol !== undefined) {
      // A reporting range per row (Meta without a Day breakdown): one day or one week only.
      const end = parseExportDate(row[endCol], order, timeZone);
      const span = end === null ? 0 : end - day + 1;
      if (span === 7) isWeek = true;
      else if (span !== 1) {
        problems.push({ line, message: say('import.spansDays', { from: text(row[dateCol]), to: text(row[endCol]) }) });
        continue;
      }
    }
    const values: Partial<Record<Measure, number>> = {};
    let bad: CoreMessage | null = null;
    for (const m of measures) {
      const v = readExportNumber(row[cols[m]!], locale);
      if (v === undefined) {
        bad = say('import.notNumber', { column: header(layout, m), value: JSON.stringify(text(row[cols[m]!])) });
        break;
      }
      values[m] = v === null ? 0 : v * scale[m];
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
  // A blank-campaign row whose spend is the sum of the file's spend on its day (or in all) is a
  // total row; any other is a row without a campaign, reported.
  if (blankCampaign.length) {
    const byDay = new Map<number, number>();
    let all = 0;
    for (const r of records) {
      byDay.set(r.day, (byDay.get(r.day) ?? 0) + (r.values.spend ?? 0));
      all += r.values.spend ?? 0;
    }
    const near = (a: number, b: number) => Math.abs(a - b) <= 0.01 + 1e-9 * Math.abs(b);
    for (const { line, row } of blankCampaign) {
      const spend = readExportNumber(row[cols.spend!], locale);
      const day = parseExportDate(row[dateCol], order, timeZone);
      const isSum = typeof spend === 'number' && (near(spend, all) || (day !== null && near(spend, byDay.get(day) ?? NaN)));
      if (!isSum) problems.push({ line, message: say('import.noCampaign', { column: header(layout, 'campaign') }) });
    }
    problems.sort((a, b) => a.line - b.line);
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
