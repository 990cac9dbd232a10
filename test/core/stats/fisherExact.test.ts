/**
 * AB_TEST with small counts (docs/contract.md §1.4, issue #27 item 5): Fisher's exact test when an
 * expected cell is under 5, against scipy (test/core/stats/reference/fisher_reference.py →
 * fisher_reference.json), and an interval that agrees with it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abTest, usesFisher } from '../../../src/core/stats/abTest';
import { fisherExact, fisherExactPValue, smallestExpectedCell } from '../../../src/core/stats/fisherExact';
import ref from './reference/fisher_reference.json';

describe("Fisher's exact test against scipy.stats.fisher_exact and a scipy inversion of it", () => {
  it.each(ref.fisher.map((c) => [`${c.convA}/${c.visA} vs ${c.convB}/${c.visB} at ${c.confidence}`, c] as const))('%s', (_, c) => {
    const r = fisherExact(c.convA, c.visA, c.convB, c.visB, c.confidence);
    expect(Math.abs(r.pValue - c.pValue)).toBeLessThan(1e-12);
    // brentq's xtol (1e-13 on ln ψ) bounds the reference's own error.
    expect(Math.abs(r.diffLower - c.diffLower)).toBeLessThan(1e-9);
    expect(Math.abs(r.diffUpper - c.diffUpper)).toBeLessThan(1e-9);
  });
});

describe('AB_TEST turns to it for small counts', () => {
  it("the issue's case: 0/100 against 5/100 is no clear winner (p = 0.059, not the z-test's 0.024)", () => {
    const r = abTest(0, 100, 5, 100);
    expect(r.test).toBe('fisher');
    expect(r.pValue).toBeCloseTo(0.059383, 6);
    expect(r.verdict).toBe('NO CLEAR WINNER');
    expect(r.diffLower).toBeLessThan(0);
    expect(r.diffUpper).toBeCloseTo(0.05, 12); // the most 5 conversions allow
  });
  it('an expected cell under 5 decides, for whole counts only', () => {
    expect(smallestExpectedCell(0, 100, 5, 100)).toBe(2.5);
    expect(usesFisher(0, 100, 5, 100)).toBe(true);
    expect(usesFisher(10, 100, 15, 100)).toBe(false); // 12.5 expected conversions per variant
    expect(usesFisher(0.5, 100, 5, 100)).toBe(false); // fractional counts (exports): the z-test
    expect(abTest(120, 5000, 156, 5000).test).toBe('z');
  });
  it('verdict, p-value and interval always agree, and swapping A and B mirrors them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(0.8, 0.9, 0.95, 0.99),
        (na, nb, ca0, cb0, conf) => {
          const ca = Math.min(ca0, na);
          const cb = Math.min(cb0, nb);
          const r = abTest(ca, na, cb, nb, conf);
          const excludes = r.diffLower > 0 || r.diffUpper < 0;
          expect(r.verdict !== 'NO CLEAR WINNER').toBe(excludes);
          if (r.test === 'fisher') {
            expect(r.pValue < 1 - conf).toBe(excludes);
            expect(r.pValue).toBe(fisherExactPValue(ca, na, cb, nb));
            const s = abTest(cb, nb, ca, na, conf);
            expect(s.pValue).toBeCloseTo(r.pValue, 12);
            expect(s.diffLower).toBeCloseTo(-r.diffUpper, 9);
          }
        },
      ),
      { numRuns: 500, seed: 27 },
    );
  });
});
