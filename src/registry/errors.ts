/**
 * The one error a custom function throws for bad input. Sheets shows `message` on the
 * #ERROR! cell, so it names the function, the argument, the value and where it is:
 * `CPA: spend row 7 col 1 is "abc", not a number`.
 */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}

/** How a cell's value reads in a message: text in quotes, dates as ISO days, the rest as typed. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value);
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    return isNaN(d.getTime()) ? 'an invalid date' : `the date ${d.toISOString().slice(0, 10)}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return 'blank';
  if (Array.isArray(value)) return 'a range';
  return String(value);
}

/** `row 7 col 1` for a cell inside a range (1-based), as the contract's messages say it. */
export function where(row: number, col: number): string {
  return `row ${row + 1} col ${col + 1}`;
}

/**
 * Thrown by an element-wise implementation when one element's inputs do not make sense
 * together (conversions above visitors). The argument layer adds the function and the cell.
 */
export class DomainError extends Error {
  constructor(
    readonly param: string,
    readonly detail: string,
  ) {
    super(`${param} ${detail}`);
    this.name = 'DomainError';
  }
}
