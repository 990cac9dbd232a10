/**
 * The Experiments sheet (docs/contract.md §2.8) in the adapter: found once, read in one block before the
 * evaluation (calibration and cooldown read it), planned with the Stages and log writes, and
 * written in one block after them. exportExperiments reads it for Robyn, Meridian or CSV.
 *
 * Owned sheet (docs/contract.md §3; src/appsscript/ownedSheets.ts): the sheet carries LiftGate's mark for
 * the role `experiments`; an unmarked sheet of the name is adopted when it is empty or its header
 * is the ledger's (in any of the four languages), and any other sheet of that name is the user's:
 * the ledger goes to "Experiments (LiftGate)" instead, with a warning.
 */
import { isLedgerHeader, ledgerHeader, LEDGER_WIDTH, TEXT_COLUMNS, col } from '../core/experiments/columns';
import { EXPORT_FILE_NAMES, EXPORT_FORMATS, meridianCsv, robynCsv, tableCsv, type ExportFormat } from '../core/experiments/exports';
import { readLedger } from '../core/experiments/readLedger';
import type { LedgerEntry } from '../core/model/experiment';
import { planLedger, type LedgerPlan } from '../core/experiments/upsert';
import type { PlanResult } from '../core/plan/types';
import type { Translator } from '../i18n';
import { render } from '../i18n/render';
import type { ExportResult } from '../api/serverApi';
import { asText } from './escape';
import { translatorFor } from './language';
import { withDocumentLock } from './lock';
import { findNamedOwnedSheet, openOwnedSheet, type OwnedSheet } from './ownedSheets';
import { getSettings } from './settings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Cell = string | number | boolean | Date;

export interface LedgerSheet {
  /** Where the ledger is, or will be created (and marked) on the first write. */
  readonly owned: OwnedSheet;
  readonly table: Cell[][];
  readonly entries: LedgerEntry[];
  /** Set when a user's sheet has the name: the ledger lives under another. */
  readonly warning: string | null;
}

const isEmpty = (t: Cell[][]) => t.length === 0 || (t.length === 1 && t[0].every((v) => v === ''));

/**
 * The ledger sheet and its values, one getValues: the sheet under the document language's name
 * (or, when only that one exists, another language's: a ledger begun in English stays the ledger).
 */
export function readLedgerSheet(ss: Spreadsheet, tr: Translator, timeZone: string = ss.getSpreadsheetTimeZone()): LedgerSheet {
  // By the Sheet itself: findNamedOwnedSheet hands back the very object it asked `adopt` about.
  const tables = new Map<Sheet, Cell[][]>();
  const valuesOf = (sheet: Sheet) => {
    let t = tables.get(sheet);
    if (!t) tables.set(sheet, (t = sheet.getDataRange().getValues() as Cell[][]));
    return t;
  };
  const adopt = (sheet: Sheet) => isLedgerHeader(valuesOf(sheet)[0] ?? []);
  const owned = findNamedOwnedSheet(ss, 'experiments', tr, adopt);
  const read = owned.sheet ? valuesOf(owned.sheet) : [];
  const table = isEmpty(read) ? [] : read;
  const warning = owned.clash ? tr.t('owned.clash', { sheet: owned.clash, free: owned.name }) : null;
  return { owned, table, entries: readLedger(table, timeZone), warning };
}

export interface ExperimentsWrite {
  readonly target: LedgerSheet;
  readonly plan: LedgerPlan;
}

/** The rows to upsert for the stages whose experiment this evaluation measured; text cells escaped. */
export function planExperiments(target: LedgerSheet, result: PlanResult, now: Date, tr: Translator): ExperimentsWrite {
  const writes = result.stages.flatMap((s) => (s.experiment ? [{ experiment: s.experiment, decisionWord: tr.decision(s.decision) }] : []));
  const plan = planLedger(
    target.table,
    writes,
    ledgerHeader().map((m) => render(m, tr)),
    now,
  );
  const text = new Set(TEXT_COLUMNS.map(col));
  const rows = plan.rows.map((r, i) => (plan.writeHeader && i === 0 ? r : r.map((v, c) => (text.has(c) ? (asText(v) as Cell) : v))));
  return { target, plan: { ...plan, rows } };
}

/** One setValues for the changed span; the sheet is created and grown first when it must be. */
export function writeExperiments(ss: Spreadsheet, w: ExperimentsWrite): void {
  const { plan } = w;
  if (plan.rows.length === 0) return;
  const sheet = openOwnedSheet(ss, 'experiments', w.target.owned);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < LEDGER_WIDTH) sheet.insertColumnsAfter(maxColumns, LEDGER_WIDTH - maxColumns);
  const lastRow = plan.firstRow + plan.rows.length - 1;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  // Text columns stay text: a stage named "1e5" and the ISO test dates are not numbers to Sheets.
  const body = plan.writeHeader ? plan.rows.length - 1 : plan.rows.length;
  if (body > 0) for (const [first, count] of textBlocks()) sheet.getRange(lastRow - body + 1, first + 1, body, count).setNumberFormat('@');
  sheet.getRange(plan.firstRow, 1, plan.rows.length, LEDGER_WIDTH).setValues(plan.rows);
  if (plan.writeHeader) sheet.setFrozenRows(1);
}

/** The text columns as runs of adjacent columns [first, count]: one format call per run. */
function textBlocks(): [number, number][] {
  const cols = TEXT_COLUMNS.map(col).sort((x, y) => x - y);
  const runs: [number, number][] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

/** exportExperiments(format) (docs/contract.md §4): the ledger as Robyn's calibration_input, Meridian ROI priors or plain CSV. */
export function exportExperiments(format: unknown): ExportResult {
  const settings = getSettings();
  const tr = translatorFor(settings.language, settings.locale);
  const f = String(format ?? '')
    .trim()
    .toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(f)) throw new Error(tr.t('experiments.error.format', { value: String(format) }));
  return withDocumentLock(() => {
    const ledger = readLedgerSheet(SpreadsheetApp.getActiveSpreadsheet(), tr);
    const csv = f === 'robyn' ? robynCsv(ledger.entries) : f === 'meridian' ? meridianCsv(ledger.entries) : tableCsv(ledger.table);
    return { fileName: EXPORT_FILE_NAMES[f], csv, rows: Math.max(0, csv.trim().split('\n').length - 1) };
  }, tr);
}
