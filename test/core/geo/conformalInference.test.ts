/**
 * GEO_LIFT's inference holds its level (#27 item 4): augsynth's moving-block conformal test
 * against an independent numpy/scipy computation, and placebo tests on GeoLift's own data —
 * GeoLift_PreTest (facebookincubator/GeoLift, MIT, data/GeoLift_PreTest.rda written out as
 * data/geolift_pretest.csv: 40 US cities × 90 days), each untreated market (and pairs of them)
 * treated over its last 15 days with nothing, 5% or 10% injected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockPValue, historyNeeded } from '../../../src/core/geo/conformalInference';
import { geoLift } from '../../../src/core/geo/geoLift';
import { buildPanel, findRegions, type Panel } from '../../../src/core/geo/panel';
import { donorsOf, SyntheticControl } from '../../../src/core/geo/syntheticControl';
import { seeded } from '../../../tools/bench/timing';
import { geoLiftTestPanel, serialDay } from './geoData';

function preTestPanel(): Panel {
  const rows = readFileSync(join(__dirname, 'data', 'geolift_pretest.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').map((c) => c.replace(/"/g, '')));
  return buildPanel(
    rows.map((r) => r[0]),
    rows.map((r) => serialDay(r[2])),
    rows.map((r) => Number(r[1])),
  );
}

describe('the moving-block test against data/conformal_block.py', () => {
  const ref = JSON.parse(readFileSync(join(__dirname, 'data', 'conformal_block.json'), 'utf8')) as { h0: number; absSum: number; T: number }[];
  const panel = geoLiftTestPanel();
  const treated = findRegions(panel, ['chicago', 'portland'], 'treated');
  const sc = new SyntheticControl(panel);
  it.each(ref.map((r) => [r.h0, r]))('p(%i) on GeoLift_Test, Chicago + Portland', (_, r) => {
    const { residuals } = sc.fitUnderNull(105, 90, treated, donorsOf(40, treated), r.h0);
    expect(Math.round(blockPValue(residuals, 90) * 105)).toBe(Math.round(r.absSum * r.T));
  });
});

describe('placebo tests on GeoLift_PreTest: nothing happened, or a known lift was injected', () => {
  const panel = preTestPanel();
  const T = panel.periods.length;
  const L = 15;
  const run = (treated: number[], lift: number) => {
    const y = panel.y.map((row, k) => (treated.includes(k) ? row.map((v, t) => (t >= T - L ? v * (1 + lift) : v)) : row));
    let level = 0;
    for (const i of treated) for (let t = T - L; t < T; t++) level += panel.y[i][t];
    const truth = (lift * level) / (treated.length * L);
    const r = geoLift({ ...panel, y }, { treated, start: T - L, end: T - 1, confidence: 0.9, spend: null });
    return {
      rejects: r.pValue <= 0.1,
      covers: r.attLower !== null && r.attLower <= truth && truth <= r.attUpper!,
      excludesZero: r.attLower! > 0 || r.attUpper! < 0,
    };
  };
  const singles = panel.regions.map((_, i) => [i]);
  const rnd = seeded(27);
  const pairs = Array.from({ length: 20 }, () => {
    const a = Math.floor(rnd() * 40);
    let b = Math.floor(rnd() * 39);
    if (b >= a) b++;
    return [a, b];
  });

  it('40 single markets, nothing injected: p ≤ 0.1 at most 6 times (nominal 4; the old placebo-in-time test: 8)', () => {
    const results = singles.map((s) => run(s, 0));
    const rejected = results.filter((r) => r.rejects).length;
    expect(rejected).toBeLessThanOrEqual(6);
    // The interval and the p-value agree: 0 is outside exactly when p ≤ 0.1.
    results.forEach((r) => expect(r.excludesZero).toBe(r.rejects));
  });

  it('20 random pairs, nothing injected: p ≤ 0.1 at most 4 times (nominal 2)', () => {
    expect(pairs.map((s) => run(s, 0)).filter((r) => r.rejects).length).toBeLessThanOrEqual(4);
  });

  it.each([0.05, 0.1])('a %s lift injected into each single market: the 90 percent interval holds it at least 34 times in 40', (lift) => {
    const results = singles.map((s) => run(s, lift));
    expect(results.filter((r) => r.covers).length).toBeGreaterThanOrEqual(34);
    // …and the test finds it more often than where nothing happened.
    expect(results.filter((r) => r.rejects).length).toBeGreaterThan(10);
  });
});

describe('too little history is said in words', () => {
  it('a 12-day test with 20 days before it: not enough history, need at least 24', () => {
    const panel = preTestPanel();
    const short = buildPanel(
      panel.regions.flatMap((r) => Array(32).fill(r)),
      panel.regions.flatMap(() => panel.periods.slice(0, 32)),
      panel.y.flatMap((y) => Array.from(y.slice(0, 32))),
    );
    expect(historyNeeded(12, 0.1)).toBe(24);
    expect(() => geoLift(short, { treated: [0], start: 20, end: 31, confidence: 0.9, spend: null })).toThrow(
      'not enough history for a 12-day test: 20 days before it, need at least 24',
    );
  });
});
