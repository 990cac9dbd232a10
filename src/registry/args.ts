/**
 * The shared argument layer: what every custom function does with what Sheets hands it, so
 * no declaration repeats it (docs/contract.md §1.1).
 * - A range arrives as rows of cells; a single cell as a plain value.
 * - `each` arguments combine element by element: ranges of one shape, single values broadcast.
 * - A blank cell in an `each` argument gives a blank result cell; a non-finite ratio (a zero
 *   denominator) gives a blank too, never Infinity or NaN.
 * - Text numbers as exports write them are read by `parseNumber`, with the spreadsheet's locale
 *   settling "1,234" only when such a text appears (looking the locale up costs a service call).
 * - Anything else throws an ArgumentError naming the function, the argument, the value and the
 *   1-based row and column inside the range.
 */
import { serialDay, textSerialDay } from '../core/geo/periods';
import { decimalSeparatorFor, parseNumber } from '../core/numbers/parseNumber';
import { ArgumentError, DomainError, describeValue, where } from './errors';
import type { CallContext, ElementwiseSpec, Fail, FunctionSpec, OutCell, OutValue, ParamSpec, SheetValue, WholeSpec } from './types';

type Grid = readonly (readonly SheetValue[])[];

/** Sentinel for a blank cell while coercing (null is what implementations see). */
const BLANK = null;

/**
 * `x - x === 0` holds exactly for finite numbers. Used in the hot loops instead of
 * Number.isFinite: in a sandboxed global scope (node:vm, and any engine embedding that
 * intercepts globals) every `Number.` lookup is a slow global access per cell.
 */
/** Looked up once at load, for the same reason. */
const isArray: (x: unknown) => x is unknown[] = Array.isArray;

function finite(x: number): boolean {
  return x - x === 0;
}

function isBlank(v: SheetValue): boolean {
  return v === '' || v === null || v === undefined;
}

function isDate(v: unknown): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}

/** Binds one call's function name and context to the helpers that build its messages. */
class Call {
  constructor(
    readonly spec: FunctionSpec,
    readonly ctx: CallContext,
  ) {}

  private separator: '.' | ',' | null = null;

  /**
   * The decimal separator that settles "1,234", resolved once per call and only when such a
   * text appears (looking the locale up costs a service call).
   */
  decimal = (): '.' | ',' => {
    if (this.separator === null) this.separator = decimalSeparatorFor(this.ctx.locale);
    return this.separator;
  };

  fail: Fail = (param, message, row, col) => {
    const at = row === undefined ? '' : ' ' + where(row, col ?? 0);
    throw new ArgumentError(`${this.spec.name}: ${param}${at} ${message}`);
  };

  /** Any argument as a rectangular grid; a ragged array is refused rather than guessed. */
  grid(p: ParamSpec, raw: unknown): Grid {
    if (!isArray(raw)) return [[raw as SheetValue]];
    if (raw.length === 0) this.fail(p.name, 'is an empty range');
    // Sheets always sends rows of cells; a flat array (from a script) is read as one column.
    if (!isArray(raw[0])) {
      if (raw.some((r) => isArray(r))) this.fail(p.name, 'is not a rectangular range');
      return raw.map((v) => [v as SheetValue]);
    }
    const width = (raw[0] as unknown[]).length;
    for (let r = 0; r < raw.length; r++) {
      const row = raw[r];
      if (!isArray(row) || row.length !== width) this.fail(p.name, 'is not a rectangular range (its rows have different lengths)');
      if (width === 0) this.fail(p.name, 'is an empty range');
    }
    return raw as Grid;
  }

  /** One cell coerced to the parameter's kind and checked against its constraints. */
  coerce(p: ParamSpec, v: SheetValue, row: number, col: number): number | string | boolean | null {
    if (isBlank(v)) return BLANK;
    switch (p.kind) {
      case 'number':
        return this.checkNumber(p, this.toNumber(p, v, row, col), row, col);
      case 'text':
        return this.toText(p, v, row, col);
      case 'boolean':
        return this.toBoolean(p, v, row, col);
      case 'period':
        return this.toPeriod(p, v, row, col);
      case 'cell':
        return v as number | string | boolean; // a single cell passed where a table belongs: read as is
    }
  }

