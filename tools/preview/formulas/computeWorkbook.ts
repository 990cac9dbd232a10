/**
 * The preview's formulas, computed as Sheets would: the whole workbook handed to HyperFormula
 * (a spreadsheet engine) with LiftGate's own functions registered, and the results put back as
 * the cells' values, so `getValues()` in the add-on sees what a user sees, spilled arrays included.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { Cell, WorkbookData } from '../../apps-script-fake';
import { registerLiftGateFunctions } from './liftgatePlugin';

/** One computed cell: its value, and the error message when it is an error (#VALUE!, #REF!, …). */
export interface ComputedCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: Cell;
  readonly error: string | null;
  /** true for a cell filled by a neighbour's array result, not by a formula of its own. */
  readonly spilled: boolean;
}

const DAY_MS = 86_400_000;
/** Sheets' and HyperFormula's day 0 is 1899-12-30. */
const EPOCH = Date.UTC(1899, 11, 30);
const toSerial = (d: Date) => (d.getTime() - EPOCH) / DAY_MS;

/**
 * Sheets reads `I2:I` as "from I2 down"; HyperFormula needs an end row. Ranges are closed at
 * the sheet's height (references inside quoted text are left alone).
 */
export function closeOpenRanges(formula: string, lastRow: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3})(?![A-Za-z0-9$_(!])/g, `$1:$2${lastRow}`)))
    .join('');
}

function hasFormulas(data: WorkbookData): boolean {
  return data.sheets.some((s) => s.formulas?.some((r) => r.some((f) => !!f)));
}

/** Every formula's result (and every cell its array result spills into). */
export function computeFormulas(data: WorkbookData): ComputedCell[] {
  if (!hasFormulas(data)) return [];
  registerLiftGateFunctions();
  const height = Math.max(1000, ...data.sheets.map((s) => s.values.length));
  const sheets: Record<string, unknown[][]> = {};
  for (const s of data.sheets) {
    sheets[s.name] = s.values.map((row, r) =>
      row.map((v, c) => {
        const f = s.formulas?.[r]?.[c];
        if (f) return closeOpenRanges(f, height);
        if (v instanceof Date) return toSerial(v);
        return v === '' ? null : v;
      }),
    );
  }
  const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3', maxRows: Math.max(height, 40_000) });
  const out: ComputedCell[] = [];
  try {
    for (const s of data.sheets) {
      const id = hf.getSheetId(s.name)!;
      const values = hf.getSheetValues(id);
      // HyperFormula trims trailing blanks of a row; a formula whose result is blank still counts.
      const rows = Math.max(values.length, s.formulas?.length ?? 0);
      for (let r = 0; r < rows; r++) {
        const width = Math.max(values[r]?.length ?? 0, s.formulas?.[r]?.length ?? 0);
        for (let c = 0; c < width; c++) {
          const v = values[r]?.[c] ?? null;
          const formula = !!s.formulas?.[r]?.[c];
          const original = s.values[r]?.[c] ?? '';
          const spilled = !formula && (original === '' || original === null) && v !== null && v !== undefined;
          if (!formula && !spilled) continue;
          if (v instanceof DetailedCellError) out.push({ sheet: s.name, row: r, col: c, value: v.value, error: v.message || v.value, spilled });
          else out.push({ sheet: s.name, row: r, col: c, value: (v ?? '') as Cell, error: null, spilled });
        }
      }
    }
  } finally {
    hf.destroy();
  }
  return out;
}
