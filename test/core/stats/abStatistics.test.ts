/**
 * The A/B statistics against values computed independently with scipy and mpmath
 * (test/core/stats/reference/compute_reference.py → reference.json), to 1e-8 relative,
 * and the properties that must hold whatever the inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abTest, abZTest } from '../../../src/core/stats/abTest';
import { CLOSED_FORM_TERMS, probBBeatsA } from '../../../src/core/stats/probBBeatsA';
import { normQuantile } from '../../../src/core/stats/normal';
import { sampleSize } from '../../../src/core/stats/sampleSize';
import { sequentialPValues } from '../../../src/core/stats/sequential';
import { pooledZTest } from '../../../src/core/stats/twoProportions';
import { scoreInterval, scoreStatistic } from '../../../src/core/stats/scoreInterval';
import reference from './reference/reference.json';

const close = (actual: number, expected: number, rel = 1e-8) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-300));
};

describe('pooled z-test and its score interval (scipy: constrained MLE by optimisation, ends by brentq)', () => {
  it.each(reference.abTest.map((c) => [c.input.join(', '), c] as const))('%s', (_, c) => {
    const [ca, na, cb, nb] = c.input;
    const { z, pTwoSided } = pooledZTest(ca, na, cb, nb);
    close(z, c.z);
    close(pTwoSided, c.p);
    for (const [conf, lo, hi] of [
      [0.95, c.scoreLower95, c.scoreUpper95],
      [0.99, c.scoreLower99, c.scoreUpper99],
    ]) {
      // The z-test branch at every count (AB_TEST itself turns to Fisher's test for small counts: fisherExact.test.ts).
      const r = abZTest(ca, na, cb, nb, conf);
      // scipy's bounded optimiser stops at ~1e-11; the ends agree to that.
      expect(Math.abs(r.diffLower - lo)).toBeLessThan(1e-9 * Math.max(1, Math.abs(lo) * 100));
      expect(Math.abs(r.diffUpper - hi)).toBeLessThan(1e-9 * Math.max(1, Math.abs(hi) * 100));
      expect(r.verdict).toBe(c.p < 1 - conf ? (cb / nb > ca / na ? 'B WINS' : 'A WINS') : 'NO CLEAR WINNER');
    }
  });

  it("Newcombe (1998), Table II, method 10 (Mee's score interval = Farrington–Manning), to the 4 digits published", () => {
    const four = (r: { diffLower: number; diffUpper: number }) => [r.diffLower.toFixed(4), r.diffUpper.toFixed(4)];
    expect(four(abZTest(48, 80, 56, 70))).toEqual(['0.0533', '0.3377']); // 56/70 − 48/80
    expect(four(abZTest(0, 10, 10, 10))).toEqual(['0.6777', '1.0000']); // 10/10 − 0/10
    expect(four(abZTest(0, 10, 0, 10))).toEqual(['-0.2775', '0.2775']); // 0/10 − 0/10
  });

  it("the issue's contradictions are gone: verdict and interval agree", () => {
    for (const test of [abTest, abZTest]) {
      const a = test(5, 100, 5000, 1e6, 0.99);
      expect(a.verdict).toBe('A WINS');
      expect(a.diffUpper).toBeLessThan(0);
    }
    const b = abZTest(0, 10, 10, 10);
    expect(b.verdict).toBe('B WINS');
    expect(b.diffLower).toBeGreaterThan(0);
    expect(b.diffLower).toBeLessThan(b.diffUpper); // not [1, 1]
    expect(b.diffUpper).toBe(1);
  });
});

describe('P(B beats A), exact (mpmath at 50 digits)', () => {
  it.each(reference.probBBeatsA.map((c) => [c.input.join(', '), c] as const))('%s', (_, c) => {
    const [ca, na, cb, nb] = c.input;
    close(probBBeatsA(ca, na, cb, nb), c.p);
  });

  it('is fast and finite for very large counts (10⁸ visitors)', () => {
    const p = probBBeatsA(2_000_000, 100_000_000, 2_003_000, 100_000_000);
    expect(p).toBeGreaterThan(0.9);
    expect(p).toBeLessThan(1);
  });

  it('closed form and quadrature agree where they meet', () => {
    // Just below the switch the closed form runs; one conversion more, the quadrature does.
    const n = CLOSED_FORM_TERMS - 2;
    const sum = probBBeatsA(n + 300, 40 * n, n, 40 * n);
    const quad = probBBeatsA(n + 301.5, 40 * n, n + 1.5, 40 * n);
    const sumAgain = probBBeatsA(n + 301, 40 * n, n + 1, 40 * n);
    expect(quad).toBeGreaterThan(Math.min(sum, sumAgain) * (1 - 1e-6));
    expect(Math.abs(Math.log(quad / sumAgain))).toBeLessThan(0.05);
  });

  it('symmetry: P(B>A) + P(A>B) = 1', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300), (a, x, b, y) => {
        const p = probBBeatsA(a, a + x, b, b + y);
        const q = probBBeatsA(b, b + y, a, a + x);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(Math.abs(p + q - 1)).toBeLessThan(1e-9);
      }),
      { numRuns: 100 },
    );
  });
});

describe('P(B beats A) at its edges (mpmath: the smaller tail itself, at 40 digits)', () => {
  it.each(reference.probBBeatsAEdges.map((c) => [c.input.join(', '), c] as const))('%s', (_, c) => {
    const [ca, na, cb, nb] = c.input;
    const p = probBBeatsA(ca, na, cb, nb);
    // 10⁸ visitors: the incomplete beta function itself is good to ~1e-10 there.
    const rel = na >= 1e8 ? 1e-8 : 1e-12;
    close(p, c.p, rel);
    close(c.bIsLower ? p : 1 - p, c.smallerTail, na >= 1e8 ? 1e-8 : 1e-9);
  });

  it("the issue's example with fractional counts: 0.561, not 0.462", () => {
    expect(probBBeatsA(0.5, 3, 0.7, 3).toFixed(3)).toBe('0.561');
  });

  it('fractional counts sit between their whole neighbours', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (a, extra, b, f) => {
          const n = a + b + extra + 1;
          const lo = probBBeatsA(a, n, b, n);
          const mid = probBBeatsA(a, n, b + f, n);
          const hi = probBBeatsA(a, n, b + 1, n);
          expect(mid).toBeGreaterThanOrEqual(lo - 1e-12);
          expect(mid).toBeLessThanOrEqual(hi + 1e-12);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("Evan Miller's sample size (scipy)", () => {
  it.each(reference.sampleSize.map((c) => [c.input.join(', '), c] as const))('%s', (_, c) => {
    const [p, d, alpha, power] = c.input;
    expect(sampleSize(p, d, alpha ?? 0.05, power ?? 0.8)).toBe(c.n);
  });
});

describe('mSPRT always-valid p-values', () => {
  it('match the reference look by look', () => {
    const looks = reference.sequential.input.map(([convA, visA, convB, visB]) => ({ convA, visA, convB, visB }));
    sequentialPValues(looks, reference.sequential.tau2).forEach((p, i) => close(p!, reference.sequential.p[i]));
  });

  it('never rise from one look to the next and stay in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 5000 }), fc.nat(1000), fc.integer({ min: 1, max: 5000 })), { minLength: 1, maxLength: 12 }),
        (rows) => {
          const looks = rows.map(([a, x, b, y]) => ({ convA: Math.min(a, x), visA: x, convB: Math.min(b, y), visB: y }));
          const ps = sequentialPValues(looks) as number[];
          ps.forEach((p, i) => {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
            if (i > 0) expect(p).toBeLessThanOrEqual(ps[i - 1]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('A/B properties', () => {
  it('the verdict names a winner exactly when the interval excludes 0, and p < 1 − confidence then', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0.8, 0.9, 0.95, 0.99),
        (na, nb, ra, rb, conf) => {
          const ca = Math.round(ra * ra * na);
          const cb = Math.round(rb * rb * nb);
          const r = abTest(ca, na, cb, nb, conf);
          const excludes = r.diffLower > 0 || r.diffUpper < 0;
          expect(r.verdict !== 'NO CLEAR WINNER').toBe(excludes);
          if (r.verdict === 'B WINS') expect(r.diffLower).toBeGreaterThan(0);
          if (r.verdict === 'A WINS') expect(r.diffUpper).toBeLessThan(0);
          expect(r.diffLower).toBeLessThanOrEqual(cb / nb - ca / na + 1e-15);
          expect(r.diffUpper).toBeGreaterThanOrEqual(cb / nb - ca / na - 1e-15);
          // The statistic behind both is the pooled z: away from the boundary, p agrees too.
          const zc = normQuantile(1 - (1 - conf) / 2);
          const z = Math.abs(pooledZTest(ca, na, cb, nb).z);
          if (Math.abs(z - zc) > 1e-9) expect(r.pValue < 1 - conf).toBe(excludes);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('swapping A and B flips the difference, keeps the p-value, and mirrors the verdict', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (na, nb, ra, rb) => {
          const ca = Math.round(ra * na);
          const cb = Math.round(rb * nb);
          const ab = abTest(ca, na, cb, nb);
          const ba = abTest(cb, nb, ca, na);
          if (Number.isNaN(ab.pValue)) return;
          expect(ab.pValue).toBeCloseTo(ba.pValue, 12);
          // The score interval solves a cubic per step: mirror images agree to ~1e-12.
          expect(ab.diffLower).toBeCloseTo(-ba.diffUpper, 10);
          const mirror = { 'B WINS': 'A WINS', 'A WINS': 'B WINS', 'NO CLEAR WINNER': 'NO CLEAR WINNER' } as const;
          expect(ba.verdict).toBe(mirror[ab.verdict]);
          expect(ab.pValue).toBeGreaterThanOrEqual(0);
          expect(ab.pValue).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays finite at the edges: 0 conversions, all conversions, tiny rates', () => {
    for (const [ca, na, cb, nb] of [
      [0, 1000, 0, 1000],
      [1000, 1000, 1000, 1000],
      [0, 1000, 1000, 1000],
      [1, 100_000_000, 2, 100_000_000],
    ]) {
      const r = abTest(ca, na, cb, nb);
      expect(Number.isFinite(r.pValue)).toBe(true);
      expect(Number.isFinite(r.diffLower) && Number.isFinite(r.diffUpper)).toBe(true);
      expect(Number.isFinite(probBBeatsA(ca, na, cb, nb))).toBe(true);
    }
  });
});

describe("the score interval by Brent's method equals the bisection it replaced (#24: ~12 evaluations a row, not ~120)", () => {
  /** The interval as it was found before: halving each end's bracket down to adjacent doubles. */
  function bisection(ca: number, na: number, cb: number, nb: number, z0: number, zc: number): [number, number] {
    const z = (d: number) => scoreStatistic(ca, na, cb, nb, d);
    const diff = cb / nb - ca / na;
    let lo = z0 > zc ? 0 : -1;
    let hi = z0 > zc ? diff : 0;
    if (diff === -1) hi = -1;
    for (let i = 0; i < 200 && hi > lo; i++) {
      const mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) break;
      if (z(mid) > zc) lo = mid;
      else hi = mid;
    }
    const lower = hi;
    lo = z0 < -zc ? diff : 0;
    hi = z0 < -zc ? 0 : 1;
    if (diff === 1) lo = 1;
    for (let i = 0; i < 200 && hi > lo; i++) {
      const mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) break;
      if (z(mid) >= -zc) lo = mid;
      else hi = mid;
    }
    return [lower, lo];
  }
  // Within a hair of 0 % or 100 % (1/7,846 against 12,787/12,788) the statistic itself is only
  // good to ~1e-12 in δ (mpmath at 50 digits: both searches miss by 6e-13, on either side).
  it('to 1e-12 wherever both rates lie within 1–99 %', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 1_000_000 }),
        fc.integer({ min: 100, max: 1_000_000 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.constantFrom(0.8, 0.9, 0.95, 0.99),
        (na, nb, ra, rb, conf) => {
          const within = (r: number, n: number) => Math.min(Math.floor(0.99 * n), Math.max(Math.ceil(0.01 * n), Math.round(r * n)));
          const ca = within(ra, na);
          const cb = within(rb, nb);
          const zc = normQuantile(1 - (1 - conf) / 2);
          const z0 = pooledZTest(ca, na, cb, nb).z;
          const [lo, hi] = scoreInterval(ca, na, cb, nb, z0, zc);
          const [blo, bhi] = bisection(ca, na, cb, nb, z0, zc);
          expect(Math.abs(lo - blo)).toBeLessThanOrEqual(1e-12);
          expect(Math.abs(hi - bhi)).toBeLessThanOrEqual(1e-12);
        },
      ),
      { numRuns: 3000, seed: 27 }, // a fixed seed: the same 3,000 cases on every run
    );
  });
});
