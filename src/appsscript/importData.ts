/**
 * importData(fileName, content, {dryRun}) (contract 2.7 and 4): an ad-platform export into
 * the Weekly sheet, mapped to stages by the Campaigns sheet, summed into weeks, upserted by
 * (Week, Stage, Variant). `content` is the file's bytes in base64, or — for an .xlsx, which
 * the sidebar and the CLI open — its rows (a list of lists of text, numbers, booleans).
 * The file is read and the whole plan computed before anything is written; a dry run writes
 * nothing. Service calls do not grow with the rows: one read per sheet, one write per block.
 */
import { CAMPAIGNS_HEADER, CAMPAIGNS_SHEET, readCampaigns } from '../core/import/campaigns';
import type { WeekStart } from '../core/import/days';
import { ImportError, readExportFile, type RowsPayload } from '../core/import/readFile';
import { planImport, type Cell, type ImportSummary, type WeeklyWrite } from '../core/import/upsert';
import type { MessageKey, Translator } from '../i18n';
import { asText } from './escape';
import { translatorFor } from './language';
import { withDocumentLock } from './lock';
import { getSettings } from './settings';
import { findSheet, readTable } from './sheetIO';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How many unreadable lines the answer lists; the count says how many there were. */
const MAX_PROBLEMS_LISTED = 200;

export interface ImportResultJson extends ImportSummary {
  fileName: string;
  format: string;
  encoding: string;
  dryRun: boolean;
  written: boolean;
  rowsRead: number;
  problemCount: number;
  message: string;
}

/** An empty sheet reads as [[""]]: no table at all. */
function tableOrNull(sheet: Sheet | null): Cell[][] | null {
  if (!sheet) return null;
  const t = readTable(sheet);
  return t.length === 1 && t[0].every((c) => c === '') ? null : t;
}

export function importData(fileName?: unknown, content?: unknown, options?: unknown): ImportResultJson {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  const name = String(fileName ?? '').trim().slice(0, 200) || tr.t('import.theFile');
  const dryRun = Boolean(options && typeof options === 'object' && (options as { dryRun?: unknown }).dryRun);
  let file;
  try {
    file = readExportFile(name, content as string | RowsPayload, tr, settings.locale);
  } catch (e) {
    if (e instanceof ImportError) throw new Error(e.message); // a plain message for the sidebar
    throw e;
  }
  const run = () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    // The Weekly sheet under its set name, or its default name in any of the four languages.
    let weeklySheet = findSheet(ss, settings.weeklySheet, 'weekly');
    let campaignsSheet = ss.getSheetByName(CAMPAIGNS_SHEET);
    const weekly = tableOrNull(weeklySheet);
    const campaignsTable = tableOrNull(campaignsSheet);
    const plan = planImport({
      data: file.data,
      platform: file.layout.platform.name,
      campaigns: readCampaigns(campaignsTable, tr),
      weekly,
      weekStart: (settings.weekStart ?? 'monday') as WeekStart,
      tr,
      weeklySheet: weeklySheet ? weeklySheet.getName() : settings.weeklySheet,
      locale: settings.locale,
      timeZone: ss.getSpreadsheetTimeZone(),
    });
    const s = plan.summary;
    const changes = s.adds.length + s.replaces.length;
    if (!dryRun) {
      if (changes > 0) {
        if (!weeklySheet) weeklySheet = ss.insertSheet(settings.weeklySheet);
        writeWeekly(weeklySheet, weekly, plan.weekly);
      }
      if (s.newCampaigns.length > 0) {
        if (!campaignsSheet) campaignsSheet = ss.insertSheet(CAMPAIGNS_SHEET);
        listCampaigns(campaignsSheet, campaignsTable, s.newCampaigns);
      }
    }
    const problems = s.problems.slice(0, MAX_PROBLEMS_LISTED);
    const skips = s.skips.map((k) => (REASONS[k.reason] ? { ...k, reason: tr.t(REASONS[k.reason]) } : k));
    return {
      fileName: name,
      format: file.format,
      encoding: file.encoding,
      dryRun,
      written: !dryRun && (changes > 0 || s.newCampaigns.length > 0),
      rowsRead: file.data.records.length,
      ...s,
      skips,
      problems,
      problemCount: s.problems.length,
      message: message(s, dryRun, tr),
    };
  };
  return dryRun ? run() : withDocumentLock(run, tr);
}

