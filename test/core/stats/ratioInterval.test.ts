import { describe, expect, it } from 'vitest';
import { prefixSpread, ratioSpread } from '../../../src/core/stats/ratioInterval';
import { seeded } from '../../../tools/workbooks/seeded';

describe('prefixSpread: ratioSpread of the first n weeks without slicing them', () => {
  it('gives the very numbers ratioSpread gives the sliced weeks, bit for bit', () => {
    const rnd = seeded(7);
    const a = Array.from({ length: 60 }, () => rnd() * 1e4 + 0.1);
    const b = Array.from({ length: 60 }, () => rnd() * 3e3 + 0.3);
    let sa = 0;
    let sb = 0;
    let compared = 0;
    for (let n = 0; n <= a.length; n++) {
      const want = ratioSpread(a.slice(0, n), b.slice(0, n));
      const got = prefixSpread(a, b, n, sa, sb);
      if (want === null) expect(got).toBeNull();
      else {
        expect(got).not.toBeNull();
        expect(Object.is(got!.estimate, want.estimate) && Object.is(got!.scale, want.scale) && got!.weeks === want.weeks).toBe(true);
        compared++;
      }
      if (n < a.length) {
        sa += a[n];
        sb += b[n];
      }
    }
    expect(compared).toBe(59);
  });
  it('has no spread for fewer than 2 weeks, a zero denominator or fewer weeks than asked', () => {
    expect(prefixSpread([1], [1], 1, 1, 1)).toBeNull();
    expect(prefixSpread([1, 2], [0, 0], 2, 3, 0)).toBeNull();
    expect(prefixSpread([1, 2], [1, 1], 3, 3, 2)).toBeNull();
    expect(prefixSpread([1, 3, 99], [1, 1, 99], 2, 4, 2)).toEqual(ratioSpread([1, 3], [1, 1]));
  });
});
