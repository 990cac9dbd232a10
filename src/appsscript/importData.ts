/**
 * importData(fileName, content, {dryRun}) (docs/contract.md §2.7 and 4): an ad-platform export into
 * the Weekly sheet, mapped to stages by the Campaigns sheet, summed into weeks, upserted by
 * (Week, Stage, Variant). `content` is the file's bytes in base64, or — for an .xlsx, which
 * the sidebar and the CLI open — its rows (a list of lists of text, numbers, booleans).
 * The file is read and the whole plan computed before anything is written; a dry run writes
 * nothing. Service calls do not grow with the rows: one read per sheet, one write per block.
 */
import { CAMPAIGNS_HEADER_KEYS, readCampaigns } from '../core/import/campaigns';
import type { WeekStart } from '../core/calendar/day';
import { ImportError, readExportFile, type ReadFile, type RowsPayload } from '../core/import/readFile';
import { planImport, type Cell, type ImportSummary, type WeeklyWrite } from '../core/import/upsert';
import type { Translator } from '../i18n';
import { CodedError } from '../api/serverError';
import { render, renderArg, renderParams } from '../i18n/render';
import { asText } from './escape';
import { translatorFor } from './language';
import { withDocumentLock } from './lock';
import { fillMergedLabels } from './merges';
import { findNamedOwnedSheet, openOwnedSheet } from './ownedSheets';
import { blanks, blockBefore, UndoableWrites } from './undoableWrites';
import { getSettings, type SettingsWithLocale } from './settings';
import { findSheet, readBlock, readTable } from './sheetIO';
import type { ImportResultJson } from '../api/serverApi';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How many unreadable lines the answer lists; the count says how many there were. */
const MAX_PROBLEMS_LISTED = 200;

/** An empty sheet reads as [[""]]: no table at all. */
function blockOrNull(sheet: Sheet | null): { range: GoogleAppsScript.Spreadsheet.Range; values: Cell[][] } | null {
  if (!sheet) return null;
  const block = readBlock(sheet);
  return block.values.length === 1 && block.values[0].every((c) => c === '') ? null : block;
}

const tableOrNull = (sheet: Sheet | null): Cell[][] | null => blockOrNull(sheet)?.values ?? null;

export function importData(fileName?: unknown, content?: unknown, options?: unknown): ImportResultJson {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  const name =
    String(fileName ?? '')
      .trim()
      .slice(0, 200) || tr.t('import.theFile');
  const dryRun = Boolean(options && typeof options === 'object' && (options as { dryRun?: unknown }).dryRun);
  const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  let file;
  try {
    file = readExportFile(name, content as string | RowsPayload, settings.locale, undefined, timeZone);
    return importFile(name, file, dryRun, settings, tr);
  } catch (e) {
    // What the import says is wrong crosses as its code (the sidebar words it), and as the document's words for everyone else.
    if (e instanceof ImportError) throw new CodedError(e.said.key, renderParams(e.said, tr), render(e.said, tr));
    throw e;
  }
}

/** A read export — a file's, or a source tab's values (sources.ts) — into Weekly: the same plan, writes and answer. */
export function importFile(name: string, file: ReadFile, dryRun: boolean, settings: SettingsWithLocale, tr: Translator): ImportResultJson {
  const run = () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    // The Weekly sheet under its set name, or its default name in any of the four languages.
    const weeklySheet = findSheet(ss, settings.weeklySheet, 'weekly');
    const weeklyBlock = blockOrNull(weeklySheet);
    const weekly = weeklyBlock ? weeklyBlock.values : null;
    // Merged Stage (Week, Variant) cells label every row under them, as the evaluation reads them:
    // the keys come from a filled copy; the sheet's own cells are never rewritten.
    const keyed = weekly ? weekly.map((r) => [...r]) : null;
    if (keyed && weeklyBlock) fillMergedLabels(weeklyBlock.range, keyed);
    // The Campaigns sheet is LiftGate's (docs/contract.md §3): a user's own sheet of that name is left alone.
    // Named in the document's language; one made under another language's name is kept (#26).
    const campaignsAt = findNamedOwnedSheet(ss, 'campaigns', tr, (sh) => isCampaignsSheet(readTable(sh)));
    const campaignsTable = campaignsAt.sheet ? tableOrNull(campaignsAt.sheet) : null;
    const plan = planImport({
      data: file.data,
      platform: file.layout.platform.name,
      campaigns: readCampaigns(campaignsTable, campaignsAt.name),
      weekly: keyed,
      weekStart: (settings.weekStart ?? 'monday') as WeekStart,
      weeklySheet: weeklySheet ? weeklySheet.getName() : settings.weeklySheet,
      locale: settings.locale,
      timeZone: ss.getSpreadsheetTimeZone(),
    });
    const s = plan.summary;
    const changes = s.adds.length + s.replaces.length;
    if (!dryRun && (changes > 0 || s.newCampaigns.length > 0)) {
      UndoableWrites.run((w) => {
        if (changes > 0) {
          let sheet = weeklySheet;
          if (!sheet) w.createdSheet(ss, (sheet = ss.insertSheet(settings.weeklySheet)));
          writeWeekly(w, sheet, weekly, plan.weekly);
        }
        if (s.newCampaigns.length > 0) {
          const created = !campaignsAt.sheet;
          const sheet = openOwnedSheet(ss, 'campaigns', campaignsAt);
          if (created) w.createdSheet(ss, sheet);
          listCampaigns(w, sheet, campaignsTable, s.newCampaigns, tr);
        }
      }, tr);
    }
    const problems = s.problems.slice(0, MAX_PROBLEMS_LISTED).map((p) => ({ line: p.line, message: render(p.message, tr) }));
    const skips = s.skips.map((k) => ({ ...k, reason: render(k.reason, tr) }));
    const clash = campaignsAt.clash && s.newCampaigns.length > 0 ? ` ${tr.t('owned.clash', { sheet: campaignsAt.clash, free: campaignsAt.name })}` : '';
    return {
      fileName: name,
      format: String(renderArg(file.format, tr)),
      encoding: file.encoding,
      dryRun,
      written: !dryRun && (changes > 0 || s.newCampaigns.length > 0),
      rowsRead: file.data.records.length,
      ...s,
      skips,
      problems,
      problemCount: s.problems.length,
      message: message(s, dryRun, tr, campaignsAt.name) + clash,
    };
  };
  return dryRun ? run() : withDocumentLock(run, tr);
}

