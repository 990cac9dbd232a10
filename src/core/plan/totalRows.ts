/**
 * Rows people add to a plan that are not stages: "Total:", "Sum", "Grand total", "Totalt",
 * "Итого", "合计". Such a row keeps whatever it holds (also in the Decision and Reason columns)
 * and is neither a stage nor a week of measurements.
 */
const TOTAL_LABEL = /^(?:grand\s+|sub-?\s*)?(?:totals?|sum|subtotal|i\s+alt|totalt|sum\s+totalt|итого|всего|合计|总计|小计)\s*[:.]?$/i;

export function isTotalLabel(v: unknown): boolean {
  return typeof v === 'string' && v.length < 30 && TOTAL_LABEL.test(v.trim());
}

/** A row with a total label in any of its text cells. */
export function isTotalRow(row: readonly unknown[]): boolean {
  for (const v of row) if (isTotalLabel(v)) return true;
  return false;
}
