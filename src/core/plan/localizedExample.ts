/**
 * The worked example (example.ts) ready for any language: headers, stage and variant names and
 * Baseline become messages (src/words/example.ts puts them in the document's words); numbers
 * and dates stay as they are, so every language decides the same. A cell the catalogue has no
 * word for (a header added to the example later) stays as it is.
 */
import type { SheetCell } from '../model/message';
import type { MessageKey } from '../../i18n';
import { en } from '../../i18n/catalogues/en';
import { say } from '../../i18n/render';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from './example';
import type { TableCell } from './types';

/** English word → its catalogue key, for the header.* and example.* entries. */
const KEYS = new Map<string, MessageKey>();
// The first key of a word wins: `Budget` is header.budget, whatever later keys say the same.
for (const k of Object.keys(en) as MessageKey[]) if ((k.startsWith('header.') || k.startsWith('example.')) && !KEYS.has(en[k])) KEYS.set(en[k], k);

/** The catalogue key of an English header or example word, if it has one. */
export function exampleKey(word: TableCell): MessageKey | undefined {
  return typeof word === 'string' ? KEYS.get(word) : undefined;
}

/** A planned example cell: a value, or a word of the catalogues. */
export type ExampleCell = SheetCell<MessageKey>;

function worded(table: readonly (readonly TableCell[])[]): ExampleCell[][] {
  return table.map((row) =>
    row.map((v) => {
      const key = exampleKey(v);
      return key ? say(key) : v;
    }),
  );
}

export function localizedExample(): { stages: ExampleCell[][]; weekly: ExampleCell[][] } {
  return { stages: worded(EXAMPLE_STAGES), weekly: worded(EXAMPLE_WEEKLY) };
}

/** The catalogue keys of the example's header rows, in column order. */
localizedExample.headerKeys = (sheet: 'stages' | 'weekly'): (MessageKey | undefined)[] =>
  (sheet === 'stages' ? EXAMPLE_STAGES : EXAMPLE_WEEKLY)[0].map(exampleKey);
