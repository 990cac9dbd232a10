/** Messages about the sheets themselves: rows left out, an empty plan. */
/** The warning for Weekly rows with numbers but no stage, naming the rows (the first 20, then how many more). */
export function rowsWithoutStage(rows: readonly number[], sheet: string): string {
  const shown = rows.slice(0, 20);
  const list = `${shown.join(', ')}${rows.length > shown.length ? ` and ${rows.length - shown.length} more` : ''}`;
  return `${sheet} ${rows.length === 1 ? 'row' : 'rows'} ${list} ${rows.length === 1 ? 'has' : 'have'} numbers but no stage; ${rows.length === 1 ? 'it was' : 'they were'} left out. Fill in the Stage (merged Stage cells are read as their merged value).`;
}

/** A Stages sheet with headers and no stage rows. */
export function emptyPlan(sheet: string): string {
  return `The plan is empty: the "${sheet}" sheet has headers but no stages. Add one row per stage below row 1 (a Stage name and its Budget), then evaluate again.`;
}
