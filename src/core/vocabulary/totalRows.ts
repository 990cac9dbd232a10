/**
 * Rows people add to a plan or a platform adds to an export that are not stages or weeks:
 * "Total:", "Total: Account", "Sum", "Grand total", "Subtotal", "Totalt", "I alt", "Итого",
 * "Всего", "合计", "总计". One rule for every reader (Stages, Weekly, imports, sources): the
 * label is a total word alone, or followed by a colon or dash and anything ("Total: Account",
 * "Total – Search"), so a campaign called "Summer sale" or "Totally new" is no total.
 */
const LATIN = String.raw`(?:grand\s+|sub-?\s*)?(?:totals?|sum|subtotal|i\s+alt|totalt|sum\s+totalt)`;
/** Russian and Chinese totals go on in words ("Итого по аккаунту", "总计（全部）"). */
const OTHER = String.raw`(?:итого|всего|合计|总计|總計|小计)`;
const TOTAL_LABEL = new RegExp(String.raw`^(?:${LATIN}\s*(?:[:.]|[:\-–—]\s.*|:.*)?|${OTHER}.*)$`, 'iu');

export function isTotalLabel(v: unknown): boolean {
  return typeof v === 'string' && v.length < 120 && TOTAL_LABEL.test(v.normalize('NFKC').trim());
}

/** A row with a total label in any of its text cells. */
export function isTotalRow(row: readonly unknown[]): boolean {
  for (const v of row) if (isTotalLabel(v)) return true;
  return false;
}
