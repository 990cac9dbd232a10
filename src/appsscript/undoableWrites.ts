/**
 * All or nothing where Apps Script cannot be atomic. One setValues is all or nothing in Sheets,
 * but a write of several blocks is not: a quota error or a timeout on the third block leaves
 * the first two written. So every block is planned first; each write is recorded with what it
 * overwrote, and when a later one fails the earlier ones are put back (values, and formulas
 * where the cells had them) in reverse order, sheets LiftGate created are removed, and the
 * error says that nothing was kept — or, if putting back failed too, which sheet to check.
 */
import { ENGLISH, type Translator } from '../i18n';
import { errorText } from './errorText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class UndoableWrites {
  private readonly undo: { sheet: string; run: () => void }[] = [];

  /** Writes `values` at (row, col) of `sheet`; `before` is what the cells hold now (same shape). */
  setValues(sheet: Sheet, row: number, col: number, values: unknown[][], before: unknown[][]): void {
    if (values.length === 0 || values[0].length === 0) return;
    const range = sheet.getRange(row, col, values.length, values[0].length);
    range.setValues(values);
    this.undo.push({ sheet: sheet.getName(), run: () => range.setValues(before) });
  }

  /** A sheet created by this write: removed again on failure. */
  createdSheet(ss: Spreadsheet, sheet: Sheet): void {
    const name = sheet.getName();
    this.undo.push({ sheet: name, run: () => ss.deleteSheet(sheet) });
  }

  /** Runs `writes`; on failure puts everything back and throws one clear message. */
  static run<T>(writes: (w: UndoableWrites) => T, tr: Translator = ENGLISH): T {
    const w = new UndoableWrites();
    try {
      return writes(w);
    } catch (e) {
      const stuck: string[] = [];
      for (let i = w.undo.length - 1; i >= 0; i--) {
        try {
          w.undo[i].run();
        } catch {
          if (!stuck.includes(w.undo[i].sheet)) stuck.push(w.undo[i].sheet);
        }
      }
      if (stuck.length)
        throw new Error(tr.t('error.writeNotUndone', { error: errorText(e), sheets: tr.list(stuck.map((s) => tr.t('text.quoted', { text: s }))) }));
      throw new Error(tr.t('error.writeUndone', { error: errorText(e) }));
    }
  }
}

/** The cells of a table block as they are, formulas kept as formulas: what an undo writes back. */
export function blockBefore(
  table: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[] | null,
  row0: number,
  col0: number,
  rows: number,
  cols: number,
): unknown[][] {
  const out: unknown[][] = [];
  for (let r = row0; r < row0 + rows; r++) {
    const line: unknown[] = [];
    for (let c = col0; c < col0 + cols; c++) line.push(formulas?.[r]?.[c] || (table[r]?.[c] ?? ''));
    out.push(line);
  }
  return out;
}

export const blanks = (rows: number, cols: number): string[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
