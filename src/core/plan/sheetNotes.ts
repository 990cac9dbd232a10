/** Messages about the sheets themselves: rows left out, an empty plan. */
import { say, type CoreMessage } from '../../i18n/render';

/** The warning for Weekly rows with numbers but no stage, naming the rows (the first 20, then how many more). */
export function rowsWithoutStage(rows: readonly number[], sheet: string): CoreMessage {
  const shown = rows.slice(0, 20).map(String);
  const list = rows.length > shown.length ? { join: [...shown, '…'], by: ', ' } : { list: shown };
  return say('warning.rowsWithoutStage', { sheet, rows: list, count: rows.length });
}

/** A Stages sheet with headers and no stage rows. */
export function emptyPlan(sheet: string): CoreMessage {
  return say('error.emptyPlan', { sheet });
}
