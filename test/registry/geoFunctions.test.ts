/** The geo-experiment functions as Sheets calls them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCode, messageOf } from '../support/codeJs';

const gs = loadCode();
const rows = readFileSync(join(__dirname, '..', 'core', 'stats', 'data', 'ger_tbr_daily.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const col = (i: number) => rows.map((r) => [Number(r[i])]);

describe('IROAS_TBR', () => {
  it('=IROAS_TBR(C2:C71, D2:D71, 50000, 42, 0.95, 3) gives the vignette numbers', () => {
    const [[iroas, lower, upper, p]] = gs.IROAS_TBR(col(2), col(3), 50000, 42, 0.95, 3) as number[][];
    expect(iroas.toFixed(6)).toBe('2.946742');
    expect(lower.toFixed(6)).toBe('2.759772');
    expect(upper.toFixed(6)).toBe('3.133713');
    expect(p.toFixed(3)).toBe('0.284');
  });
  it('sums a spend column over the test rows, and puts headers on request', () => {
    const spend = rows.map((_, i) => [i < 42 ? 999 : 50000 / 28]);
    const r = gs.IROAS_TBR(col(2), col(3), spend, 42, 0.95, 3, true) as unknown[][];
    expect(r[0]).toEqual(['iROAS', 'lower', 'upper', 'probability']);
    expect((r[1][0] as number).toFixed(6)).toBe('2.946742');
  });
  it('explains bad input', () => {
    expect(messageOf(() => gs.IROAS_TBR(col(2), col(3).slice(1), 50000, 42))).toBe(
      'IROAS_TBR: control_response has 69 rows but test_response has 70; give columns of the same length',
    );
    expect(messageOf(() => gs.IROAS_TBR(col(2), col(3), 50000, 70))).toMatch(/^IROAS_TBR: pretest_rows row 1 col 1 is 70 but there are only 70 rows/);
    expect(messageOf(() => gs.IROAS_TBR(col(2), col(3), 0, 42))).toMatch(/^IROAS_TBR: spend adds up to 0/);
  });
  it('refuses a blank spend cell in the test period (not read as 0); blanks in the pretest are fine', () => {
    const spend = rows.map((_, i) => [i < 42 ? '' : i === 50 ? '' : 2000]);
    expect(messageOf(() => gs.IROAS_TBR(col(2), col(3), spend, 42))).toBe(
      'IROAS_TBR: spend row 51 col 1 is blank in the test period; give the spend of every test-period row (0 if none)',
    );
    spend[50] = [0];
    expect((gs.IROAS_TBR(col(2), col(3), spend, 42) as number[][])[0]).toHaveLength(4);
  });
  it('a control constant over the pretest gives the intercept-only fit, not blanks', () => {
    const r = gs.IROAS_TBR([[10], [12], [11], [13], [20], [21]], [[5], [5], [5], [5], [5], [6]], 10, 4) as number[][];
    expect(r[0].map((v) => v.toFixed(3))).toEqual(['1.800', '1.274', '2.326', '0.981']);
  });
  it('a probability far in the upper tail is small, not 0', () => {
    const [[, , , p]] = gs.IROAS_TBR(col(2), col(3), 50000, 42, 0.95, 6) as number[][];
    expect(p).toBeGreaterThan(1e-31);
    expect(p).toBeLessThan(1e-30);
  });
});

describe('IROAS_MDE', () => {
  it('=IROAS_MDE(history, history, 42, 28, spend per day) as the scipy computation', () => {
    expect(gs.IROAS_MDE(col(2), col(3), 42, 28, 50000 / 28) as number).toBeCloseTo(0.20728939561274767, 10);
    // Rows after the history are ignored: the same with only the 42 history rows.
    expect(gs.IROAS_MDE(col(2).slice(0, 42), col(3).slice(0, 42), 42, 28, 50000 / 28) as number).toBeCloseTo(0.20728939561274767, 10);
  });
  it('explains bad input', () => {
    expect(messageOf(() => gs.IROAS_MDE(col(2), col(3), 80, 4, 100))).toBe('IROAS_MDE: pretest_rows row 1 col 1 is 80 but there are only 70 rows');
    expect(messageOf(() => gs.IROAS_MDE(col(2), col(3), 42, 4, 0))).toMatch(/^IROAS_MDE: spend_per_week row 1 col 1 is 0/);
    const holed: unknown[][] = col(3);
    holed[5] = [''];
    expect(messageOf(() => gs.IROAS_MDE(col(2), holed, 42, 4, 100))).toBe('IROAS_MDE: control row 6 col 1 is blank; every history row needs a value');
  });
});

/** Single values as a one-column range. */
const cells = (...xs: number[]) => xs.map((x) => [x]);