  toPeriod(p: ParamSpec, v: SheetValue, row: number, col: number): number {
    const n = isDate(v)
      ? serialDay(v)
      : typeof v === 'string'
        ? (textSerialDay(v, /^\s*\d{1,2}[/-]/.test(v) ? this.ctx.locale : undefined) ?? parseNumber(v, this.ctx.locale))
        : typeof v === 'number'
          ? v
          : null;
    if (n !== null && Number.isFinite(n)) return n;
    return this.fail(p.name, `is ${describeValue(v)}, not a date or period number`, row, col);
  }

  toNumber(p: ParamSpec, v: SheetValue, row: number, col: number): number {
    if (typeof v === 'number') {
      if (finite(v)) return v;
      return this.fail(p.name, `is ${describeValue(v)}, not a finite number`, row, col);
    }
    if (typeof v === 'string') {
      const n = parseNumber(v, this.decimal);
      if (n !== null) return n; // parseNumber returns finite numbers only
      return this.fail(p.name, `is ${describeValue(v)}, not a number`, row, col);
    }
    if (isDate(v)) return this.fail(p.name, `is ${describeValue(v)}, not a number`, row, col);
    return this.fail(p.name, `is ${describeValue(v)}, not a number`, row, col);
  }

  checkNumber(p: ParamSpec, n: number, row: number, col: number): number {
    if (p.integer && !Number.isInteger(n)) this.fail(p.name, `is ${n}; it must be a whole number`, row, col);
    const { min, max, exclusive } = p;
    if ((min !== undefined && (exclusive ? !(n > min) : !(n >= min))) || (max !== undefined && (exclusive ? !(n < max) : !(n <= max)))) {
      this.fail(p.name, `is ${n}; it must be ${rangeText(p)}`, row, col);
    }
    return n;
  }

  toText(p: ParamSpec, v: SheetValue, row: number, col: number): string {
    const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : null;
    if (s === null) return this.fail(p.name, `is ${describeValue(v)}, not text`, row, col);
    if (!p.oneOf) return s;
    const found = canonicalWord(p.oneOf, s) ?? p.aliases?.()[s.toUpperCase().replace(/\s+/g, ' ')];
    if (found !== undefined) return found;
    return this.fail(p.name, `is ${describeValue(v)}; use one of ${p.oneOf.map((o) => `"${o}"`).join(', ')}`, row, col);
  }

  toBoolean(p: ParamSpec, v: SheetValue, row: number, col: number): boolean {
    if (typeof v === 'boolean') return v;
    if (v === 1 || v === 0) return v === 1;
    if (typeof v === 'string') {
      const s = v.trim().toUpperCase();
      if (s === 'TRUE') return true;
      if (s === 'FALSE') return false;
    }
    return this.fail(p.name, `is ${describeValue(v)}, not TRUE or FALSE`, row, col);
  }

  /** A setting: one cell; blank or omitted takes the default. */
  scalar(p: ParamSpec, raw: unknown): number | string | boolean | null {
    const g = this.grid(p, raw);
    if (g.length !== 1 || g[0].length !== 1) this.fail(p.name, `must be a single cell, not a ${g.length}×${g[0].length} range`);
    const v = this.coerce(p, g[0][0], 0, 0);
    if (v !== BLANK) return v;
    if (p.default !== undefined) return p.default;
    return this.fail(p.name, 'is blank; it is required', 0, 0);
  }

  /** A whole column (or row), in reading order, blanks as null. */
  column(p: ParamSpec, raw: unknown): (number | string | boolean | null)[] {
    const g = this.grid(p, raw);
    if (g.length > 1 && g[0].length > 1) this.fail(p.name, `must be one column or one row, not a ${g.length}×${g[0].length} range`);
    const out: (number | string | boolean | null)[] = [];
    for (let r = 0; r < g.length; r++) for (let c = 0; c < g[r].length; c++) out.push(this.cell(p, g[r][c], r, c));
    return out;
  }

