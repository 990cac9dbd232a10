import { ENGLISH } from '../../i18n';
import { render, type CoreMessage } from '../../i18n/render';

/**
 * A problem with the sheets themselves (a missing sheet or column, a word where a number
 * belongs). Nothing is written when it is thrown. Given as a message (`said`), the surfaces
 * render it in the document's language; its `message` is then the English text.
 */
export class PlanError extends Error {
  readonly said?: CoreMessage;
  constructor(message: string | CoreMessage) {
    super(typeof message === 'string' ? message : render(message, ENGLISH));
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
