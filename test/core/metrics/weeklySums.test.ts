import { describe, expect, it } from 'vitest';
import { emptySums } from '../../../src/core/metrics/measures';
import { countWeeks } from '../../../src/core/metrics/weeklySums';
import type { WeeklyRow } from '../../../src/core/model/weekly';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
function row(week: Date | null, spend: number): WeeklyRow {
  return { week, stage: 'Prospecting', variant: 'A', values: { ...emptySums(), spend } };
}

describe('countWeeks', () => {
  // Two rows of one week as distinct Dates, a week without spend, two undated rows (one spent).
  const rows = [row(day('2025-01-06'), 10), row(null, 4), row(day('2025-01-06'), 5), row(day('2025-01-13'), 0), row(day('2025-01-20'), 1), row(null, 0)];
  it('counts distinct weeks with spend, an undated row with spend as a week of its own', () => {
    expect(countWeeks(rows, true)).toBe(3);
  });
  it('counts every week and every undated row when spend does not matter', () => {
    expect(countWeeks(rows, true, false)).toBe(5);
  });
  it('without a Week column counts rows', () => {
    expect(countWeeks(rows, false)).toBe(4);
    expect(countWeeks(rows, false, false)).toBe(6);
  });
  it('is 0 for no rows', () => {
    expect(countWeeks([], true)).toBe(0);
  });
});
