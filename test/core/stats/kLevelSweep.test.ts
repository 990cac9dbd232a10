/**
 * The one-level sweep (kLevelSweep, #24) against the sweep that keeps the tails in order
 * (breakpointSweep): the same trim level must see the same crossings, so its roots and its
 * confidence set come out bit for bit the same — on continuous data, on whole numbers with ties,
 * with Δspend of both signs, at small and large trims.
 */
import { describe, expect, it } from 'vitest';
import { sweepTails } from '../../../src/core/stats/breakpointSweep';
import { sweepOneLevel } from '../../../src/core/stats/kLevelSweep';
import { TrimLevel } from '../../../src/core/stats/trimLevel';
import { Pairs } from '../../../src/core/stats/trimmedMatchPairs';
import { seeded } from '../../../tools/bench/timing';

function data(seed: number, n: number, kind: 'continuous' | 'whole' | 'mixed') {
  const rnd = seeded(seed);
  const dx = Array.from({ length: n }, () => (kind === 'whole' ? Math.floor(rnd() * 40) + 1 : kind === 'mixed' ? rnd() * 1000 - 300 : 5 + rnd() * 1000));
  const dy = dx.map((x) => (kind === 'whole' ? 2 * x + Math.floor(rnd() * 21) - 10 : 2 * x + (rnd() - 0.5) * 800 + (rnd() < 0.05 ? 6000 : 0)));
  return new Pairs(dy, dx);
}

describe('one trim level swept alone', () => {
  it.each([
    [1, 300, 'continuous', 1],
    [2, 300, 'continuous', 40],
    [3, 400, 'continuous', 100],
    [4, 257, 'mixed', 60],
    [5, 300, 'whole', 30],
    [6, 513, 'continuous', 128],
  ] as const)('seed %i, %i pairs (%s), trim count %i: the roots and the interval of the full tail sweep', (seed, n, kind, k) => {
    const p = data(seed, n, kind);
    const alone = new TrimLevel(p, k, 1.2815515655446004);
    const tails = new TrimLevel(p, k, 1.2815515655446004);
    const aloneDone = sweepOneLevel(p, alone, false);
    const tailsDone = sweepTails(p, [tails], k + 2, false);
    expect(aloneDone).toBe(tailsDone);
    alone.finish();
    tails.finish();
    expect(alone.roots).toEqual(tails.roots);
    expect(alone.roots.length).toBeGreaterThan(0);
    expect(alone.interval()).toEqual(tails.interval());
    expect(Number.isFinite(alone.interval()[0])).toBe(true);
  });

  it('with stopAtTie, stops on whole numbers whose crossings at the level coincide', () => {
    const p = data(5, 300, 'whole');
    expect(sweepOneLevel(p, new TrimLevel(p, 30, 1.28), true)).toBe(false);
  });
});
