import type { CoreMessage } from '../../i18n/render';

/**
 * A problem with the sheets themselves (a missing sheet or column, a word where a number
 * belongs). Nothing is written when it is thrown. The core says it as a message (`said`), which
 * the surfaces (evaluateRead, STAGE_DECISION) render in the document's language; its `message`
 * is then the key and parameters, for a developer's log. Given text (words already rendered,
 * as tests do), `message` is that text.
 */
export class PlanError extends Error {
  readonly said?: CoreMessage;
  constructor(message: string | CoreMessage) {
    super(typeof message === 'string' ? message : `${message.key} ${JSON.stringify(message.params ?? {})}`);
    this.name = 'PlanError';
    if (typeof message !== 'string') this.said = message;
  }
}

/** Column letters as Sheets shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `Weekly!D7` for row index 6 (0-based, header = 0) and column index 3. */
export function cellRef(sheet: string, row: number, col: number): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetter(col)}${row + 1}`;
}
