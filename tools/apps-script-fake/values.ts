/** Cell values as the real services hand them out: copies, "" for blank, Dates as new Dates. */
export type Cell = string | number | boolean | Date;

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A stored cell as Sheets hands it out; a date as a new `DateType` (the reader's realm's Date). */
export function copyCell(v: unknown, DateType: DateConstructor = Date): Cell {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return new DateType(v.getTime());
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  // Apps Script stores anything else by its string form.
  return String(v);
}

/** The real error texts for a data array of the wrong size. */
export function checkDimensions(data: unknown, rows: number, cols: number): void {
  if (!Array.isArray(data)) throw new Error("Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
  if (data.length !== rows) {
    throw new Error(
      `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row) || row.length !== cols) {
      const n = Array.isArray(row) ? row.length : 0;
      throw new Error(
        `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${cols}.`,
      );
    }
  }
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B2:D10" → {row: 2, col: 2, numRows: 9, numCols: 3} (1-based). */
export function parseA1(a1: string): { row: number; col: number; numRows: number; numCols: number } {
  const m = /^(?:'?[^!]*'?!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Exception: Range not found`);
  const colOf = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = +m[2];
  const c1 = colOf(m[1]);
  const r2 = m[4] ? +m[4] : r1;
  const c2 = m[3] ? colOf(m[3]) : c1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}
