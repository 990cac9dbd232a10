/**
 * The Experiments sheet's columns (docs/contract.md §2.8), in this order, from column A. The ledger's
 * block is these columns; anything a user writes to their right is theirs and never touched.
 * `ROAS` comes last (after the contract's fourteen): a later stage borrows iROAS ÷ ROAS of an
 * experiment, and an analyst reading the ledger wants to see both.
 */
import type { MessageKey } from '../../i18n';
import { catalogue } from '../../i18n/catalogues';
import { say, type CoreMessage } from '../../i18n/render';
import { LANGUAGES } from '../../i18n/languages';
import { normalizeHeader } from '../plan/headers';

export const LEDGER_COLUMNS = [
  'stage',
  'channel',
  'method',
  'testStart',
  'testEnd',
  'spend',
  'incremental',
  'iroas',
  'lower',
  'upper',
  'confidence',
  'markets',
  'decision',
  'evaluated',
  'roas',
] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];
export const LEDGER_WIDTH = LEDGER_COLUMNS.length;
export const col = (c: LedgerColumn): number => LEDGER_COLUMNS.indexOf(c);

/** Columns whose cells are text, written as plain text (a stage named "1e5" stays that text). */
export const TEXT_COLUMNS: readonly LedgerColumn[] = ['stage', 'channel', 'method', 'testStart', 'testEnd', 'markets', 'decision'];

/** Words shared with other sheets come from their keys, so the ledger says `Test markets` as Stages does. */
const SHARED: Partial<Record<LedgerColumn, MessageKey>> = {
  iroas: 'metric.iroas',
  roas: 'metric.roas',
  testStart: 'header.testStart',
  testEnd: 'header.testEnd',
  markets: 'header.testMarkets',
};
const headerKey = (c: LedgerColumn) => SHARED[c] ?? (`experiments.header.${c}` as MessageKey);

/** The header row, as messages: the adapter writes it in the document's language. */
export function ledgerHeader(): CoreMessage[] {
  return LEDGER_COLUMNS.map((c) => say(headerKey(c)));
}

let names: ReadonlySet<string>[] | undefined;
/** Each column's header in every language, normalised: a ledger begun in English stays the ledger in Norwegian. */
function headerNames(): ReadonlySet<string>[] {
  names ??= LEDGER_COLUMNS.map((c) => new Set(LANGUAGES.map((l) => normalizeHeader(catalogue(l)[headerKey(c)]))));
  return names;
}

/** Whether a header row is the ledger's (in any language): LiftGate's columns, in its order. */
export function isLedgerHeader(row: readonly unknown[]): boolean {
  const known = headerNames();
  return known.every((set, i) => set.has(normalizeHeader(row[i])));
}
