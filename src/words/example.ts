/**
 * The worked example in the document's language, as the template and the preview write it:
 * its words (headers, stage and variant names) rendered once, its numbers and dates untouched.
 */
import { localizedExample } from '../core/plan/localizedExample';
import type { TableCell } from '../core/plan/types';
import type { Translator } from '../i18n';
import { renderRows } from '../i18n/render';

export function exampleInWords(tr: Translator): { stages: TableCell[][]; weekly: TableCell[][] } {
  const { stages, weekly } = localizedExample();
  return { stages: renderRows<TableCell>(stages, tr), weekly: renderRows<TableCell>(weekly, tr) };
}
