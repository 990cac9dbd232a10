/**
 * A problem with the sheets themselves (a missing sheet or column, a word where a number
 * belongs). Its message is shown to the user as is, and nothing is written when it is thrown.
 */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
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