  table(p: ParamSpec, raw: unknown): (number | string | boolean | null)[][] {
    const g = this.grid(p, raw);
    // Cells as they are, for the add-on's own sheet readers (which name the cell of a bad value themselves).
    if (p.kind === 'cell') return g.map((row) => row.map((v) => (v === null || v === undefined ? '' : v))) as (number | string | boolean | null)[][];
    const out: (number | string | boolean | null)[][] = [];
    for (let r = 0; r < g.length; r++) {
      const row: (number | string | boolean | null)[] = [];
      for (let c = 0; c < g[r].length; c++) row.push(this.cell(p, g[r][c], r, c));
      out.push(row);
    }
    return out;
  }

  /** One cell, with plain finite numbers (the common case) skipping the general coercion. */
  cell(p: ParamSpec, v: SheetValue, r: number, c: number): number | string | boolean | null {
    return typeof v === 'number' && finite(v) && p.kind === 'number' ? this.checkNumber(p, v, r, c) : this.coerce(p, v, r, c);
  }
}

/** Allowed words by their typed forms, cached per list: a 100,000-row column repeats a few words. */
const WORD_CACHE = new WeakMap<readonly string[], Map<string, string | undefined>>();
function canonicalWord(allowed: readonly string[], typed: string): string | undefined {
  let cache = WORD_CACHE.get(allowed);
  if (!cache) WORD_CACHE.set(allowed, (cache = new Map()));
  if (cache.has(typed)) return cache.get(typed);
  const key = typed.toUpperCase().replace(/\s+/g, ' ');
  const found = allowed.find((a) => a.toUpperCase() === key);
  cache.set(typed, found);
  return found;
}

function rangeText(p: ParamSpec): string {
  const lo = p.exclusive ? 'above' : 'at least';
  const hi = p.exclusive ? 'below' : 'at most';
  if (p.min !== undefined && p.max !== undefined) return p.exclusive ? `between ${p.min} and ${p.max} (exclusive)` : `between ${p.min} and ${p.max}`;
  if (p.min !== undefined) return `${lo} ${p.min}`;
  return `${hi} ${p.max}`;
}

/** What the user omitted: the default, or an error for a required argument. */
function isOmitted(raw: unknown): boolean {
  return raw === undefined;
}

/** Runs one custom-function call the way Sheets makes it, from raw arguments to cells. */
export function callFunction(spec: FunctionSpec, rawArgs: readonly unknown[], ctx: CallContext = {}): OutValue {
  const call = new Call(spec, ctx);
  spec.params.forEach((p, i) => {
    if (isOmitted(rawArgs[i]) && p.default === undefined) call.fail(p.name, 'is missing; it is required');
  });
  return spec.mode === 'whole' ? callWhole(spec, call, rawArgs) : callElementwise(spec, call, rawArgs);
}

function callWhole(spec: WholeSpec, call: Call, rawArgs: readonly unknown[]): OutValue {
  const args = spec.params.map((p, i) => {
    const raw = rawArgs[i];
    if (isOmitted(raw)) return p.default ?? null;
    switch (p.shape) {
      case 'scalar':
        return call.scalar(p, raw);
      case 'column':
        return call.column(p, raw);
      case 'table':
      case 'each':
        return call.table(p, raw);
    }
  });
  return cleanOutput(spec.evaluate(args, call.fail, call.ctx));
}

/**
 * Element-wise evaluation. The hot loop reads each argument through a pre-chosen accessor so a
 * 100,000-row call costs one pass; single-cell arguments are coerced once, not per row.
 */
