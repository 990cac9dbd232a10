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

/**
 * A total label with the scope platforms put after it: Google Ads' "Total: Account",
 * "Total – account", "Total: Campaigns", Norwegian "Totalt: konto", TikTok's "Total of 40 results".
 * A campaign named
 * "Total Fitness", "Summer sale" or "Sum 41 tour" is no such label.
 */
const TOTAL_WITH_SCOPE = /^(?:grand\s+|sub-?\s*)?(?:totals?|sum|subtotal|totalt|итого|всего|合计|总计|總計|小计)\s*(?:[:：–—-].*|\s(?:of|av|из)\s+\d.*)?$/i;

export function isTotalLabelWithScope(v: unknown): boolean {
  return typeof v === 'string' && v.length < 80 && TOTAL_WITH_SCOPE.test(v.trim());
}

/**
 * A Stages row labelled like a total is a total only when its layout says so too: its budget is
 * blank or the sum of the stages' budgets above it. A stage that is called "Total" or "Sum"
 * and has a budget of its own is a stage.
 */
export function isTotalBudget(budget: number | null, budgetsAbove: number): boolean {
  return budget === null || Math.abs(budget - budgetsAbove) <= 0.005 + 1e-9 * Math.abs(budgetsAbove);
}
