/** The `Weekly` sheet → measurements per row, with the columns it has (contract 2.2). */
import { ENGLISH, type Translator } from '../../i18n';
import { readAmount, readDate, readText, type CellContext } from './cells';
import { PlanError } from './errors';
import { weeklyField, type WeeklyField } from './headers';
import { isTotalRow } from './totalRows';
import type { Table } from './types';

import { emptySums, MAY_BE_NEGATIVE, MEASURES, type MeasureField } from '../metrics/measures';

export { MEASURES, type MeasureField } from '../metrics/measures';

export interface WeeklyRow {
  readonly week: Date | null;
  readonly stage: string;
  readonly variant: string;
  /** Blank cells are 0 in the sums; whether the column exists is in `WeeklyData.has`. */
  readonly values: Readonly<Record<MeasureField, number>>;
}

export interface WeeklyData {
  readonly rows: readonly WeeklyRow[];
  readonly has: ReadonlySet<WeeklyField>;
  /** Sheet row numbers (1-based) with numbers but no stage: left out, and said so. */
  readonly withoutStage?: readonly number[];
}

const isBlank = (v: unknown) => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function readWeekly(table: Table, sheet = 'Weekly', locale?: string, tr: Translator = ENGLISH, timeZone?: string): WeeklyData {
  const ctx: CellContext = { sheet, locale, tr, timeZone };
  const header = (table[0] ?? []).map((h) => readText(h));
  const cols = new Map<WeeklyField, number>();
  header.forEach((h, c) => {
    const f = weeklyField(h);
    if (f && !cols.has(f)) cols.set(f, c); // the first column of a kind wins; later ones are the user's
  });
  for (const field of ['stage', 'spend'] as const) {
    if (!cols.has(field)) throw new PlanError(tr.t(field === 'spend' ? 'error.noSpendColumn' : 'error.noColumn', { sheet, column: tr.t(`header.${field}`) }));
  }
  const stageCol = cols.get('stage')!;
  const weekCol = cols.get('week');
  const variantCol = cols.get('variant');
  const measureCols = MEASURES.filter((m) => cols.has(m)).map((m) => [m, cols.get(m)!, header[cols.get(m)!]] as const);

  const rows: WeeklyRow[] = [];
  const withoutStage: number[] = [];
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    const stage = readText(row[stageCol]);
    if (!stage) {
      // Blank rows and notes are not measurements; numbers without a stage are worth a word
      // (a merged Stage cell that was not read, a pasted row), unless the row is a total.
      if (measureCols.some(([, c]) => !isBlank(row[c])) && !isTotalRow(row)) withoutStage.push(r + 1);
      continue;
    }
    const values: Record<MeasureField, number> = emptySums();
    for (const [m, c, h] of measureCols) values[m] = readAmount(ctx, h, row[c], r, c, MAY_BE_NEGATIVE.has(m)) ?? 0;
    rows.push({
      week: weekCol === undefined ? null : readDate(ctx, header[weekCol], row[weekCol], r, weekCol),
      stage,
      variant: variantCol === undefined ? '' : readText(row[variantCol]),
      values,
    });
  }
  return { rows, has: new Set(cols.keys()), withoutStage };
}