function callElementwise(spec: ElementwiseSpec, call: Call, rawArgs: readonly unknown[]): OutValue {
  const params = spec.params;
  const n = params.length;
  let rows = 1;
  let cols = 1;
  let shapeFrom: string | null = null;
  const grids: (Grid | null)[] = new Array(n);
  const fixed: unknown[] = new Array(n);
  // Per-argument bounds for the hot loop: a plain number inside them needs no further check.
  const numeric = params.map((p) => p.kind === 'number');
  const lo = params.map((p) => (p.min === undefined ? -Infinity : p.min));
  const hi = params.map((p) => (p.max === undefined ? Infinity : p.max));
  const simple = params.map((p) => !p.exclusive && !p.integer);

  for (let i = 0; i < n; i++) {
    const p = params[i];
    const raw = rawArgs[i];
    if (isOmitted(raw)) {
      fixed[i] = p.default;
      grids[i] = null;
      continue;
    }
    if (p.shape === 'scalar') {
      fixed[i] = call.scalar(p, raw);
      grids[i] = null;
      continue;
    }
    const g = call.grid(p, raw);
    if (g.length === 1 && g[0].length === 1) {
      const v = call.coerce(p, g[0][0], 0, 0);
      fixed[i] = v === BLANK && p.default !== undefined ? p.default : v;
      grids[i] = null;
      continue;
    }
    if (shapeFrom === null) {
      rows = g.length;
      cols = g[0].length;
      shapeFrom = p.name;
    } else if (g.length !== rows || g[0].length !== cols) {
      call.fail(p.name, `is a ${g.length}×${g[0].length} range but ${shapeFrom} is ${rows}×${cols}; ranges must have the same shape`);
    }
    grids[i] = g;
  }

  const width = spec.headers?.length ?? 0;
  if (width > 0 && cols > 1) {
    call.fail(shapeFrom ?? params[0].name, `is a ${rows}×${cols} range; give one column (one row per ${spec.name === 'AB_TEST' ? 'test' : 'case'})`);
  }

  // Array literals, not `new Array`: no global lookup per row (see `finite`).
  const out: OutCell[][] = [];
  const values: unknown[] = [];
  const blankRow: OutCell[] = [];
  for (let i = 0; i < width; i++) blankRow.push('');
  for (let r = 0; r < rows; r++) {
    const outRow: OutCell[] = [];
    let produced: OutCell[] | null = null;
    for (let c = 0; c < cols; c++) {
      let blank = false;
      for (let i = 0; i < n; i++) {
        const g = grids[i];
        let v: unknown;
        if (g === null) v = fixed[i];
        else {
          const cell = g[r][c];
          // Plain finite numbers are the common case: skip the general coercion for them.
          if (typeof cell === 'number' && numeric[i] && simple[i] && cell >= lo[i] && cell <= hi[i] && finite(cell)) v = cell;
          else v = typeof cell === 'number' && finite(cell) && numeric[i] ? call.checkNumber(params[i], cell, r, c) : call.coerce(params[i], cell, r, c);
          if (v === BLANK && params[i].default !== undefined) v = params[i].default;
        }
        if (v === BLANK) blank = true;
        values[i] = v;
      }
      let result: unknown = '';
      if (!blank) {
        try {
          result = spec.evaluate(...(values as never[]));
        } catch (e) {
          if (e instanceof DomainError) call.fail(e.param, e.detail, r, c);
          throw e;
        }
      }
      if (width > 0) produced = blank ? blankRow.slice() : toRow(result, width);
      else outRow[c] = blank ? '' : toCell(result);
    }
    out.push(width > 0 ? produced! : outRow);
  }
  // A row result may carry its header row on top (AB_TEST's with_headers, docs/contract.md §1.4 / #26).
  const withHeaders = params.findIndex((p) => p.name === 'with_headers');
  if (width > 0 && withHeaders >= 0 && fixed[withHeaders] === true) out.unshift([...spec.headers!]);
  return rows === 1 && cols === 1 && width === 0 ? out[0][0] : out;
}

/** A result cell: non-finite numbers (zero denominators, overflow) become blank. */
function toCell(v: unknown): OutCell {
  if (typeof v === 'number') return finite(v) ? v : '';
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return '';
}

function toRow(v: unknown, width: number): OutCell[] {
  const row: OutCell[] = [];
  const src = isArray(v) ? v : [v];
  for (let i = 0; i < width; i++) row.push(toCell(src[i]));
  return row;
}

/** Whole-range results pass through the same cell rule; a 1×1 result is a plain value. */
function cleanOutput(v: OutValue): OutValue {
  if (!isArray(v)) return toCell(v);
  const rows = v.map((row) => (isArray(row) ? row.map(toCell) : [toCell(row)]));
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
}
