/**
 * Calibration of GEO_LIFT's placebo-in-time p-value: pseudo-tests on windows where nothing
 * happened. Shared by the calibration test and the benchmark report (tools/bench).
 */
import { buildPanel, type Panel } from '../../../src/core/geo/panel';
import { placeboEffects, placeboPValue } from '../../../src/core/geo/placeboInference';
import { donorsOf, SyntheticControl } from '../../../src/core/geo/syntheticControl';
import { seeded } from '../../../tools/workbooks/seeded';

/**
 * The p-value GEO_LIFT would give a test of `length` periods starting at every window with at least
 * `minPlacebos` placebo windows before it, for each single region treated in turn. One pass of fits
 * per region serves every window: GEO_LIFT at start s fits on [0, s), exactly like the placebo of s.
 */
export function pseudoTestPValues(panel: Panel, length: number, minPlacebos = 9, regions = panel.regions.map((_, i) => i)): number[] {
  const sc = new SyntheticControl(panel);
  const out: number[] = [];
  for (const r of regions) {
    const effects = placeboEffects(sc, [r], donorsOf(panel.regions.length, [r]), length, sc.T);
    for (let k = 0; k < effects.length; k++) {
      const before = effects.slice(0, Math.max(0, k - length + 1)); // windows ending before h + k
      if (before.length >= minPlacebos) out.push(placeboPValue(effects[k], before));
    }
  }
  return out;
}

/** Shares of p-values in the ten deciles, and below 0.1 / 0.05. */
export function histogram(ps: readonly number[]): { below10: number; below05: number; deciles: number[] } {
  const deciles = Array(10).fill(0);
  for (const p of ps) deciles[Math.min(9, Math.floor(p * 10))]++;
  return {
    below10: ps.filter((p) => p <= 0.1).length / ps.length,
    below05: ps.filter((p) => p <= 0.05).length / ps.length,
    deciles: deciles.map((d) => d / ps.length),
  };
}

/**
 * A sales-like panel where nothing happens: 30 regions × 400 days from three common factors
 * (AR(1) with the given persistence — 1 is a random walk — plus a weekly pattern), region loadings and levels, and AR(1) noise of its own.
 */
export function simulatedPanel(regions = 30, days = 400, seed = 20261123, persistence = 0.95): Panel {
  const u = seeded(seed); // mulberry32: the simulated panel is the same every run
  const normal = () => Math.sqrt(-2 * Math.log(u() + 1e-12)) * Math.cos(2 * Math.PI * u());
  const factors = [0, 1, 2].map(() => {
    const f: number[] = [];
    let walk = 0;
    for (let t = 0; t < days; t++) {
      walk = persistence * walk + normal();
      f.push(walk + 3 * Math.sin((2 * Math.PI * t) / 7 + u()));
    }
    return f;
  });
  const locations: string[] = [];
  const periods: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < regions; r++) {
    const level = 500 + 2000 * u();
    const load = factors.map(() => 0.3 + u());
    let noise = 0;
    for (let t = 0; t < days; t++) {
      noise = 0.5 * noise + 4 * normal();
      const common = load.reduce((s, l, k) => s + l * factors[k][t], 0);
      locations.push(`Region ${r + 1}`);
      periods.push(t + 1);
      values.push(level * (1 + 0.01 * common) + noise);
    }
  }
  return buildPanel(locations, periods, values);
}
