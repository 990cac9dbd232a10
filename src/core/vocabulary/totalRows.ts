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
/** TikTok's footer: "Total of 40 results". */
const TOTAL_LABEL = new RegExp(String.raw`^(?:${LATIN}\s*(?:[:.]|[:\-–—]\s.*|:.*|\s(?:of|av)\s+\d.*)?|${OTHER}.*)$`, 'iu');

export function isTotalLabel(v: unknown): boolean {
  return typeof v === 'string' && v.length < 120 && TOTAL_LABEL.test(v.normalize('NFKC').trim());
}

/** A row with a total label in any of its text cells. */
export function isTotalRow(row: readonly unknown[]): boolean {
  for (const v of row) if (isTotalLabel(v)) return true;
  return false;
}

/**
 * A Stages row labelled like a total is a total only when its layout says so too (#20): its
 * budget is blank or the sum of the stages' budgets above it. A stage that is called "Total" or
 * "Sum" and has a budget of its own is a stage.
 */
export function isTotalBudget(budget: number | null, budgetsAbove: number): boolean {
  return budget === null || Math.abs(budget - budgetsAbove) <= 0.005 + 1e-9 * Math.abs(budgetsAbove);
}
