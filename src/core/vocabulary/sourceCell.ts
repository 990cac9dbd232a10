/**
 * Weekly's `Source` column: an import writes "<platform> import <days>" into each row it owns
 * ("Meta Ads Manager import 2025-01-06..2025-01-12", docs/contract.md §2.7). The import reads it
 * to know which rows it may change; the plan reads the platform of a stage's rows, so a stage
 * without a `Channel` still finds its channel's experiments (docs/experiments.md).
 */

/** The Source column's header in the four languages, normalised as headers are. */
export const SOURCE_HEADER_NAMES: readonly string[] = ['Source', 'Kilde', 'Источник', '来源'];

/** "<platform> import <first day>…": the platform and the days' text; the days are the import's to read. */
export const SOURCE_CELL = /^(.+?) import (\d{4}-\d{2}-\d{2}.*)$/;

/** The platform an imported row came from, or null for a row typed by hand (or any other text). */
export function importedPlatform(v: unknown): string | null {
  const m = SOURCE_CELL.exec(v === null || v === undefined ? '' : String(v).trim());
  return m ? m[1] : null;
}
