/**
 * The sample-ratio-mismatch test (SRM_P, docs/contract.md §1.2 and 2.4) against scipy.stats.chisquare
 * (srm/reference.py → srm/reference.json), through the built functions and the core.
 */
import { describe, expect, it } from 'vitest';
import { srmPValue } from '../../../src/core/stats/srm';
import { loadCode, messageOf } from '../../support/codeJs';
import reference from './srm/reference.json';

const gs = loadCode();

describe('SRM_P against scipy.stats.chisquare', () => {
  for (const c of reference) {
    it(`${c.observed.join('/')} against ${c.shares ? c.shares.join('/') : 'equal shares'}: p = ${c.p.toPrecision(4)}`, () => {
      const p = srmPValue(c.observed, c.shares ?? undefined)!;
      // Relative error, so the 1e-57 tail is checked to its digits too.
      expect(Math.abs(p - c.p)).toBeLessThanOrEqual(1e-10 * c.p + 1e-300);
      const cell = c.shares ? gs.SRM_P([c.observed], [c.shares]) : gs.SRM_P([c.observed]);
      expect(Math.abs((cell as number) - c.p)).toBeLessThanOrEqual(1e-10 * c.p + 1e-300);
    });
  }

  it('one row per test gives a column; a blank row stays blank', () => {
    const out = gs.SRM_P([
      [5020, 4980],
      ['', ''],
      [1000, 1000],
    ]) as number[][];
    expect(out[0][0]).toBeCloseTo(reference[1].p, 12);
    expect(out.slice(1)).toEqual([[''], [1]]);
  });

  it('shares are relative: 60/40, 0.6/0.4 and "60%"/"40%" are the same plan', () => {
    const a = gs.SRM_P([[612, 388]], [[60, 40]]);
    expect(gs.SRM_P([[612, 388]], [[0.6, 0.4]])).toBeCloseTo(a as number, 12);
    expect(gs.SRM_P([[612, 388]], [['60%', '40%']])).toBeCloseTo(a as number, 12);
  });

  it('refuses negative counts, one variant and shares of another shape, naming them', () => {
    expect(messageOf(() => gs.SRM_P([[10, -1]]))).toBe('SRM_P: observed row 1 col 2 is -1; it must be at least 0');
    expect(messageOf(() => gs.SRM_P([[10], [20]]))).toMatch(/^SRM_P: observed has 1 column/);
    expect(messageOf(() => gs.SRM_P([[10, 20]], [[1, 1, 1]]))).toMatch(/^SRM_P: planned_shares is a 1×3 range but observed is 1×2/);
  });

  it('a variant planned to get nothing that got visitors is certainly a mismatch', () => {
    expect(srmPValue([10, 5], [1, 0])).toBe(0);
    expect(srmPValue([0, 0])).toBeNull();
  });
});
