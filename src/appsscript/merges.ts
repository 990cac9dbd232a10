/**
 * Merged cells as a reader sees them. Sheets returns a merged range's value only in its
 * top-left cell; the rest read as blank. Users merge a Stage (or Week, or Variant) cell over
 * the rows it labels, so those rows would lose their stage and the stage most of its spend.
 * Label columns take the merged value in every row of the merge; number columns do not (a
 * merged Spend is spent once).
 */
import { weeklyField } from '../core/plan/headers';
import type { WeeklyField } from '../core/model/weekly';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Cell = string | number | boolean | Date;

const LABELS: ReadonlySet<WeeklyField> = new Set<WeeklyField>(['week', 'stage', 'variant']);

/**
 * Fills the label cells under each merge with its value, in place. `block`: the sheet's data
 * range that `table` was read from. One getMergedRanges call for the sheet; a merged Range's
 * coordinates are known without another trip to the server.
 */
export function fillMergedLabels(block: Range, table: Cell[][]): void {
  if (table.length < 2) return;
  const merged = block.getMergedRanges();
  if (merged.length === 0) return;
  const header = table[0];
  const isLabel = header.map((h) => {
    const f = weeklyField(h);
    return f !== null && LABELS.has(f);
  });
  for (const m of merged) {
    const r0 = m.getRow() - 1;
    const c0 = m.getColumn() - 1;
    const rows = m.getNumRows();
    const cols = m.getNumColumns();
    if (r0 < 1 || r0 >= table.length || !isLabel[c0]) continue; // header merges are headers; number merges count once
    const value = table[r0][c0];
    if (value === '' || value === undefined) continue;
    for (let r = r0; r < Math.min(r0 + rows, table.length); r++) {
      for (let c = c0; c < c0 + cols; c++) if (isLabel[c] && (r !== r0 || c !== c0) && table[r][c] === '') table[r][c] = value;
    }
  }
}
