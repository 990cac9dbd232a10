/** The A/B custom functions as Sheets calls them: shapes, blanks, messages. */
import { describe, expect, it } from 'vitest';
import { loadCode, messageOf } from '../support/codeJs';

const gs = loadCode();
const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe('AB_TEST', () => {
  it('returns one row of seven for single cells', () => {
    const r = gs.AB_TEST(120, 5000, 156, 5000) as unknown[][];
    expect(r).toHaveLength(1);
    expect(r[0]).toHaveLength(7);
    expect(r[0][0]).toBeCloseTo(0.024, 12);
    expect(r[0][1]).toBeCloseTo(0.0312, 12);
    expect(r[0][2]).toBeCloseTo(0.3, 12);
    expect(r[0][6]).toBe('B WINS');
  });
  it('one row per test for columns, blank rows stay blank', () => {
    const r = gs.AB_TEST(col(120, ''), col(5000, 5000), col(156, 1), col(5000, 5000)) as unknown[][];
    expect(r).toHaveLength(2);
    expect(r[1]).toEqual(['', '', '', '', '', '', '']);
  });
  it('refuses conversions above visitors, naming the cell', () => {
    expect(messageOf(() => gs.AB_TEST(col(1, 60), col(50, 50), 1, 50))).toBe(
      'AB_TEST: conversions_a row 2 col 1 is 60 but visitors_a is 50; conversions cannot exceed visitors',
    );
  });
  it('with_headers TRUE puts the column names above the rows (#26)', () => {
    const r = gs.AB_TEST(col(120, 0), col(5000, 100), col(156, 5), col(5000, 100), 0.95, true) as unknown[][];
    expect(r).toHaveLength(3);
    expect(r[0]).toEqual(['rate_a', 'rate_b', 'relative_lift', 'p_value', 'diff_lower', 'diff_upper', 'verdict']);
    expect(r[1]).toEqual((gs.AB_TEST(120, 5000, 156, 5000) as unknown[][])[0]);
    expect(gs.AB_TEST(120, 5000, 156, 5000, 0.95, false)).toHaveLength(1);
  });
  it("small counts: Fisher's exact test (0/100 against 5/100 is no clear winner at p = 0.059)", () => {
    const [[, , , p, lo, hi, verdict]] = gs.AB_TEST(0, 100, 5, 100) as unknown[][];
    expect(p).toBeCloseTo(0.0593832104685866, 12); // scipy.stats.fisher_exact
    expect(verdict).toBe('NO CLEAR WINNER');
    expect(lo as number).toBeLessThan(0);
    expect(hi).toBeCloseTo(0.05, 12);
  });
  it('refuses a confidence outside 0–1', () => {
    expect(messageOf(() => gs.AB_TEST(1, 50, 2, 50, 95))).toBe('AB_TEST: confidence row 1 col 1 is 95; it must be between 0 and 1 (exclusive)');
  });
});

describe('AB_PVALUE, PROB_B_BEATS_A, SAMPLE_SIZE', () => {
  it('element-wise over columns', () => {
    const p = gs.AB_PVALUE(col(120, 200), 5000, col(156, 200), 5000) as number[][];
    expect(p[1][0]).toBe(1);
    expect(p[0][0]).toBeCloseTo(0.027985983490189, 12); // scipy: 2·norm.sf(2.1975…)
    expect(gs.AB_PVALUE(120, 5000, 156, 5000, 1)).toBeCloseTo((p[0][0] as number) / 2, 12);
  });
  it('PROB_B_BEATS_A of equal data is one half', () => {
    expect(gs.PROB_B_BEATS_A(10, 100, 10, 100)).toBeCloseTo(0.5, 12);
  });
  it('PROB_B_BEATS_A takes fractional conversions as exports report them, and keeps tiny probabilities', () => {
    expect((gs.PROB_B_BEATS_A(0.5, 3, 0.7, 3) as number).toFixed(3)).toBe('0.561');
    expect(gs.PROB_B_BEATS_A('120.4', 5000, 156, 5000) as number).toBeCloseTo(0.98499711821102, 12);
    expect(gs.PROB_B_BEATS_A(90, 1000, 10, 1000) as number).toBeCloseTo(1.5365708275880303e-18, 28);
  });
  it("AB_TEST: verdict and interval agree on the issue's examples", () => {
    const [[, , , , lo1, hi1, v1]] = gs.AB_TEST(5, 100, 5000, 1e6, 0.99) as unknown[][];
    expect(v1).toBe('A WINS');
    expect(hi1 as number).toBeLessThan(0);
    expect(lo1 as number).toBeLessThan(hi1 as number);
    const [[, , , , lo2, hi2, v2]] = gs.AB_TEST(0, 10, 10, 10) as unknown[][];
    expect(v2).toBe('B WINS');
    expect([(lo2 as number).toFixed(4), hi2]).toEqual(['0.6777', 1]);
  });
  it('SAMPLE_SIZE reads percentages and refuses an impossible effect', () => {
    expect(gs.SAMPLE_SIZE('3%', 0.005)).toBe(18708);
    expect(messageOf(() => gs.SAMPLE_SIZE(0.03, 0.99))).toBe(
      'SAMPLE_SIZE: min_detectable_effect row 1 col 1 is 0.99; the changed rate must stay between 0 and 1',
    );
  });
});

describe('SEQUENTIAL_PVALUE and BEST_VARIANT', () => {
  it('a column of never-rising p-values, blank looks blank', () => {
    const r = gs.SEQUENTIAL_PVALUE(col(20, 45, '', 70), col(1000, 2000, '', 3000), col(25, 60, '', 98), col(1000, 2000, '', 3000)) as unknown[][];
    expect(r.map((x) => x[0])).toHaveLength(4);
    expect(r[2][0]).toBe('');
    expect(r[3][0] as number).toBeLessThanOrEqual(r[1][0] as number);
  });
  it('refuses cumulative counts that fall from one look to a later one, naming the cell', () => {
    expect(messageOf(() => gs.SEQUENTIAL_PVALUE(col(20, 45, 70), col(1000, 2000, 3000), col(25, 60, 98), col(1000, 900, 3000)))).toBe(
      'SEQUENTIAL_PVALUE: visitors_b row 2 col 1 is 900 but was 1000 at an earlier look (row 1); give cumulative counts, which never decrease',
    );
    // Across a blank look too.
    expect(messageOf(() => gs.SEQUENTIAL_PVALUE(col(20, '', 15), col(1000, '', 3000), col(25, '', 98), col(1000, '', 3000)))).toMatch(
      /^SEQUENTIAL_PVALUE: conversions_a row 3 col 1 is 15 but was 20 at an earlier look \(row 1\)/,
    );
    // Equal counts (a week without traffic) are fine.
    expect(gs.SEQUENTIAL_PVALUE(col(20, 20), col(1000, 1000), col(25, 25), col(1000, 1000))).toHaveLength(2);
  });
  it('refuses columns of different lengths', () => {
    expect(messageOf(() => gs.SEQUENTIAL_PVALUE(col(1, 2), col(10, 20, 30), col(1, 2), col(10, 20)))).toMatch(
      /^SEQUENTIAL_PVALUE: visitors_a has 3 rows but conversions_a has 2/,
    );
  });
  it('names the winner only when it beats every other variant', () => {
    expect(gs.BEST_VARIANT(col('Video', 'Carousel', 'Static'), col(420, 260, 250), col(12000, 12000, 12000))).toBe('Video');
    expect(gs.BEST_VARIANT(col('Video', 'Carousel'), col(101, 100), col(5000, 5000))).toBe('NO CLEAR WINNER');
  });
});