/** A sheet a user (or an earlier LiftGate) made as the Campaigns sheet: Campaign and Stage headers. */
function isCampaignsSheet(table: Cell[][]): boolean {
  try {
    readCampaigns(table.slice(0, 1));
    return true;
  } catch {
    return false;
  }
}

function message(s: ImportSummary, dryRun: boolean, tr: Translator, campaigns: string): string {
  const parts = [tr.t(dryRun ? 'import.summaryDry' : 'import.summaryDone', { adds: s.adds.length, replaces: s.replaces.length, skips: s.skips.length })];
  if (s.unmappedCampaigns.length) parts.push(tr.t('import.unmappedNote', { count: s.unmappedCampaigns.length, campaigns }));
  if (s.problems.length) parts.push(tr.t('import.problemsNote', { count: s.problems.length }));
  return parts.join(' ');
}

/** Contiguous runs of numbers (columns, rows), so each run is one block write and nothing between is touched. */
function runs(items: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...items].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/**
 * Only the rows and cells the import owns: new headers, the measure and Source cells of the rows
 * it replaces (one block per run of such rows and columns: a row typed by hand between two of
 * them is not rewritten), and the new rows below, in one block, their Stage and Variant cells
 * plain text so a Variant "007" stays "007".
 */
function writeWeekly(w: UndoableWrites, sheet: Sheet, table: Cell[][] | null, plan: WeeklyWrite): void {
  const width = plan.header.length;
  if (plan.newHeaders.length) {
    const first = width - plan.newHeaders.length + 1;
    const need = width - sheet.getMaxColumns();
    if (need > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), need);
    w.setValues(sheet, 1, first, [plan.newHeaders.map(asText)], [plan.newHeaders.map(() => '')]);
    if (!table) sheet.setFrozenRows(1);
  }
  if (plan.replaced.size > 0 && table) {
    const formulas = sheet.getRange(1, 1, table.length, table[0].length).getFormulas();
    const cols = new Set<number>();
    for (const cells of plan.replaced.values()) for (const c of cells.keys()) cols.add(c);
    for (const [r0, r1] of runs([...plan.replaced.keys()])) {
      for (const [c0, c1] of runs([...cols])) {
        const values: unknown[][] = [];
        for (let r = r0; r <= r1; r++) {
          const line: unknown[] = [];
          for (let c = c0; c <= c1; c++) {
            const fresh = plan.replaced.get(r)?.get(c);
            line.push(fresh !== undefined ? asText(fresh) : formulas[r]?.[c] || (table[r]?.[c] ?? ''));
          }
          values.push(line);
        }
        w.setValues(sheet, r0 + 1, c0 + 1, values, blockBefore(table, formulas, r0, c0, r1 - r0 + 1, c1 - c0 + 1));
      }
    }
  }
  if (plan.appended.length > 0) {
    const start = (table ? table.length : 1) + 1;
    const n = plan.appended.length;
    const need = start + n - 1 - sheet.getMaxRows();
    if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
    for (const [c0, c1] of runs(plan.keyColumns)) sheet.getRange(start, c0 + 1, n, c1 - c0 + 1).setNumberFormat('@');
    w.setValues(
      sheet,
      start,
      1,
      plan.appended.map((row) => row.map(asText)),
      blanks(n, width),
    );
  }
}

/** The Campaigns sheet: created with every campaign found, Stage blank; later imports append new ones. Names are plain text ("00123"). */
function listCampaigns(w: UndoableWrites, sheet: Sheet, table: Cell[][] | null, names: readonly string[], tr: Translator): void {
  const rows = names.map((n) => [asText(n), '', ''] as unknown[]);
  const start = table ? table.length + 1 : 2;
  const need = start + rows.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(start, 1, rows.length, 1).setNumberFormat('@');
  if (!table) {
    w.setValues(sheet, 1, 1, [CAMPAIGNS_HEADER_KEYS.map((k) => tr.t(k)), ...rows], blanks(rows.length + 1, 3));
    sheet.setFrozenRows(1);
    return;
  }
  w.setValues(sheet, start, 1, rows, blanks(rows.length, 3));
}
export type { ImportResultJson };
