/**
 * One preview workbook: the built dist/Code.js running in node:vm over the Apps Script
 * imitation, exactly the files that get pushed. Used by the preview server and the CLI.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppsScriptFake, loadCodeJs, type AppsScriptFake, type WorkbookData } from '../apps-script-fake';
import { buildAll } from '../build/build';
import { SERVER_FUNCTIONS } from '../../src/api/serverApi';
import { computeFormulas } from './formulas/computeWorkbook';
import { previewLabels, type PreviewLabels } from './labels';
import { editHistory, newPlan, pasteBlock, shiftRows, typedCell } from './editing';
import { toLocalFormula } from './localSyntax';
import { loadWorkbook, type LoadOptions } from './workbookFiles';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newestMtime(dir: string): number {
  let t = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return t;
}

/** Builds when dist/ is missing or older than the sources. */
export async function ensureBuilt(log: (s: string) => void = () => undefined): Promise<void> {
  const code = join(root, 'dist', 'Code.js');
  const sidebar = join(root, 'dist', 'Sidebar.html');
  const stale = !existsSync(code) || !existsSync(sidebar) || statSync(code).mtimeMs < newestMtime(join(root, 'src'));
  if (stale) log(await buildAll());
}

/** What the page shows: the workbook, with each formula error's message by sheet and "row,col". */
export type WorkbookView = WorkbookData & { errors: Record<string, Record<string, string>>; history: { undo: number; redo: number }; labels: PreviewLabels };

export interface Session {
  fake: AppsScriptFake;
  run(name: string, args: unknown[]): unknown;
  /** A user typed `text` into a cell (0-based row and column): a value typed as CSV cells are, or a formula. */
  edit(sheet: string, row: number, col: number, text: string): void;
  view(): WorkbookView;
  /** A block pasted at (row, col), 0-based: tab-separated (copied from a sheet) or CSV. */
  paste(sheet: string, row: number, col: number, text: string): { rows: number; cols: number };
  /** Inserts `count` rows before `row` (0-based), or deletes -count rows from it. */
  rows(sheet: string, row: number, count: number): void;
  /** Replaces the workbook by empty Stages and Weekly sheets with headers in the document's language. */
  newPlan(): string[];
  undo(): boolean;
  redo(): boolean;
  /** Fires the schedule's time-driven trigger, as Apps Script would at its hour. */
  fireSchedule(): unknown;
  /** The last e-mail a scheduled run sent, or would have sent (mail off, quota spent). */
  lastEmail(): { at: string; to: string[]; subject: string; htmlBody: string; sent: boolean } | null;
}

/** The server functions the sidebar may call; nothing else is reachable from the page. */
const CALLABLE: ReadonlySet<string> = new Set(SERVER_FUNCTIONS.map((f) => f.name));
/** Server functions that never change a cell: no recalculation after them. */
const READ_ONLY = new Set(['getSettings', 'saveSettings', 'showSidebar']);

