/** The `Weekly` sheet → measurements per row, with the columns it has (docs/contract.md §2.2). */
import { say } from '../../i18n/render';
import { dateOf, weekOf, type WeekStart } from '../calendar/day';
import type { Day } from '../model/day';
import type { MeasureField } from '../model/metrics';
import type { WeeklyData, WeeklyField, WeeklyRow } from '../model/weekly';
import { checkDateColumn, columnDayReader, readAmount, readText, type CellContext } from './cells';
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
  // The same, as plain arrays for the loop over every row (no tuple unpacked per cell).
  const measureFields = measureCols.map(([m]) => m);
  const measureIndex = measureCols.map(([, c]) => c);
  const measureHeaders = measureCols.map(([, , h]) => h);
  const measureSigned = measureFields.map((m) => MAY_BE_NEGATIVE.has(m));

  if (weekCol !== undefined) checkDateColumn(ctx, table, weekCol, header[weekCol]);
  const rows: WeeklyRow[] = [];
  // Weekly sheets repeat the same few days thousands of times: one Date per week, shared, and
  // the last row's day and week kept (rows of a week usually follow each other).
  const weekDates = new Map<Day, Date>();
  let lastDay: Day | null = null;
  let lastWeek: Date | null = null;
  const weekDate = (day: Day) => {
    if (day === lastDay) return lastWeek!;
    const w = weekOf(day, weekStart);
    let d = weekDates.get(w);
    if (!d) weekDates.set(w, (d = dateOf(w)));
    lastDay = day;
    lastWeek = d;
    return d;
  };
  const dayOf = weekCol === undefined ? null : columnDayReader(ctx, header[weekCol], weekCol);
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
    for (let k = 0; k < measureFields.length; k++) {
      const c = measureIndex[k];
      values[measureFields[k]] = readAmount(ctx, measureHeaders[k], row[c], r, c, measureSigned[k]) ?? 0;
    }
    const day = dayOf === null ? null : dayOf(row[weekCol!], r);
    const platform = sourceCol < 0 ? null : importedPlatform(row[sourceCol]);
    // One shape for every row, made without a spread (the loops that read rows stay on one
    // hidden class); a Source cell adds its platform.
    const out: { -readonly [K in keyof WeeklyRow]: WeeklyRow[K] } = {
      week: day === null ? null : weekDate(day),
      day,
      control: controlCol !== undefined && !isBlank(row[controlCol]),
      stage,
      variant: variantCol === undefined ? '' : readText(row[variantCol]),
      values,
    };
    if (platform) out.platform = platform;
    rows.push(out);
  }
  return { rows, has: new Set(cols.keys()), withoutStage };
}
