/**
 * The Experiments sheet → its entries. Read forgivingly (a cell a user edited by hand is taken
 * as far as it can be read); a row that cannot give an experiment is skipped, not an error,
 * since the ledger only informs later stages and exports.
 */
import { decisionFromWord } from '../../i18n/decisionWords';
import { readDate, readText } from '../plan/cells';
import { parseNumber } from '../numbers/parseNumber';
import type { Table, TableCell } from '../plan/types';
import { col, isLedgerHeader } from './columns';
import { isoDay } from './days';
import type { ExperimentMethod, LedgerEntry } from '../model/experiment';

/** The stage names of a ledger compare as the Decision log's do: case, spaces and a text apostrophe ignored. */
export const stageKey = (v: unknown): string =>
  String(v ?? '')
    .replace(/^'/, '')
    .trim()
    .toLowerCase();

function number(v: TableCell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string' || v.trim() === '') return null;
  const n = parseNumber(v);
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function day(v: TableCell, timeZone?: string): string | null {
  try {
    const d = readDate({ sheet: 'Experiments', timeZone }, '', v, 0, 0);
    return d ? isoDay(d) : null;
  } catch {
    return null;
  }
}

/** The methods the ledger knows, as the sheet spells them (docs/contract.md §2.8). */
const METHODS: readonly ExperimentMethod[] = ['Control group', 'TBR', 'Trimmed Match', 'GEO_LIFT'];

function method(v: TableCell): ExperimentMethod | null {
  const t = readText(v).replace(/^'/, '').toLowerCase();
  return METHODS.find((m) => m.toLowerCase() === t) ?? null;
}

/** The entries of a ledger table (header row first); none when the table is not a ledger. */
export function readLedger(table: Table, timeZone?: string): LedgerEntry[] {
  if (table.length < 2 || !isLedgerHeader(table[0])) return [];
  const out: LedgerEntry[] = [];
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    const cell = (c: Parameters<typeof col>[0]) => row[col(c)] ?? '';
    const stage = readText(cell('stage')).replace(/^'/, '');
    const m = method(cell('method'));
    const testStart = day(cell('testStart'), timeZone);
    const testEnd = day(cell('testEnd'), timeZone);
    const [spend, incremental, iroas, lower, upper, confidence] = (['spend', 'incremental', 'iroas', 'lower', 'upper', 'confidence'] as const).map((c) =>
      number(cell(c)),
    );
    if (!stage || !m || !testStart || !testEnd || spend === null || iroas === null || lower === null || upper === null || confidence === null) continue;
    const evaluated = cell('evaluated');
    out.push({
      stage,
      channel: readText(cell('channel')).replace(/^'/, ''),
      method: m,
      testStart,
      testEnd,
      spend,
      incremental: incremental ?? iroas * spend,
      iroas,
      lower,
      upper,
      confidence: confidence > 1 ? confidence / 100 : confidence,
      markets: readText(cell('markets'))
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      roas: number(cell('roas')),
      decision: decisionFromWord(readText(cell('decision'))),
      evaluated: evaluated instanceof Date ? evaluated : null,
    });
  }
  return out;
}
