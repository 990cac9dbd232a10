/**
 * Building one's own plan in the preview (#26): an empty plan to start from, a block pasted from
 * a sheet (tab-separated, as Sheets and Excel copy it) or a CSV, rows inserted and deleted, and
 * undo/redo of every change, the add-on's writes included. Works on the session's in-memory
 * spreadsheet; the session recomputes formulas after each change.
 */
import Papa from 'papaparse';
import type { AppsScriptFake, Cell, SheetData } from '../apps-script-fake';
import { FakeSheet } from '../apps-script-fake/spreadsheet';
import { exampleInWords } from '../../src/words/example';
import { translator } from '../../src/i18n';
import { asLanguage } from '../../src/i18n/languages';
import { shiftedFormulas } from './formulas/shiftReferences';
import { localNumber, toEnglishFormula } from './localSyntax';
import { typeCsvCell } from './workbookFiles';

/** A typed text as the cell gets it: a formula (stored in English syntax), or a value read in the locale's way. */
export function typedCell(text: string, locale: string | undefined): { formula: string; value: Cell } {
  if (text.startsWith('=') && text.length > 1) return { formula: toEnglishFormula(text, locale), value: '' };
  return { formula: '', value: localNumber(text, locale) ?? typeCsvCell(text) };
}

/** Pasted text as rows of cells: tab-separated when it has a tab (a copied block), else CSV (or one column). */
export function pastedRows(text: string): string[][] {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (body === '') return [];
  const delimiter = body.includes('\t') ? '\t' : body.includes(';') && !body.includes(',') ? ';' : ',';
  return Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false }).data;
}

function sheetOf(fake: AppsScriptFake, name: string): FakeSheet {
  const sheet = fake.spreadsheet.raw(name);
  if (!sheet) throw new Error(`No sheet "${name}"`);
  return sheet;
}

/** Writes a pasted block with its top-left cell at (row, col), 0-based; returns its size. */
export function pasteBlock(fake: AppsScriptFake, name: string, row: number, col: number, text: string): { rows: number; cols: number } {
  const sheet = sheetOf(fake, name);
  const rows = pastedRows(text);
  const cols = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (row + rows.length > sheet.maxRows) sheet.maxRows = row + rows.length;
  if (col + cols > sheet.maxCols) sheet.maxCols = col + cols;
  rows.forEach((cells, r) =>
    cells.forEach((t, c) => {
      const { formula, value } = typedCell(t, fake.spreadsheet.locale);
      sheet.set('formulas', row + r, col + c, formula);
      sheet.set('values', row + r, col + c, value);
    }),
  );
  return { rows: rows.length, cols };
}

const LAYERS = ['values', 'formulas', 'backgrounds', 'fontColors', 'notes', 'numberFormats', 'validations'] as const;

/**
 * Inserts `count` empty rows before 0-based `row`, or deletes `count` rows from it (count < 0).
 * References in every sheet's formulas move as Sheets moves them (./formulas/shiftReferences.ts);
 * undo restores the formulas with the rest of the snapshot.
 */
export function shiftRows(fake: AppsScriptFake, name: string, row: number, count: number): void {
  const sheet = sheetOf(fake, name);
  if (!Number.isInteger(row) || row < 0 || !Number.isInteger(count) || count === 0)
    throw new Error(`No rows to ${count < 0 ? 'delete' : 'insert'} at row ${row + 1}`);
  const formulas = shiftedFormulas(
    fake.spreadsheet.sheets.map((s) => ({
      name: s.name,
      formulas: Array.from({ length: s.layers.formulas.length }, (_, r) => [...(s.layers.formulas[r] ?? [])].map((f) => String(f ?? ''))),
    })),
    name,
    row,
    count,
  );
  for (const layer of LAYERS) {
    const rows = sheet.layers[layer];
    if (count > 0) {
      if (row < rows.length) rows.splice(row, 0, ...Array.from({ length: count }, () => []));
    } else rows.splice(row, -count);
  }
  sheet.maxRows = Math.max(1000, sheet.maxRows + count);
  for (const [sheetName, rows] of formulas) {
    const s = sheetOf(fake, sheetName);
    rows.forEach((cells, r) => cells.forEach((f, c) => s.set('formulas', r, c, f)));
  }
}

/** An empty plan: only the Stages and Weekly sheets, their headers in the document's language. */
export function newPlan(fake: AppsScriptFake, settings: { language?: unknown; stagesSheet?: unknown; weeklySheet?: unknown }): string[] {
  const tr = translator(asLanguage(settings.language) ?? 'en');
  const { stages, weekly } = exampleInWords(tr);
  const names = [String(settings.stagesSheet || tr.t('sheet.stages')), String(settings.weeklySheet || tr.t('sheet.weekly'))];
  const sheets: SheetData[] = [
    { name: names[0], values: [stages[0] as Cell[]], frozenRows: 1 },
    { name: names[1], values: [weekly[0] as Cell[]], frozenRows: 1 },
  ];
  replaceSheets(fake, sheets);
  return names;
}

function replaceSheets(fake: AppsScriptFake, sheets: readonly SheetData[]): void {
  const book = fake.spreadsheet;
  book.sheets.splice(0, book.sheets.length, ...sheets.map((d) => Object.assign(new FakeSheet(d.name, fake.calls, d), { book })));
}

/** Undo and redo over whole-workbook snapshots (a preview workbook is small; at most `depth` kept). */
export function editHistory(fake: AppsScriptFake, depth = 50) {
  const undo: SheetData[][] = [];
  const redo: SheetData[][] = [];
  const now = () => fake.snapshot().sheets;
  return {
    /** Call before a change. */
    record() {
      undo.push(now());
      if (undo.length > depth) undo.shift();
      redo.length = 0;
    },
    undo(): boolean {
      const before = undo.pop();
      if (!before) return false;
      redo.push(now());
      replaceSheets(fake, before);
      return true;
    },
    redo(): boolean {
      const after = redo.pop();
      if (!after) return false;
      undo.push(now());
      replaceSheets(fake, after);
      return true;
    },
    sizes: () => ({ undo: undo.length, redo: redo.length }),
  };
}