describe('IROAS_MDE with a perfect pretest fit (#27 item 5)', () => {
  it('says so instead of answering 0', () => {
    const control = Array.from({ length: 20 }, (_, i) => 1000 + 37 * i + (i % 3) * 11);
    const test = control.map((c) => 2 * c + 500); // exactly on a line
    expect(messageOf(() => gs.IROAS_MDE(cells(...test), cells(...control), 20, 6, 1000))).toBe(
      'IROAS_MDE: test fits control exactly over the 20 history rows (no scatter around the line test = a + b × control), so there is no noise to size a test against; check that test and control are different series, not copies or multiples of each other',
    );
    const noisy = test.map((t, i) => t + (i % 2 ? 3 : -3));
    expect(gs.IROAS_MDE(cells(...noisy), cells(...control), 20, 6, 1000) as number).toBeGreaterThan(0);
  });
});

describe('IROAS_TRIMMED_MATCH with pairs that differ in nothing (#27 item 5)', () => {
  const dy = [1200, -300, 2500, 800, 4000, 1500, 600, 3100, ...Array(24).fill(0)];
  const dx = [500, 200, 900, 400, 1200, 700, 300, 1000, ...Array(24).fill(0)];
  it('24 of 32 pairs 0/0: the automatic trim stops where two informative pairs are always kept', () => {
    const [[iroas, lower, upper, trim, se]] = gs.IROAS_TRIMMED_MATCH(cells(...dy), cells(...dx)) as number[][];
    expect(trim).toBeLessThanOrEqual(3 / 32); // 32 − 2·3 = 26 retained ≥ 24 empty + 2
    expect(iroas).toBeGreaterThan(1.5); // the informative pairs return 1.5–3.0 per unit of spend, not 7e-298
    expect(iroas).toBeLessThan(3.1);
    expect(se).toBeGreaterThan(0.01);
    expect(lower).toBeLessThan(iroas);
    expect(upper).toBeGreaterThan(iroas);
  });
  it('a fixed trim rate that could keep only empty pairs is refused with the numbers', () => {
    expect(messageOf(() => gs.IROAS_TRIMMED_MATCH(cells(...dy), cells(...dx), 0.25, 0.8, 0.25))).toBe(
      'IROAS_TRIMMED_MATCH: trim_rate row 1 col 1 is 0.25; it keeps 16 pairs, and 24 of the 32 pairs have both delta_response and delta_spend 0 and say nothing about iROAS, so the estimate could rest on them alone. Give a trim rate of at most 0.0938, or leave those pairs out',
    );
  });
  it('fewer than two informative pairs: a clear message', () => {
    expect(messageOf(() => gs.IROAS_TRIMMED_MATCH(cells(5, 0, 0, 0), cells(2, 0, 0, 0)))).toBe(
      'IROAS_TRIMMED_MATCH: delta_response has 3 of its 4 pairs with both delta_response and delta_spend 0, which say nothing about iROAS; Trimmed Match needs at least 2 pairs that differ',
    );
  });
});

describe('IROAS_TRIMMED_MATCH', () => {
  it('returns iROAS, lower, upper, trim rate, standard error', () => {
    const r = gs.IROAS_TRIMMED_MATCH([[1], [10], [3], [8]], [[1], [5], [2], [5]], 0.3, 0.9, 0.25) as number[][];
    expect(r[0].map((v) => Number(v.toFixed(3)))).toEqual([1.571, -29.374, 1.619, 0.25, 0.041]);
  });
  it('refuses spend differences that are all (nearly) zero, as Google does', () => {
    expect(messageOf(() => gs.IROAS_TRIMMED_MATCH([[1], [10], [3], [8]], [[0], [0], [0], [0]]))).toBe(
      'IROAS_TRIMMED_MATCH: delta_spend is 0 in every pair; Trimmed Match needs pairs whose test and control spend differ (delta_spends are all too close to 0)',
    );
    expect(messageOf(() => gs.IROAS_TRIMMED_MATCH([[1], [10], [3], [8]], [[1e-15], [0], [-2e-15], [0]]))).toMatch(
      /delta_spend is within 1e-10 of 0 in every pair/,
    );
  });
  it('refuses a trim rate above the maximum', () => {
    expect(messageOf(() => gs.IROAS_TRIMMED_MATCH([[1], [10], [3], [8]], [[1], [5], [2], [5]], 0.1, 0.9, 0.25))).toBe(
      'IROAS_TRIMMED_MATCH: trim_rate row 1 col 1 is 0.25; it must be at most max_trim_rate (0.1)',
    );
  });
});
