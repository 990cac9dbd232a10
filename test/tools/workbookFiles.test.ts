/** The preview's own-data path: CSV folders and .xlsx files in and out, typed as Sheets would. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import type { WorkbookData } from '../../tools/apps-script-fake';
import { loadWorkbook, saveWorkbook, typeCsvCell } from '../../tools/preview/workbookFiles';

const book: WorkbookData = {
  sheets: [
    { name: 'Stages', values: EXAMPLE_STAGES.map((r) => [...r]) },
    { name: 'Weekly', values: EXAMPLE_WEEKLY.map((r) => [...r]) },
  ],
};

describe('workbook files', () => {
  it('types CSV cells: numbers and ISO dates typed, text numbers left for the add-on', () => {
    expect(typeCsvCell('12.5')).toBe(12.5);
    expect(typeCsvCell('2025-01-06')).toEqual(new Date(Date.UTC(2025, 0, 6)));
    expect(typeCsvCell('1 234,50 kr')).toBe('1 234,50 kr');
    expect(typeCsvCell('')).toBe('');
  });

  it.each(['csv', 'xlsx'])('round-trips the example through %s', async (kind) => {
    const dir = mkdtempSync(join(tmpdir(), 'liftgate-files-'));
    const path = kind === 'csv' ? join(dir, 'book') : join(dir, 'book.xlsx');
    await saveWorkbook(book, path);
    const back = await loadWorkbook(path);
    expect(back.sheets.map((s) => s.name).sort()).toEqual(['Stages', 'Weekly']);
    const weekly = back.sheets.find((s) => s.name === 'Weekly')!;
    expect(weekly.values).toEqual(EXAMPLE_WEEKLY);
  });
});
