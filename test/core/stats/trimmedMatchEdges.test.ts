/**
 * IROAS_TRIMMED_MATCH at its edges: exact ties broken as Google's Python entry point does,
 * against a plain Python re-implementation of the published algorithm
 * (reference/trimmed_match_reference.py → trimmed_match_reference.json); spend differences
 * that are all zero; and the sweep against the direct definition on random data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimmedMatch } from '../../../src/core/stats/trimmedMatch';
import { perturbTies } from '../../../src/core/stats/trimmedMatchTies';
import ref from './reference/trimmed_match_reference.json';

const same = (actual: number, expected: number | null) => {
  if (expected === null || Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe('ties, as google/trimmed_match breaks them (Python port of the published algorithm)', () => {
  const cases = ref.cases as ((typeof ref.cases)[number] & { orderSensitive?: boolean })[];
  it.each(cases.map((c, i) => [i, c.ties, c.orderSensitive ? 'order-sensitive' : '', c] as const))('case %s (ties %s) %s', (_, __, ___, c) => {
    const r = trimmedMatch(c.deltaResponse, c.deltaSpend, { confidence: c.confidence });
    expect(r.trimRate).toBe(c.trimRate);
    same(r.iroas, c.iroas);
    same(r.stdError, c.stdError);
    same(r.lower, c.lower);
    same(r.upper, c.upper);
    expect(r.tiesBroken).toBe(c.ties > 0);
  });

  it('the perturbation is tiny, deterministic and by row: i^1.5 centred on its median, times 2⁻⁴⁰', () => {
    const { deltaResponse, deltaSpend } = perturbTies([10, 10, 0, 10], [2, 2, 3, 4]);
    const median = (1 + 2 ** 1.5) / 2; // of 0, 1, 2^1.5, 3^1.5
    expect(deltaResponse[0]).toBe(10 * (1 - median * 2 ** -40));
    expect(deltaResponse[3]).toBe(10 * (1 + (3 ** 1.5 - median) * 2 ** -40));
    expect(deltaResponse[2]).toBeGreaterThan(0);
    expect(deltaResponse[2]).toBeLessThan(1e-300);
    expect(deltaSpend[1]).toBe(2 * (1 + (1 - 2) * 2 ** -40)); // Δspend has ties: spread too
  });

  it('whole-number data: the estimate always lies inside its own interval', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: -6, max: 6 })), { minLength: 5, maxLength: 25 }), ([...rows]) => {
        const dx = rows.map(([x]) => x);
        if (Math.max(...dx) === 0) dx[0] = 1;
        const dy = dx.map((x, i) => 2 * x + rows[i][1]);
        const r = trimmedMatch(dy, dx, { confidence: 0.9 });
        if (Number.isNaN(r.lower)) return;
        expect(r.lower).toBeLessThanOrEqual(r.iroas + 1e-9 * Math.abs(r.iroas));
        expect(r.upper).toBeGreaterThanOrEqual(r.iroas - 1e-9 * Math.abs(r.iroas));
      }),
      { numRuns: 300 },
    );
  });
});

describe('spend differences that are all (nearly) zero', () => {
  it.each([[[0, 0, 0, 0]], [[1e-15, -2e-15, 0, 3e-16]]])('%j: refused as Google does, not 1e12', (dx) => {
    expect(() => trimmedMatch([1, 2, 3, 4], dx)).toThrow(/delta_spends are all too close to 0/);
  });
});

describe('the sweep solves the trimmed-mean equation', () => {
  it('on random data the estimate zeroes the trimmed mean of the residuals at its trim rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 120 }), fc.integer({ min: 1, max: 1e6 }), (n, seed) => {
        let s = seed;
        const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
        const dx = Array.from({ length: n }, () => (rnd() - 0.2) * 1000);
        const dy = dx.map((x) => 3 * x + (rnd() - 0.5) * 900);
        const r = trimmedMatch(dy, dx);
        const k = Math.ceil(r.trimRate * n);
        const res = dy.map((y, i) => y - r.iroas * dx[i]).sort((a, b) => a - b);
        const body = res.slice(k, n - k);
        const scale = Math.max(...res.map(Math.abs));
        expect(Math.abs(body.reduce((a, b) => a + b, 0) / body.length)).toBeLessThan(1e-9 * scale);
      }),
      { numRuns: 60 },
    );
  });
});
