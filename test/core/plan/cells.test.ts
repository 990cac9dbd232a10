import { describe, expect, it } from 'vitest';
import { columnDayReader, LARGEST_AMOUNT, readAmount, readDay, readText, type CellContext } from '../../../src/core/plan/cells';
import type { TableCell } from '../../../src/core/plan/types';

const ctx: CellContext = { sheet: 'Weekly', locale: 'en_US', timeZone: 'America/New_York' };

/** What readDay says of a cell: its day, or the message it throws. */
function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('columnDayReader: readDay over a column, cell after cell', () => {
  // Repeated instants as distinct Date objects and as the same one, an instant that is another
  // day in New York than in UTC, texts, serials, blanks, words and an invalid Date between them.
  const monday = new Date('2025-01-06T12:00:00Z');
  const cells: TableCell[] = [
    monday,
    new Date(monday.getTime()),
    monday,
    new Date('2025-01-13T03:00:00Z'), // Sunday evening in New York
    new Date('2025-01-13T03:00:00Z'),
    '2025-01-20',
    45678,
    '',
    undefined as unknown as TableCell, // a cell Sheets never hands over, read as blank
    'next week',
    new Date(NaN),
    new Date(NaN),
    monday,
    -3,
  ];
  it('gives every cell the day (or the error) readDay gives it alone', () => {
    const read = columnDayReader(ctx, 'Week', 0);
    const got = cells.map((v, r) => outcome(() => read(v, r + 1)));
    const want = cells.map((v, r) => outcome(() => readDay(ctx, 'Week', v, r + 1, 0)));
    expect(got).toEqual(want);
    // The test sees the cases it means to: days, a blank, and errors naming their cells.
    expect(want.filter((x) => typeof x === 'string' && x.startsWith('error'))).toHaveLength(2);
    expect(want[3]).not.toEqual(want[5]);
    expect(want).toContain(null);
  });
  it('reads a Date whose time changed after it was read as its new day', () => {
    const read = columnDayReader(ctx, 'Week', 0);
    const d = new Date('2025-01-06T12:00:00Z');
    const first = read(d, 1);
    d.setTime(Date.parse('2025-02-03T12:00:00Z'));
    expect(read(d, 2)).toBe(readDay(ctx, 'Week', d, 2, 0));
    expect(read(d, 2)).not.toBe(first);
  });
});

describe('readAmount: plain numbers first, the same answers', () => {
  it('passes amounts in range through and refuses the rest with the cell named', () => {
    expect(readAmount(ctx, 'Spend', 12.5, 3, 2)).toBe(12.5);
    expect(readAmount(ctx, 'Spend', 0, 3, 2)).toBe(0);
    expect(readAmount(ctx, 'Spend', LARGEST_AMOUNT, 3, 2)).toBe(LARGEST_AMOUNT);
    expect(readAmount(ctx, 'Revenue change', -40, 3, 2, true)).toBe(-40);
    expect(readAmount(ctx, 'Spend', '1,250.5', 3, 2)).toBe(1250.5);
    expect(readAmount(ctx, 'Spend', '', 3, 2)).toBeNull();
    expect(() => readAmount(ctx, 'Spend', -40, 3, 2)).toThrow(/Weekly!C4/);
    expect(() => readAmount(ctx, 'Spend', -40, 3, 2)).toThrow(/-40/);
    expect(() => readAmount(ctx, 'Spend', LARGEST_AMOUNT * 10, 3, 2)).toThrow(/Weekly!C4/);
    expect(() => readAmount(ctx, 'Revenue change', -LARGEST_AMOUNT * 10, 3, 2, true)).toThrow(/Weekly!C4/);
    expect(() => readAmount(ctx, 'Spend', NaN, 3, 2)).toThrow(/Weekly!C4/);
    expect(() => readAmount(ctx, 'Spend', Infinity, 3, 2)).toThrow(/Weekly!C4/);
  });
});

describe('readText', () => {
  it('trims text, writes a Date as its UTC day and anything else as String does', () => {
    expect(readText('  Video A ')).toBe('Video A');
    expect(readText(undefined as unknown as TableCell)).toBe('');
    expect(readText(new Date('2025-01-06T00:00:00Z'))).toBe('2025-01-06');
    expect(readText(7)).toBe('7');
    expect(readText(true)).toBe('true');
  });
});
