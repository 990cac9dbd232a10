/**
 * IROAS_TRIMMED_MATCH on inputs that used to hang or that take the large-input path (#20, #24):
 * trim 0 on whole-number data with ties (32 pairs: the sweep never ended), and the automatic
 * search's Newton roots (more than 1,000 pairs) checked against the definition.
 */
import { describe, expect, it } from 'vitest';
import { trimmedMatch } from '../../../src/core/stats/trimmedMatch';
import { seeded } from '../../../tools/bench/timing';

// The case of #20: 32 pairs of small whole numbers with ties, generated as the audit did.
const lcg = (seed: number) => {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
};
function tiedPairs(seed: number, n = 32) {
  const rnd = lcg(seed);
  const dx = Array.from({ length: n }, () => Math.floor(rnd() * 6) - 1);
  const dy = dx.map((x) => 2 * x + Math.floor(rnd() * 7) - 3);
  return { dx, dy };
}
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);

describe('trim 0 on whole-number data with ties (32 pairs)', () => {
  it.each([2, 5, 11, 17])('seed %i: finishes, and the estimate is ΣΔresponse/ΣΔspend', (seed) => {
    const { dx, dy } = tiedPairs(seed);
    // Before the fix, seed 2 swept forever: the min tree's last node shared its slot with the
    // max tree's, so a crossing there was never cleared.
    const r = trimmedMatch(dy, dx, { trimRate: 0 });
    const expected = sum(dy) / sum(dx);
    expect(Math.abs(r.iroas - expected)).toBeLessThan(1e-9 * Math.abs(expected));
    expect(r.lower).toBeLessThanOrEqual(r.iroas);
    expect(r.upper).toBeGreaterThanOrEqual(r.iroas);
  });

  it('with 31, 32, 63 and 64 pairs (the sizes that met the shared slot) every trim rate finishes', () => {
    for (const n of [31, 32, 63, 64]) {
      for (const trimRate of [0, 1 / n, 0.1, undefined]) {
        const { dx, dy } = tiedPairs(n, n);
        const r = trimmedMatch(dy, dx, { trimRate });
        expect(Number.isFinite(r.iroas)).toBe(true);
      }
    }
  });
});

describe('the automatic search on more than 1,000 pairs (roots by Newton)', () => {
  const rnd = seeded(7);
  const n = 1500;
  const dx = Array.from({ length: n }, () => 500 + rnd() * 20_000);
  const dy = dx.map((x) => 2.5 * x + (rnd() - 0.5) * 20_000 + (rnd() < 0.05 ? 150_000 : 0));
  const r = trimmedMatch(dy, dx);

  it('every candidate zeroes the trimmed mean of its residuals, with the paper’s standard error', () => {
    for (const c of r.candidates.filter((_, i) => i % 25 === 0 || i < 5)) {
      const k = Math.ceil(c.trimRate * n);
      const res = dy.map((y, i) => y - c.iroas * dx[i]);
      const order = res.map((_, i) => i).sort((a, b) => res[a] - res[b]);
      const body = order.slice(k, n - k);
      const scale = Math.max(...res.map(Math.abs));
      expect(Math.abs(sum(body.map((i) => res[i])) / body.length)).toBeLessThan(1e-9 * scale);
      // Eq. (8.2): winsorised residual variance over the squared mean spend difference of the body.
      const lo = res[order[k]];
      const hi = res[order[n - 1 - k]];
      const sumSq = k * (lo * lo + hi * hi) + sum(body.map((i) => res[i] ** 2));
      const meanX = sum(body.map((i) => dx[i])) / n;
      const se = Math.sqrt(sumSq / (meanX * meanX * n) / n);
      expect(Math.abs(c.stdError - se)).toBeLessThan(1e-9 * se);
    }
  });

  it('the outliers are trimmed: the estimate is near the true 2.5, the plain ratio is not', () => {
    expect(r.trimRate).toBeGreaterThan(0);
    expect(Math.abs(r.iroas - 2.5)).toBeLessThan(0.1);
    expect(sum(dy) / sum(dx)).toBeGreaterThan(2.8);
    expect(r.lower).toBeLessThan(r.iroas);
    expect(r.upper).toBeGreaterThan(r.iroas);
  });
});
