/**
 * A geo test's columns by their name in any of the four languages (`Test markets`,
 * `Testmarkeder`, `Тестовые рынки`, `测试市场`; the Geo sheet's `Week`/`Uke`, `Region`/`Регион`…):
 * the template writes them in the document's language, and a document switched to another
 * language keeps working.
 */
import { GEO_COLUMNS, STAGES_COLUMNS } from '../../vocabulary/columns';
import { normalizeHeader } from '../../vocabulary/normalize';

/** The names come from the one vocabulary (src/core/vocabulary/columns.ts). */
const GEO_NAMES = { testMarkets: STAGES_COLUMNS.testMarkets, testStart: STAGES_COLUMNS.testStart, testEnd: STAGES_COLUMNS.testEnd, ...GEO_COLUMNS };

export type GeoColumn = keyof typeof GEO_NAMES;

/** Normalised on the first read of a Geo sheet, not when the bundle loads. */
let normalised: Record<GeoColumn, string[]> | null = null;

/** The 0-based column of a normalised header row, trying the names in their order (Date before Week); -1 when absent. */
export function geoColumn(header: readonly string[], column: GeoColumn): number {
  normalised ??= Object.fromEntries(Object.entries(GEO_NAMES).map(([k, names]) => [k, names.map(normalizeHeader)])) as Record<GeoColumn, string[]>;
  for (const name of normalised[column]) {
    const c = header.indexOf(name);
    if (c >= 0) return c;
  }
  return -1;
}
