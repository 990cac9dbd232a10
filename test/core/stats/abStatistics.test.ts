/**
 * The A/B statistics against values computed independently with scipy and mpmath
 * (test/core/stats/reference/compute_reference.py → reference.json), to 1e-8 relative,
 * and the properties that must hold whatever the inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abTest } from '../../../src/core/stats/abTest';
import { EXACT_TERMS, probBBeatsA } from '../../../src/core/stats/probBBeatsA';
import { sampleSize } from '../../../src/core/stats/sampleSize';
import { sequentialPValues } from '../../../src/core/stats/sequential';
import { pooledZTest } from '../../../src/core/stats/twoProportions';
import reference from './reference/reference.json';

const close = (actual: number, expected: number, rel = 1e-8) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-300));
};

describe('pooled z-test and unpooled interval (scipy)', () => {
  it.each(reference.abTest.map((c) => [c.input.join(', '), c] as const))('%s', (_, c) => {
    const [ca, na, cb, nb] = c.input;
    const { z, pTwoSided } = pooledZTest(ca, na, cb, nb);
    close(z, c.z);
    close(pTwoSided, c.p);
    const r = abTest(ca, na, cb, nb, 0.95);
    close(r.diffLower, c.lower95);
    close(r.diffUpper, c.upper95);
    expect(r.verdict).toBe(c.p < 0.05 ? (cb / nb > ca / na ? 'B WINS' : 'A WINS') : 'NO CLEAR WINNER');
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

  it('switches to the normal approximation only past the documented size, and agrees there', () => {
    // Just below the switch: exact; the same counts through the approximation differ by < 1e-3.
    const n = EXACT_TERMS - 2;
    const exact = probBBeatsA(n, 4 * n, n + 1500, 4 * n);
    const approx = probBBeatsA(n + 2, 4 * n, n + 1502, 4 * n);
    expect(Math.abs(exact - approx)).toBeLessThan(1e-3);
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
      fc.property(fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 5000 }), fc.nat(1000), fc.integer({ min: 1, max: 5000 })), { minLength: 1, maxLength: 12 }), (rows) => {
        const looks = rows.map(([a, x, b, y]) => ({ convA: Math.min(a, x), visA: x, convB: Math.min(b, y), visB: y }));
        const ps = sequentialPValues(looks) as number[];
        ps.forEach((p, i) => {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          if (i > 0) expect(p).toBeLessThanOrEqual(ps[i - 1]);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('A/B properties', () => {
  it('swapping A and B flips the difference, keeps the p-value, and mirrors the verdict', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (na, nb, ra, rb) => {
        const ca = Math.round(ra * na);
        const cb = Math.round(rb * nb);
        const ab = abTest(ca, na, cb, nb);
        const ba = abTest(cb, nb, ca, na);
        if (Number.isNaN(ab.pValue)) return;
        expect(ab.pValue).toBeCloseTo(ba.pValue, 12);
        expect(ab.diffLower).toBeCloseTo(-ba.diffUpper, 12);
        const mirror = { 'B WINS': 'A WINS', 'A WINS': 'B WINS', 'NO CLEAR WINNER': 'NO CLEAR WINNER' } as const;
        expect(ba.verdict).toBe(mirror[ab.verdict]);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('stays finite at the edges: 0 conversions, all conversions, tiny rates', () => {
    for (const [ca, na, cb, nb] of [[0, 1000, 0, 1000], [1000, 1000, 1000, 1000], [0, 1000, 1000, 1000], [1, 100_000_000, 2, 100_000_000]]) {
      const r = abTest(ca, na, cb, nb);
      expect(Number.isFinite(r.pValue)).toBe(true);
      expect(Number.isFinite(r.diffLower) && Number.isFinite(r.diffUpper)).toBe(true);
      expect(Number.isFinite(probBBeatsA(ca, na, cb, nb))).toBe(true);
    }
  });
});
