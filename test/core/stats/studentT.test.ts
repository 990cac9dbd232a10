import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile } from '../../../src/core/stats/studentT';

/** Bisection of the same CDF to the last bit: the solver the Newton steps replaced (issue #24). */
function bisected(p: number, df: number): number {
  let lo = -1e6;
  let hi = 1e6;
  for (let i = 0; i < 2000; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('studentTQuantile', () => {
  it('is the closed form for 1 and 2 degrees of freedom', () => {
    for (const p of [0.55, 0.8, 0.9, 0.95, 0.975, 0.995, 0.2, 0.025]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 11);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 12);
    }
  });
  it("matches R's qt", () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 13);
    expect(studentTQuantile(0.9, 5)).toBeCloseTo(1.475884048824481, 13);
    expect(studentTQuantile(0.995, 3)).toBeCloseTo(5.840909309733349, 12);
  });
  it('agrees with bisecting the CDF to 1e-13 for the degrees of freedom the chart bands ask', () => {
    for (const p of [0.6, 0.9, 0.95, 0.975, 0.999]) {
      for (const df of [1, 2, 3, 5, 11, 30, 103, 277, 2776, 13887, 1e6, 2 ** 40, 0.5, 7.5]) {
        const q = studentTQuantile(p, df);
        expect(Math.abs(q - bisected(p, df)) / q).toBeLessThan(1e-13);
      }
    }
  });
  it('finds the root where Newton from the Cornish–Fisher start overshoots (tiny df, far tails, either side)', () => {
    // These are the cases that fall back on the bracket search: a wrong bracket shows as a
    // quantile whose CDF is not p.
    for (const df of [0.1, 0.3, 1, 2.5, 4]) {
      for (const p of [1e-12, 1e-6, 0.01, 0.3, 0.7, 0.99, 1 - 1e-6, 1 - 1e-12]) {
        const q = studentTQuantile(p, df);
        expect(Number.isFinite(q)).toBe(true);
        expect(Math.sign(q)).toBe(Math.sign(p - 0.5));
        // The lower tail's CDF holds p to its relative precision; near 1 it holds only ~1e-16 absolute.
        if (p < 0.5) expect(Math.abs(studentTCdf(q, df) - p) / p).toBeLessThan(1e-9);
        else expect(Math.abs(studentTCdf(q, df) - p)).toBeLessThan(1e-15);
      }
    }
  });
  it('is NaN outside 0 < p < 1 or for df ≤ 0, and 0 at the median', () => {
    expect(studentTQuantile(0, 5)).toBeNaN();
    expect(studentTQuantile(1, 5)).toBeNaN();
    expect(studentTQuantile(0.9, 0)).toBeNaN();
    expect(studentTQuantile(0.5, 5)).toBe(0);
  });
});