function message(s: ImportSummary, dryRun: boolean, tr: Translator): string {
  const parts = [tr.t(dryRun ? 'import.summaryDry' : 'import.summaryDone', { adds: s.adds.length, replaces: s.replaces.length, skips: s.skips.length })];
  if (s.unmappedCampaigns.length) parts.push(tr.t('import.unmappedNote', { count: s.unmappedCampaigns.length, campaigns: CAMPAIGNS_SHEET }));
  if (s.problems.length) parts.push(tr.t('import.problemsNote', { count: s.problems.length }));
  return parts.join(' ');
}

/** The core says why a week is skipped in English; the sidebar shows it in the document's language. */
const REASONS: Record<string, MessageKey> = {
  'same numbers': 'import.reasonSame',
  'a row typed by hand is there': 'import.reasonHand',
  'the row there already covers these days': 'import.reasonCovered',
};

/** Contiguous runs of columns, so each run is one block write and no other column is touched. */
function runs(columns: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

function writeWeekly(sheet: Sheet, table: Cell[][] | null, w: WeeklyWrite): void {
  const width = w.header.length;
  if (w.newHeaders.length) {
    const first = width - w.newHeaders.length + 1;
    const need = width - sheet.getMaxColumns();
    if (need > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), need);
    sheet.getRange(1, first, 1, w.newHeaders.length).setValues([w.newHeaders]);
    if (!table) sheet.setFrozenRows(1);
  }
  const blocks = runs(w.columns);
  if (w.replaced.size > 0 && table) {
    // Replaced rows are written as one block per column run, from the first to the last
    // replaced row; the cells between keep their content (formulas as formulas, text as text).
    const formulas = sheet.getRange(1, 1, table.length, table[0].length).getFormulas();
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of w.replaced.keys()) {
      lo = Math.min(lo, r);
      hi = Math.max(hi, r);
    }
    for (const [c0, c1] of blocks) {
      const values: unknown[][] = [];
      for (let r = lo; r <= hi; r++) {
        const line: unknown[] = [];
        for (let c = c0; c <= c1; c++) {
          const fresh = w.replaced.get(r)?.get(c);
          if (fresh !== undefined) line.push(asText(fresh));
          else if (formulas[r]?.[c]) line.push(formulas[r][c]);
          else line.push(asText(table[r]?.[c] ?? ''));
        }
        values.push(line);
      }
      sheet.getRange(lo + 1, c0 + 1, hi - lo + 1, c1 - c0 + 1).setValues(values);
    }
  }
  if (w.appended.length > 0) {
    const start = (table ? table.length : 1) + 1;
    const need = start + w.appended.length - 1 - sheet.getMaxRows();
    if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
    for (const [c0, c1] of blocks) {
      sheet.getRange(start, c0 + 1, w.appended.length, c1 - c0 + 1).setValues(w.appended.map((row) => row.slice(c0, c1 + 1).map(asText)));
    }
  }
}

/** The Campaigns sheet: created with every campaign found, Stage blank; later imports append new ones. */
function listCampaigns(sheet: Sheet, table: Cell[][] | null, names: readonly string[]): void {
  const rows = names.map((n) => [asText(n), '', ''] as unknown[]);
  if (!table) {
    sheet.getRange(1, 1, rows.length + 1, 3).setValues([[...CAMPAIGNS_HEADER], ...rows]);
    sheet.setFrozenRows(1);
    return;
  }
  const start = table.length + 1;
  const need = start + rows.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(start, 1, rows.length, 3).setValues(rows);
}
