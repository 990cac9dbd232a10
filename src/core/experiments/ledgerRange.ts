/**
 * The Experiments sheet as a custom function receives it (GEO_MARKETS' exclude_recent): a range
 * of values with the ledger's header row on top, e.g. `Experiments!A:L`. A custom function cannot
 * open other sheets, so the user passes the range; only `Test end` and `Test markets` are read,
 * found by their headers in any of the four languages.
 */
import { catalogue } from '../../i18n/catalogues';
import { LANGUAGES } from '../../i18n/languages';
import { textSerialDay } from '../geo/periods';
import { normalizeHeader } from '../plan/headers';
import type { Experiment } from '../model/experiment';

type Cell = string | number | boolean | null;

const names = (key: 'header.testEnd' | 'header.testMarkets') => new Set(LANGUAGES.map((l) => normalizeHeader(catalogue(l)[key])));

const isoOfSerial = (serial: number) => new Date((serial - 25569) * 86400000).toISOString().slice(0, 10);

/** The experiments' end days and markets, or null when the range has no ledger header (a plain list of markets). */
export function experimentsInRange(table: readonly (readonly Cell[])[]): Pick<Experiment, 'testEnd' | 'markets'>[] | null {
  const header = (table[0] ?? []).map((h) => normalizeHeader(h));
  const end = header.findIndex((h) => names('header.testEnd').has(h));
  const markets = header.findIndex((h) => names('header.testMarkets').has(h));
  if (end < 0 || markets < 0) return null;
  const out: Pick<Experiment, 'testEnd' | 'markets'>[] = [];
  for (const row of table.slice(1)) {
    const v = row[end];
    const serial = typeof v === 'number' ? v : typeof v === 'string' ? textSerialDay(v) : null;
    const list = String(row[markets] ?? '')
      .split(/[,;\n]/)
      .map((m) => m.trim())
      .filter((m) => m !== '');
    if (serial !== null && list.length > 0) out.push({ testEnd: isoOfSerial(serial), markets: list });
  }
  return out;
}
