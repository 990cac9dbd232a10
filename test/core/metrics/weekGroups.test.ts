import { describe, expect, it } from 'vitest';
import { weekBuckets } from '../../../src/core/charts/weekBuckets';
import { weekTotals } from '../../../src/core/evidence/weeks';
import { emptySums } from '../../../src/core/metrics/measures';
import { weekGroups } from '../../../src/core/metrics/weekGroups';
import type { WeeklyRow } from '../../../src/core/model/weekly';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
function row(week: Date | null, spend: number, revenue: number, variant = 'A'): WeeklyRow {
  return { week, stage: 'Prospecting', variant, values: { ...emptySums(), spend, revenue } };
}

describe('weekGroups: one grouping, two orders', () => {
  // Out of date order, a week split over non-adjacent rows, an undated row in the middle.
  const rows = [
    row(day('2025-01-13'), 100, 0.1),
    row(day('2025-01-06'), 0, 0.2),
    row(null, 5, 7),
    row(day('2025-01-13'), 50, 0.7, 'B'),
    row(day('2025-01-06'), 0, 0.3, 'B'),
  ];
  it('the ranges see the weeks in order of first appearance, an undated row where it stands', () => {
    expect(weekTotals(rows, true).map((w) => [w.sums.spend, w.sums.revenue])).toEqual([
      [150, 0.1 + 0.7],
      [0, 0.2 + 0.3],
      [5, 7],
    ]);
  });
  it('the charts see the same sums oldest first, undated weeks last, spent when a row has spend', () => {
    const b = weekBuckets(rows);
    expect(b.map((x) => [x.label, x.row.values.spend, x.row.values.revenue, x.spent])).toEqual([
      ['2025-01-06', 0, 0.2 + 0.3, false],
      ['2025-01-13', 150, 0.1 + 0.7, true],
      ['undated 1', 5, 7, true],
    ]);
  });
  it('groups a rows array once: both views read the same sums', () => {
    expect(weekGroups(rows)).toBe(weekGroups(rows));
    expect(weekBuckets(rows)[1].row.values).toBe(weekTotals(rows, true)[0].sums);
  });
  it('without a Week column every row is a week of its own', () => {
    expect(weekTotals(rows, false).map((w) => w.sums.spend)).toEqual([100, 0, 5, 50, 0]);
  });
});

describe('weekBuckets: week labels', () => {
  it('labels each week by its day, for shared and distinct Dates, and a Date changed later by its new day', () => {
    const shared = day('2025-03-03');
    const rows = [row(shared, 1, 1), row(day('2025-03-10'), 1, 1)];
    expect(weekBuckets(rows).map((b) => b.label)).toEqual(['2025-03-03', '2025-03-10']);
    expect(weekBuckets([row(day('2025-03-03'), 2, 2)]).map((b) => b.label)).toEqual(['2025-03-03']);
    shared.setTime(Date.parse('2025-04-07T00:00:00Z'));
    expect(weekBuckets([row(shared, 1, 1)]).map((b) => b.label)).toEqual(['2025-04-07']);
  });
});
