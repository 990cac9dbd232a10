/**
 * WEEKS_NEEDED as Sheets calls it, against brute-force week counting with scipy's t quantiles
 * (test/core/stats/reference/ranges_reference.py → ranges_reference.json).
 */
import { describe, expect, it } from 'vitest';
import reference from '../core/stats/reference/ranges_reference.json';
import { loadCode, messageOf } from '../support/codeJs';

const gs = loadCode();
const column = (xs: readonly number[]) => xs.map((x) => [x]);

describe('WEEKS_NEEDED', () => {
  it.each(reference.weeksNeeded.map((c) => [`${c.a.length} weeks, ${c.direction} ${c.target} at ${c.confidence}`, c] as const))('%s', (_, c) => {
    expect(gs.WEEKS_NEEDED(column(c.a), column(c.b), c.target, c.confidence, c.direction)).toBe(c.weeks === null ? '' : c.weeks);
  });
  it('the README example: ROAS 2.70 (2.31–3.09) vs 2.50 needs about 7 more weeks at 80%', () => {
    expect(gs.WEEKS_NEEDED(column([2200, 3200, 2400, 3000]), column([1000, 1000, 1000, 1000]), 2.5)).toBe(7);
    expect(gs.WEEKS_NEEDED(column([2200, 3200, 2400, 3000]), column([1000, 1000, 1000, 1000]), 2.5, 0.95, '≥')).toBe(21);
  });
  it('skips rows blank in both columns, reads text numbers, and blanks a zero denominator', () => {
    expect(gs.WEEKS_NEEDED([[2200], ['3 200'], [2400], ['$3,000'], [''], ['']], [[1000], [1000], [1000], [1000], [''], ['']], 2.5)).toBe(7);
    expect(gs.WEEKS_NEEDED(column([5, 6]), column([0, 0]), 1)).toBe('');
  });
  it('0 when already clear; blank on the wrong side or exactly on the target', () => {
    expect(gs.WEEKS_NEEDED(column([2700, 2700, 2700]), column([1000, 1000, 1000]), 2.7)).toBe(0);
    expect(gs.WEEKS_NEEDED(column([2200, 3200, 2400, 3000]), column([1000, 1000, 1000, 1000]), 2.7)).toBe('');
    expect(gs.WEEKS_NEEDED(column([2200, 3200, 2400, 3000]), column([1000, 1000, 1000, 1000]), 2.71)).toBe('');
    expect(gs.WEEKS_NEEDED(column([2200, 3200, 2400, 3000]), column([1000, 1000, 1000, 1000]), 2.69, 0.8, '<=')).toBe('');
  });
  it('explains bad input, naming the argument and the cell', () => {
    expect(messageOf(() => gs.WEEKS_NEEDED(column([1, 2]), column([1]), 1))).toBe(
      'WEEKS_NEEDED: weekly_spend has 1 rows but weekly_values has 2; give columns of the same length',
    );
    expect(messageOf(() => gs.WEEKS_NEEDED(column([1]), column([1]), 1))).toBe(
      'WEEKS_NEEDED: weekly_values has 1 week; at least 2 are needed to measure the weekly spread',
    );
    expect(messageOf(() => gs.WEEKS_NEEDED([[1], [''], [3]], column([1, 2, 3]), 1))).toBe(
      'WEEKS_NEEDED: weekly_values row 2 col 1 is blank but weekly_spend is not; every week needs both',
    );
    expect(messageOf(() => gs.WEEKS_NEEDED(column([1, 2]), column([1, -2]), 1))).toMatch(/^WEEKS_NEEDED: weekly_spend row 2 col 1 is -2/);
    expect(messageOf(() => gs.WEEKS_NEEDED(column([1, 2]), column([1, 2]), 1, 1))).toMatch(/^WEEKS_NEEDED: confidence row 1 col 1 is 1/);
    expect(messageOf(() => gs.WEEKS_NEEDED(column([1, 2]), column([1, 2]), 1, 0.8, '>'))).toMatch(/^WEEKS_NEEDED: direction row 1 col 1 is ">"; use one of/);
    expect(messageOf(() => gs.WEEKS_NEEDED(column([1, 2]), column([1, 2]), ''))).toMatch(/^WEEKS_NEEDED: target/);
  });
});
