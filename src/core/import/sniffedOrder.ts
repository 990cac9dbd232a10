/**
 * An export read without a spreadsheet (the CLI, tests): a slashed date column's own texts tell
 * their order when one of them has a part above 12; otherwise the file's language decides.
 */
import type { SlashOrder } from './dates';

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/;

export function sniffedOrder(texts: Iterable<unknown>, fallback: SlashOrder): SlashOrder {
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    const m = SLASHED.exec(t.trim());
    if (!m) continue;
    if (+m[1] > 12) return 'dmy';
    if (+m[2] > 12) return 'mdy';
  }
  return fallback;
}
