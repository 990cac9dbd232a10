/**
 * A sentence the core says, as a catalogue key and its parameters, not as words: the words are
 * the i18n layer's (`render` in src/i18n/render.ts), looked up once, at the edge that shows them,
 * in the document's language and the spreadsheet's number and date formats. A parameter is a
 * plain value, a nested message, or a value to be formatted there (money, a date, a list…).
 */
import type { Decision } from './decisions';

/** How a metric's value is shown: ROAS 3.40, CPA 212, CTR 2.1%, 64 conversions. */
export type ValueFormat = 'ratio' | 'money' | 'count' | 'percent';

export type Arg<K extends string = string> =
  | string
  | number
  | Message<K>
  | { readonly money: number }
  | { readonly value: number; readonly format: ValueFormat }
  | { readonly number: number; readonly decimals: number }
  | { readonly percent: number; readonly decimals: number }
  | { readonly date: Date }
  | { readonly dayMonth: Date }
  | { readonly decision: Decision }
  /** "A, B and C", the language's way. */
  | { readonly list: readonly Arg<K>[] }
  /** The parts joined by `by` (itself an argument, e.g. the language's separator message). */
  | { readonly join: readonly Arg<K>[]; readonly by: Arg<K> }
  /** The argument in lower case, inside a sentence: "…the scaled control (dashed)". */
  | { readonly lower: Arg<K> };

export interface Message<K extends string = string> {
  readonly key: K;
  readonly params?: Readonly<Record<string, Arg<K>>>;
}

/**
 * A cell the core plans for a sheet: a value written as it is, or a message the surface puts in
 * the document's words when it writes (src/i18n/render.ts `renderRows`).
 */
export type SheetCell<K extends string = string> = string | number | boolean | Date | Message<K>;