export async function openSession(workbookPath?: string, options: LoadOptions & { locale?: string } = {}): Promise<Session> {
  const data: WorkbookData = workbookPath ? await loadWorkbook(workbookPath, options) : { sheets: [] };
  if (options.locale) data.locale = options.locale;
  const fake = createAppsScriptFake(data);
  const gs = loadCodeJs(fake);
  // The built-in example is the very one createTemplate() writes.
  if (!workbookPath) gs.createTemplate();

  /**
   * Formulas computed as Sheets would, their results written into the cells' values (so the
   * add-on's getValues() sees them, as in Sheets). Cells an array result spilled into are
   * remembered and cleared before the next calculation.
   */
  let spilled: { sheet: string; row: number; col: number }[] = [];
  let errors: WorkbookView['errors'] = {};
  const recompute = () => {
    // A workbook without formulas (most exports) costs nothing here: no copy of it is made.
    const anyFormula = fake.spreadsheet.sheets.some((s) => s.layers.formulas.some((r) => r?.some((f) => !!f)));
    if (!anyFormula && spilled.length === 0) return;
    for (const p of spilled) fake.spreadsheet.raw(p.sheet)?.set('values', p.row, p.col, '');
    spilled = [];
    errors = {};
    for (const cell of computeFormulas(fake.snapshot())) {
      fake.spreadsheet.raw(cell.sheet)?.set('values', cell.row, cell.col, cell.value);
      if (cell.spilled) spilled.push(cell);
      if (cell.error) (errors[cell.sheet] ??= {})[`${cell.row},${cell.col}`] = cell.error;
    }
  };
  recompute();
  fake.calls.reset();
  const history = editHistory(fake);
  /**
   * A change of the user's (recorded, so it can be undone) or an undo/redo (not recorded). Cells
   * an array formula spilled into are blanked first (rows may move under them); formulas are
   * recomputed after it, also when it fails half-way.
   */
  const change = <T>(f: () => T, record = true): T => {
    for (const p of spilled) fake.spreadsheet.raw(p.sheet)?.set('values', p.row, p.col, '');
    spilled = [];
    if (record) history.record();
    try {
      return f();
    } finally {
      recompute();
    }
  };
  let email: ReturnType<Session['lastEmail']> = null;
  return {
    fake,
    paste: (sheet, row, col, text) => change(() => pasteBlock(fake, sheet, row, col, text)),
    rows: (sheet, row, count) => change(() => shiftRows(fake, sheet, row, count)),
    newPlan: () => change(() => newPlan(fake, gs.getSettings() as Record<string, unknown>)),
    undo: () => change(() => history.undo(), false),
    redo: () => change(() => history.redo(), false),
    run(name, args) {
      if (!CALLABLE.has(name)) throw new Error(`No server function "${name}"`);
      if (!READ_ONLY.has(name)) history.record();
      try {
        return gs[name](...args);
      } finally {
        if (!READ_ONLY.has(name)) recompute();
      }
    },
    edit(sheetName, row, col, text) {
      const sheet = fake.spreadsheet.raw(sheetName);
      if (!sheet) throw new Error(`No sheet "${sheetName}"`);
      if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= sheet.maxRows || col >= sheet.maxCols)
        throw new Error(`No cell at row ${row + 1}, column ${col + 1}`);
      history.record();
      const { formula, value } = typedCell(text, fake.spreadsheet.locale);
      sheet.set('formulas', row, col, formula);
      sheet.set('values', row, col, value);
      spilled = spilled.filter((p) => !(p.sheet === sheetName && p.row === row && p.col === col));
      try {
        // Sheets runs the simple trigger onEdit after every edit a user makes: the Dashboard's stage
        // picker (B3) redraws its charts through it. Should it fail, the edit stays and the page shows why.
        const app = fake.globals.SpreadsheetApp as {
          getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(r: number, c: number): unknown } | null };
        };
        const range = app
          .getActiveSpreadsheet()
          .getSheetByName(sheetName)
          ?.getRange(row + 1, col + 1);
        if (range) gs.onEdit({ range, authMode: 'LIMITED' });
      } finally {
        recompute();
      }
    },
    view() {
      // Formulas as the locale's users read them (`;` and `1,5` in nb_NO); stored in English syntax.
      const book = fake.snapshot();
      const locale = fake.spreadsheet.locale;
      for (const s of book.sheets) s.formulas = s.formulas?.map((r) => r.map((f) => (f ? toLocalFormula(f, locale) : f)));
      // The page's own words follow the document's language, as the sidebar's do.
      const labels = previewLabels((gs.getSettings() as { language?: unknown }).language);
      return { ...book, locale, errors, history: history.sizes(), labels };
    },
    fireSchedule() {
      if (!fake.scriptApp.triggers.some((t) => t.user === fake.scriptApp.user))
        throw new Error('No schedule yet: set one in the sidebar (Schedule), then fire it here.');
      try {
        const r = fake.scriptApp.fire(gs) as { email: { to: string[]; subject: string; htmlBody: string } | null; lastRun: { emailed: boolean } | null };
        if (r?.email) email = { ...r.email, at: new Date().toISOString(), sent: Boolean(r.lastRun?.emailed) };
        return r;
      } finally {
        recompute();
      }
    },
    lastEmail: () => email,
  };
}
