/**
 * The function registry's vocabulary. Every custom function is declared once as a
 * {@link FunctionSpec}; the argument layer (`args.ts`), the generated Apps Script stubs
 * (`tools/build/stubs.ts`) and the README's function reference all read that one declaration.
 * Modelled on HyperFormula's function plugins, whose `implementedFunctions` metadata
 * declares each argument's type, default and constraints next to the implementation.
 */

/** What Sheets hands a custom function: a cell value, or a range as rows of cell values. */
export type SheetValue = string | number | boolean | Date | null | undefined;
export type SheetArg = SheetValue | SheetValue[][];

/** What a custom function may return to Sheets. `""` is a blank cell. */
export type OutCell = string | number | boolean;
export type OutValue = OutCell | OutCell[][];

/**
 * How the argument layer turns what the user passed into what the implementation receives.
 * - `number`: a finite number; text numbers as exports write them are parsed; a blank is `null`.
 * - `text`: a trimmed string; a blank is `null`.
 * - `boolean`: TRUE/FALSE (also 1/0 and the words TRUE/FALSE).
 * - `period`: a date or a period number, as the spreadsheet's serial day number: a Date cell or a
 *   date text (`2021-04-01`, `01.04.2021`, `04/01/2021`) becomes days since 1899-12-30, a number
 *   stays as typed (so dates and their serial numbers compare equal, as in Sheets).
 * - `cell`: the cell as Sheets hands it over (a Date stays a Date, a blank is `""`), for functions
 *   that read whole sheets with the add-on's own readers (STAGE_DECISION); only with shape `table`.
 */
export type ParamKind = 'number' | 'text' | 'boolean' | 'period' | 'cell';

/**
 * The shape an argument must have.
 * - `each`: combined element by element with the other `each` arguments (ranges of one shape,
 *   single values broadcast); the implementation sees one value per call.
 * - `scalar`: one value for the whole call (a setting such as `confidence`).
 * - `column`: a whole column (or row) of values, flattened in reading order.
 * - `table`: the whole 2D range, row by row.
 */
export type ParamShape = 'each' | 'scalar' | 'column' | 'table';

export interface ParamSpec {
  /** The real parameter name Sheets shows in autocomplete; also the stub's parameter name. */
  readonly name: string;
  readonly kind: ParamKind;
  readonly shape: ParamShape;
  /** What the argument means, in a marketer's words (goes to the JSDoc and the README). */
  readonly description: string;
  /** Optional arguments have a default, or `null` meaning "blank is allowed and means auto". */
  readonly default?: number | string | boolean | null;
  /** Constraints, checked per cell; a violation names the function, argument, value and cell. */
  readonly min?: number;
  readonly max?: number;
  /** `min`/`max` excluded (a confidence of exactly 1 is not a confidence). */
  readonly exclusive?: boolean;
  readonly integer?: boolean;
  /** Allowed words for a `text` argument (compared case-insensitively, after trimming). */
  readonly oneOf?: readonly string[];
  /** Other words for the allowed ones (by upper-cased, space-collapsed form → the allowed word), looked up only when `oneOf` has no match. */
  readonly aliases?: () => Readonly<Record<string, string>>;
}

/** Arguments as the implementation receives them, in declaration order. */
export type Coerced = number | string | boolean | null | Coerced[];

export interface FunctionSpecBase {
  readonly name: string;
  /** One line: what it returns. First line of the JSDoc and of the README entry. */
  readonly summary: string;
  /** The method, how to read the result (JSDoc body and README). Optional. */
  readonly details?: string;
  readonly params: readonly ParamSpec[];
  /** What comes back, for `@return`. */
  readonly returns: string;
  /** A worked example for the README, e.g. `=CPA(B2:B53, C2:C53)`. */
  readonly example?: string;
  /** Column headers of a row result (AB_TEST, IROAS_TBR...), for the README and with_headers. */
  readonly headers?: readonly string[];
}

/**
 * Element-wise: `evaluate` gets one value per `each` argument (already coerced; never `null`,
 * because a blank in any `each` argument gives a blank result) and the `scalar` arguments.
 * It returns a number (non-finite → blank cell, e.g. a zero denominator), a string, or a row
 * of cells (AB_TEST): with a row result, `each` arguments must be single cells or columns.
 */
export interface ElementwiseSpec extends FunctionSpecBase {
  readonly mode: 'elementwise';
  // `never[]` accepts every function's typed parameters: the dispatcher has checked each argument against `params`.
  readonly evaluate: (...args: never[]) => number | string | boolean | readonly (number | string | boolean)[];
}

/**
 * Whole-range: `evaluate` gets every argument coerced to its shape (columns as arrays with
 * `null` for blanks, tables as rows) and returns the full result. `fail(param, message, row?,
 * col?)` throws the standard error naming this function, that argument and the cell.
 */
export interface WholeSpec extends FunctionSpecBase {
  readonly mode: 'whole';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each declaration types its own argument tuple
  readonly evaluate: (args: any, fail: Fail, ctx: CallContext) => OutValue;
}

export type Fail = (param: string, message: string, row?: number, col?: number) => never;

export type FunctionSpec = ElementwiseSpec | WholeSpec;

/** Per-call context: the spreadsheet locale, when it is known, settles "1,234" and "1.234". */
export interface CallContext {
  readonly locale?: string;
  /** The spreadsheet's time zone: a Date cell is the day it shows there (STAGE_DECISION). */
  readonly timeZone?: string;
  /** The document's LiftGate settings (tolerance, confidence, week start…), read only by functions that need them. */
  readonly settings?: Readonly<Record<string, unknown>>;
}
