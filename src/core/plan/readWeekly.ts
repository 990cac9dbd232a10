/** The `Weekly` sheet → measurements per row, with the columns it has (docs/contract.md §2.2). */
import { say } from '../../i18n/render';
import { dateOf, weekOf, type WeekStart } from '../calendar/day';
import type { Day } from '../model/day';
import type { MeasureField } from '../model/metrics';
import type { WeeklyData, WeeklyField, WeeklyRow } from '../model/weekly';
import { checkDateColumn, readAmount, readDay, readText, type CellContext } from './cells';
import { PlanError } from './errors';
import { weeklyField } from './headers';
import { isTotalRow } from '../vocabulary/totalRows';
import { importedPlatform, SOURCE_HEADER_NAMES } from '../vocabulary/sourceCell';
import { normalizeHeader } from '../vocabulary/normalize';
import type { Table } from './types';

import { emptySums, MAY_BE_NEGATIVE, MEASURES } from '../metrics/measures';

const isBlank = (v: unknown) => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function readWeekly(table: Table, sheet = 'Weekly', locale?: string, timeZone?: string, weekStart: WeekStart = 'monday'): WeeklyData {
  const ctx: CellContext = { sheet, locale, timeZone };
  const header = (table[0] ?? []).map((h) => readText(h));
  const cols = new Map<WeeklyField, number>();
  header.forEach((h, c) => {
    const f = weeklyField(h);
    if (f && !cols.has(f)) cols.set(f, c); // the first column of a kind wins; later ones are the user's
  });
  for (const field of ['stage', 'spend'] as const) {
    if (!cols.has(field)) throw new PlanError(say(field === 'spend' ? 'error.noSpendColumn' : 'error.noColumn', { sheet, column: say(`header.${field}`) }));
  }
  const stageCol = cols.get('stage')!;
  const weekCol = cols.get('week');
  const variantCol = cols.get('variant');
  const controlCol = cols.get('controlRevenue');
  const sources = new Set(SOURCE_HEADER_NAMES.map(normalizeHeader));
  const sourceCol = header.findIndex((h) => sources.has(normalizeHeader(h)));
  const measureCols = MEASURES.filter((m) => cols.has(m)).map((m) => [m, cols.get(m)!, header[cols.get(m)!]] as const);

  if (weekCol !== undefined) checkDateColumn(ctx, table, weekCol, header[weekCol]);
  const rows: WeeklyRow[] = [];
  // Weekly sheets repeat the same few days thousands of times: one Date per week, shared.
  const weekDates = new Map<Day, Date>();
  const weekDate = (day: Day) => {
    const w = weekOf(day, weekStart);
    let d = weekDates.get(w);
    if (!d) weekDates.set(w, (d = dateOf(w)));
    return d;
  };
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
    const day = weekCol === undefined ? null : readDay(ctx, header[weekCol], row[weekCol], r, weekCol);
    const platform = sourceCol < 0 ? null : importedPlatform(row[sourceCol]);
    rows.push({
      ...(platform ? { platform } : {}),
      week: day === null ? null : weekDate(day),
      day,
      control: controlCol !== undefined && !isBlank(row[controlCol]),
      stage,
      variant: variantCol === undefined ? '' : readText(row[variantCol]),
      values,
    });
  }
  return { rows, has: new Set(cols.keys()), withoutStage };
}
