/**
 * The worked example (example.ts) in the document's language: headers, stage and variant
 * names, Baseline. Numbers and dates are the same, so every language decides the same.
 * A cell the catalogue has no word for (a header added to the example later) stays as it is.
 */
import type { MessageKey, Translator } from '../../i18n';
import { en } from '../../i18n/catalogues/en';
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

function translate(table: readonly (readonly TableCell[])[], tr: Translator): TableCell[][] {
  return table.map((row) =>
    row.map((v) => {
      const key = exampleKey(v);
      return key ? tr.t(key) : v;
    }),
  );
}

export function localizedExample(tr: Translator): { stages: TableCell[][]; weekly: TableCell[][] } {
  return { stages: translate(EXAMPLE_STAGES, tr), weekly: translate(EXAMPLE_WEEKLY, tr) };
}

/** The catalogue keys of the example's header rows, in column order. */
localizedExample.headerKeys = (sheet: 'stages' | 'weekly'): (MessageKey | undefined)[] =>
  (sheet === 'stages' ? EXAMPLE_STAGES : EXAMPLE_WEEKLY)[0].map(exampleKey);
