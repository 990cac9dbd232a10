/**
 * A geo test's columns by their name in any of the four languages (`Test markets`,
 * `Testmarkeder`, `Тестовые рынки`, `测试市场`; the Geo sheet's `Week`/`Uke`, `Region`/`Регион`…):
 * the template writes them in the document's language, and a document switched to another
 * language keeps working.
 */
import { GEO_NAMES } from '../../../i18n/headerNames';
import { normalizeHeader } from '../../plan/headers';

export type GeoColumn = keyof typeof GEO_NAMES;

const NORMALISED = Object.fromEntries(Object.entries(GEO_NAMES).map(([k, names]) => [k, names.map(normalizeHeader)])) as Record<GeoColumn, string[]>;

/** The 0-based column of a normalised header row, trying the names in their order (Date before Week); -1 when absent. */
export function geoColumn(header: readonly string[], column: GeoColumn): number {
  for (const name of NORMALISED[column]) {
    const c = header.indexOf(name);
    if (c >= 0) return c;
  }
  return -1;
}
