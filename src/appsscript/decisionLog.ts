/**
 * The Decision log (docs/contract.md §3): a row for each stage whose decision or next budget differs
 * from its last logged row, so the log records decisions, not clicks. Existing rows are never
 * changed. Planned (read, checked, rows computed) before anything is written, then appended
 * in one block.
 */
import { normalizeHeader } from '../core/plan/headers';
import type { PlanResult } from '../core/plan/types';
import type { MessageKey, Translator } from '../i18n';
import { catalogue } from '../i18n/catalogues';
import { decisionFromWord } from '../i18n/decisionWords';
import { LANGUAGES } from '../i18n/languages';
import { stageFigures } from '../core/workbook/figures';
import { checkCellText } from './cellLimits';
import { asText } from './escape';
import { findOwnedSheet, openOwnedSheet, type OwnedSheet } from './ownedSheets';
import { findSheet } from './sheetIO';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Cell = string | number | boolean | Date;

export const LOG_HEADER_KEYS: readonly MessageKey[] = [
  'header.when',
  'header.stage',
  'header.decision',
  'header.reason',
  'header.spend',
  'header.revenue',
  'metric.roas',
  'metric.cpa',
  'metric.iroas',
  'header.nextBudget',
];
const WIDTH = LOG_HEADER_KEYS.length;

/** Each log column's header in every language, normalised: a log started in English stays the log in Norwegian. */
let names: ReadonlySet<string>[] | undefined;
function headerNames(): ReadonlySet<string>[] {
  names ??= LOG_HEADER_KEYS.map((k) => new Set(LANGUAGES.map((l) => normalizeHeader(catalogue(l)[k]))));
  return names;
}
/** Stage, Decision and Reason: plain-text cells, so a stage named "1e5" or "TRUE" stays that text. */
const TEXT_COLUMNS = { first: 2, count: 3 };

export interface LogPlan {
  readonly name: string;
  /** null: the sheet is to be created. */
  readonly sheet: Sheet | null;
  /** Where the log is (or will be): a sheet of the set name that is not a log is left alone. */
  readonly owned: OwnedSheet;
  readonly writeHeader: boolean;
  readonly rows: Cell[][];
  /** Sheet row where the rows go. */
  readonly at: number;
}

const num = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '' : v);
const key = (v: unknown) =>
  String(v ?? '')
    .replace(/^'/, '')
    .trim()
    .toLowerCase();

/** Reads the log (one getValues), checks it is a LiftGate log, and computes the rows to append. */
/** LiftGate's log: row 1 starts with When, and no header among the first ten says otherwise. */
function isLog(values: readonly (readonly Cell[])[]): boolean {
  const header = (values[0] ?? []).slice(0, WIDTH).map(normalizeHeader);
  const known = headerNames();
  return known[0].has(header[0]) && !header.some((h, i) => h !== '' && !known[i].has(h));
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function planLog(ss: Spreadsheet, name: string, result: PlanResult, now: Date, tr: Translator): LogPlan {
  // The set name in any language (a log started in English stays the log in Norwegian).
  const named = findSheet(ss, name, 'log');
  // By the Sheet itself: findOwnedSheet hands back the very object it asked `adopt` about.
  const read = new Map<Sheet, Cell[][]>();
  const adopt = (sheet: Sheet) => {
    const values = sheet.getDataRange().getValues() as Cell[][];
    read.set(sheet, values);
    return isLog(values);
  };
  const owned = findOwnedSheet(ss, 'log', named ? named.getName() : name, adopt, tr);
  const sheet = owned.sheet;
  let existing: Cell[][] = sheet ? (read.get(sheet) ?? (sheet.getDataRange().getValues() as Cell[][])) : [];
  let writeHeader = true;
  const empty = existing.length === 0 || (existing.length === 1 && existing[0].every((v) => v === ''));
  if (empty) existing = [];
  else if (!isLog(existing)) throw new Error(tr.t('error.notALog', { sheet: owned.name, headers: LOG_HEADER_KEYS.map((k) => tr.t(k)).join(', ') }));
  else writeHeader = false;
  // The last logged decision and next budget of each stage: the latest by When, so a log the
  // user sorted newest-first still compares with the stage's latest row.
  const last = new Map<string, { decision: string | null; next: unknown; at: number }>();
  for (let r = 1; r < existing.length; r++) {
    const when = existing[r][0];
    const at = isDate(when) ? when.getTime() : NaN;
    const k = key(existing[r][1]);
    const before = last.get(k);
    const later = !before || (Number.isNaN(before.at) && Number.isNaN(at)) || (!Number.isNaN(at) && (Number.isNaN(before.at) || at >= before.at));
    if (later) last.set(k, { decision: decisionFromWord(existing[r][2]), next: existing[r][9], at });
  }
  const rows: Cell[][] = [];
  for (const s of result.stages) {
    const before = last.get(key(s.stage));
    if (before && before.decision === s.decision && before.next === s.nextBudget) continue;
    checkCellText(s.reason, 'text.logReason', s.stage, tr);
    // The figures of the one result: iROAS blank without a measure of incrementality (docs/contract.md §3).
    const f = stageFigures(s);
    rows.push([
      now,
      asText(s.stage) as string,
      tr.decision(s.decision),
      asText(s.reason) as string,
      num(f.spend),
      num(f.revenue),
      num(f.roas),
      num(f.cpa),
      num(f.iroas),
      f.nextBudget,
    ]);
  }
  const used = writeHeader ? 0 : existing.length;
  const at = used + (writeHeader ? 2 : 1);
  return { name: owned.name, sheet, owned, writeHeader, rows, at };
}

/** Appends the planned rows: the sheet and its header first if needed, text columns as plain text. */
export function writeLog(ss: Spreadsheet, plan: LogPlan, tr: Translator): void {
  if (plan.rows.length === 0 && !plan.writeHeader) return;
  const sheet = openOwnedSheet(ss, 'log', plan.owned);
  // A narrow or full sheet grows first: a write outside its grid would fail.
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < WIDTH) sheet.insertColumnsAfter(maxColumns, WIDTH - maxColumns);
  const maxRows = sheet.getMaxRows();
  const lastRow = plan.at + plan.rows.length - 1;
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  if (plan.writeHeader) {
    sheet.getRange(1, 1, 1, WIDTH).setValues([LOG_HEADER_KEYS.map((k) => tr.t(k))]);
    sheet.setFrozenRows(1);
  }
  if (plan.rows.length === 0) return;
  sheet.getRange(plan.at, TEXT_COLUMNS.first, plan.rows.length, TEXT_COLUMNS.count).setNumberFormat('@');
  sheet.getRange(plan.at, 1, plan.rows.length, WIDTH).setValues(plan.rows);
}
