/** Messages about the sheets themselves: rows left out, an empty plan. */
import type { Translator } from '../../i18n';

/** The warning for Weekly rows with numbers but no stage, naming the rows (the first 20, then how many more). */
export function rowsWithoutStage(rows: readonly number[], sheet: string, tr: Translator): string {
  const shown = rows.slice(0, 20).map(String);
  const list = rows.length > shown.length ? `${shown.join(', ')}, …` : tr.list(shown);
  return tr.t('warning.rowsWithoutStage', { sheet, rows: list, count: rows.length });
}

/** A Stages sheet with headers and no stage rows. */
export function emptyPlan(sheet: string, tr: Translator): string {
  return tr.t('error.emptyPlan', { sheet });
}
