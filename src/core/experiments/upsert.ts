/**
 * The upsert of the ledger by stage (docs/contract.md §2.8): a stage's row is rewritten, and its
 * `Evaluated` changed, only when its numbers change; a new stage is appended; rows of other
 * stages, rows that are not the ledger's and every column right of the block stay as they are.
 * Planned as values first; the adapter writes the planned span in one block.
 */
import type { Table, TableCell } from '../plan/types';
import { col, LEDGER_COLUMNS, LEDGER_WIDTH, type LedgerColumn } from './columns';
import { stageKey } from './readLedger';
import type { Experiment } from '../model/experiment';

/** What an evaluation has to say about one stage's experiment. */
export interface LedgerWrite {
  readonly experiment: Experiment;
  /** The decision as the sheet shows it (the document's word for it). */
  readonly decisionWord: string;
}

export interface LedgerPlan {
  /** The header row goes to row 1 (a new or empty sheet). */
  readonly writeHeader: boolean;
  /** 1-based sheet row of `rows[0]`. */
  readonly firstRow: number;
  /** The span to write, LEDGER_WIDTH cells each; unchanged rows inside it carry their own values. */
  readonly rows: TableCell[][];
  readonly updated: readonly string[];
  readonly added: readonly string[];
}

const NUMBERS: ReadonlySet<LedgerColumn> = new Set(['spend', 'incremental', 'iroas', 'lower', 'upper', 'confidence', 'roas']);
/** Sheets keeps doubles exactly; the tolerance only forgives a number a user retyped to the digits shown. */
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function ledgerCells(w: LedgerWrite, evaluated: Date): TableCell[] {
  const e = w.experiment;
  const cells: Record<LedgerColumn, TableCell> = {
    stage: e.stage,
    channel: e.channel,
    method: e.method,
    testStart: e.testStart,
    testEnd: e.testEnd,
    spend: e.spend,
    incremental: e.incremental,
    iroas: e.iroas,
    lower: e.lower,
    upper: e.upper,
    confidence: e.confidence,
    markets: e.markets.join(', '),
    decision: w.decisionWord,
    evaluated,
    roas: e.roas ?? '',
  };
  return LEDGER_COLUMNS.map((c) => cells[c]);
}

function text(v: TableCell | undefined): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v ?? '')
    .replace(/^'/, '')
    .trim();
}

/** Whether a row already holds these values (everything but `Evaluated`). */
function unchanged(before: readonly TableCell[], after: readonly TableCell[]): boolean {
  return LEDGER_COLUMNS.every((c, i) => {
    if (c === 'evaluated') return true;
    const a = before[i];
    const b = after[i];
    if (NUMBERS.has(c)) {
      if (b === '' || b === null) return a === '' || a === null || a === undefined;
      const n = typeof a === 'number' ? a : Number(text(a));
      return typeof b === 'number' && Number.isFinite(n) && sameNumber(n, b);
    }
    if (c === 'decision') return text(a).toUpperCase() === text(b).toUpperCase();
    return text(a) === text(b);
  });
}

/**
 * @param existing the sheet's values as read (header row first), [] for a new sheet; only the
 *   first LEDGER_WIDTH columns are looked at
 * @param header the header row to write on a new or empty sheet
 */
export function planLedger(existing: Table, writes: readonly LedgerWrite[], header: readonly string[], now: Date): LedgerPlan {
  const empty = existing.length === 0 || (existing.length === 1 && existing[0].every((v) => v === '' || v === null));
  const rows: TableCell[][] = empty ? [] : existing.map((r) => Array.from({ length: LEDGER_WIDTH }, (_, i) => r[i] ?? ''));
  const at = new Map<string, number>();
  for (let r = 1; r < rows.length; r++) {
    const k = stageKey(rows[r][col('stage')]);
    if (k && !at.has(k)) at.set(k, r);
  }
  const changed = new Set<number>();
  const updated: string[] = [];
  const added: string[] = [];
  const body = rows.length === 0 ? [[...header] as TableCell[]] : rows;
  for (const w of writes) {
    const cells = ledgerCells(w, now);
    const r = at.get(stageKey(w.experiment.stage));
    if (r === undefined) {
      at.set(stageKey(w.experiment.stage), body.length);
      changed.add(body.length);
      body.push(cells);
      added.push(w.experiment.stage);
    } else if (!unchanged(body[r], cells)) {
      body[r] = cells;
      changed.add(r);
      updated.push(w.experiment.stage);
    }
  }
  const writeHeader = empty;
  if (writeHeader) changed.add(0);
  if (changed.size === 0) return { writeHeader, firstRow: 1, rows: [], updated, added };
  const first = Math.min(...changed);
  const last = Math.max(...changed);
  return { writeHeader, firstRow: first + 1, rows: body.slice(first, last + 1), updated, added };
}
