/**
 * Whole-block sheet reads and writes. Every service call costs real users tens of
 * milliseconds, so the number of calls never depends on the number of rows.
 */
import { CodedError } from '../api/serverError';
import { ENGLISH, type Translator } from '../i18n';
import { catalogue } from '../i18n/catalogues';
import { LANGUAGES } from '../i18n/languages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/** The kinds of sheet LiftGate names by default, in every language. */
export type SheetKind = 'stages' | 'weekly' | 'log' | 'geo';

/** The sheet's default name in a language: `Stages`, `Etapper`, `Этапы`, `阶段`. */
export function defaultSheetName(kind: SheetKind, language: (typeof LANGUAGES)[number]): string {
  return catalogue(language)[`sheet.${kind}`];
}

/** Is this one of the default names of that sheet, in any language (in any case)? */
export function isDefaultSheetName(kind: SheetKind, name: string): boolean {
  const lower = name.trim().toLowerCase();
  return LANGUAGES.some((l) => defaultSheetName(kind, l).toLowerCase() === lower);
}

/**
 * The sheet of that name, in any case: a user who typed `stages` means Stages (Sheets itself
 * refuses two sheets whose names differ only in case). When the name is one of LiftGate's
 * default names, the same sheet under its default name in another language counts too (a
 * template made in English keeps working after the document switches to Norwegian). The exact
 * name costs one call; only a miss looks through the sheet list.
 */
export function findSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, kind?: SheetKind): Sheet | null {
  const exact = ss.getSheetByName(name);
  if (exact) return exact;
  const wanted = new Set([name.trim().toLowerCase()]);
  if (kind && isDefaultSheetName(kind, name)) for (const l of LANGUAGES) wanted.add(defaultSheetName(kind, l).toLowerCase());
  const sheets = ss.getSheets();
  // The name as given first, then the other languages' names in their order.
  for (const w of wanted) {
    const found = sheets.find((s) => s.getName().trim().toLowerCase() === w);
    if (found) return found;
  }
  return null;
}

export function requireSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, kind?: SheetKind, tr: Translator = ENGLISH): Sheet {
  const sheet = findSheet(ss, name, kind);
  if (!sheet) throw new CodedError('error.noSheet', { sheet: name }, tr.t('error.noSheet', { sheet: name }));
  return sheet;
}

/** The sheet's used block in one call: header row first. */
export function readTable(sheet: Sheet): Cell[][] {
  return readBlock(sheet).values;
}

/** readTable with the block's Range, for what else is read from the same block (its merges) without asking for it again. */
export function readBlock(sheet: Sheet): { range: GoogleAppsScript.Spreadsheet.Range; values: Cell[][] } {
  const range = sheet.getDataRange();
  return { range, values: range.getValues() as Cell[][] };
}
