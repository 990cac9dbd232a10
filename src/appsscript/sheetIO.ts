/**
 * Whole-block sheet reads and writes. Every service call costs real users tens of
 * milliseconds, so the number of calls never depends on the number of rows.
 */
import { normalizeHeader } from '../core/plan/headers';
import { PHRASES } from '../core/plan/phrases';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/**
 * The sheet of that name, in any case: a user who typed `stages` means Stages (Sheets itself
 * refuses two sheets whose names differ only in case). The exact name costs one call; only a
 * miss looks through the sheet list.
 */
export function findSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet | null {
  const exact = ss.getSheetByName(name);
  if (exact) return exact;
  const lower = name.trim().toLowerCase();
  return ss.getSheets().find((s) => s.getName().trim().toLowerCase() === lower) ?? null;
}

export function requireSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  const sheet = findSheet(ss, name);
  if (!sheet) throw new Error(PHRASES.missingSheet(name));
  return sheet;
}

/** The sheet's used block in one call: header row first. */
export function readTable(sheet: Sheet): Cell[][] {
  return sheet.getDataRange().getValues() as Cell[][];
}

/**
 * Finds the columns named `headers` in row 1 (header matching ignores case and punctuation)
 * and creates the missing ones after the last used column, in one write. Returns 1-based
 * column numbers in the order of `headers`.
 */
export function ensureColumns(sheet: Sheet, headerRow: readonly Cell[], headers: readonly string[]): number[] {
  const normalized = headerRow.map((h) => normalizeHeader(h));
  const cols = headers.map((h) => normalized.indexOf(normalizeHeader(h)) + 1);
  const missing = headers.filter((_, i) => cols[i] === 0);
  if (missing.length > 0) {
    const first = headerRow.length + 1;
    const need = first + missing.length - 1 - sheet.getMaxColumns();
    if (need > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), need);
    sheet.getRange(1, first, 1, missing.length).setValues([missing]);
    let next = first;
    headers.forEach((_, i) => {
      if (cols[i] === 0) cols[i] = next++;
    });
  }
  return cols;
}

/** Appends rows after the last used row, growing the sheet first when it is full. */
export function appendRows(sheet: Sheet, rows: Cell[][]): void {
  if (rows.length === 0) return;
  const last = sheet.getLastRow();
  const need = last + rows.length - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(last + 1, 1, rows.length, rows[0].length).setValues(rows);
}
