/**
 * Rows inserted or deleted in the preview move the references of every formula, as Sheets does
 * (#26): `=SUM(B2:B9)` under a row inserted at 5 becomes `=SUM(B2:B10)`, a reference into a
 * deleted row becomes `#REF!`, and formulas on other sheets that point at the edited one move too.
 * HyperFormula does the moving (addRows/removeRows); we only hand it the formulas and read them
 * back. A formula it leaves unchanged keeps the user's own spelling (its spaces, its case): only
 * formulas whose references moved take HyperFormula's text. Sheets' open ranges (`I2:I`) are
 * closed at a row no sheet reaches and opened again afterwards. A formula HyperFormula cannot
 * parse is kept as typed.
 */
import { HyperFormula } from 'hyperformula';
import { closeOpenRanges } from './computeWorkbook';

export interface FormulaSheet {
  readonly name: string;
  /** 0-based rows of formulas ('' for none), before the change. */
  readonly formulas: readonly (readonly string[])[];
}

/**
 * The formulas of every sheet after `count` rows are inserted before 0-based `row` of `target`
 * (count > 0) or deleted from it (count < 0), at their new positions. Sheets whose formulas do
 * not change are left out of the answer.
 */
export function shiftedFormulas(sheets: readonly FormulaSheet[], target: string, row: number, count: number): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  if (!sheets.some((s) => s.formulas.some((r) => r.some((f) => !!f)))) return out;
  const height = Math.max(1000, ...sheets.map((s) => s.formulas.length));
  // Where an open range is closed: just past every sheet (as the preview's calculation closes
  // them; a longer range makes HyperFormula's first calculation slow), at a row number no user
  // is likely to type as a range's end.
  const far = height + 37;
  const data: Record<string, (string | null)[][]> = {};
  for (const s of sheets) data[s.name] = s.formulas.map((r) => r.map((f) => (f ? closeOpenRanges(f, far) : null)));
  const hf = HyperFormula.buildFromSheets(data as never, { licenseKey: 'gpl-v3', maxRows: far + Math.abs(count) + 10 });
  try {
    const read = (id: number, rows: number, widths: (r: number) => number) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: widths(r) }, (_, c) => hf.getCellFormula({ sheet: id, row: r, col: c }) ?? ''));
    const ids = sheets.map((s) => hf.getSheetId(s.name)!);
    const before = sheets.map((s, i) => read(ids[i], s.formulas.length, (r) => s.formulas[r].length));
    const targetId = hf.getSheetId(target);
    if (targetId === undefined) return out;
    const targetHeight = hf.getSheetDimensions(targetId).height;
    if (row >= targetHeight) return out; // below every cell: nothing refers to rows that move
    if (count > 0) hf.addRows(targetId, [row, count]);
    else hf.removeRows(targetId, [row, Math.min(-count, targetHeight - row)]);
    sheets.forEach((s, i) => {
      const moved = s.name === target;
      // Where each old row is now (null: deleted).
      const newRow = (r: number) => (!moved || r < row ? r : count > 0 ? r + count : r < row - count ? null : r + count);
      const rows: string[][] = [];
      let changed = false;
      s.formulas.forEach((cells, r) => {
        const to = newRow(r);
        if (to === null) return;
        const line = cells.map((typed, c) => {
          if (!typed) return '';
          const after = hf.getCellFormula({ sheet: ids[i], row: to, col: c }) ?? typed;
          if (after === before[i][r][c]) return typed;
          changed = true;
          return reopen(after, far, count);
        });
        rows[to] = line;
      });
      if (changed || (moved && count !== 0))
        out.set(
          s.name,
          Array.from({ length: rows.length }, (_, r) => rows[r] ?? []),
        );
    });
  } finally {
    hf.destroy();
  }
  return out;
}

/** `I2:I54321…` back to Sheets' open `I2:I` (the far end may have moved with the rows). */
function reopen(formula: string, far: number, count: number): string {
  const ends = new Set([far, far + count].map(String));
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/:(\$?[A-Z]{1,3})\$?(\d+)(?![0-9])/g, (m, col: string, n: string) => (ends.has(n) ? `:${col}` : m))))
    .join('');
}
