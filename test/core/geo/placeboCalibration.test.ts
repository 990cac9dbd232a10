/**
 * Is GEO_LIFT's p-value calibrated? On windows where nothing happened, a p-value at or below 0.1
 * should come about one time in ten. Pseudo-tests: every single region treated in turn, a test
 * starting at every window with enough placebo windows before it (calibration.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildPanel } from '../../../src/core/geo/panel';
import { histogram, pseudoTestPValues, simulatedPanel } from './calibration';
import { geoLiftTestPanel } from './geoData';

describe('placebo-in-time p-values where nothing happened', () => {
  it('GeoLift_Test before the campaign (days 1–90), 7-day tests: about 10% below 0.1', () => {
    const full = geoLiftTestPanel();
    const pre = buildPanel(
      full.regions.flatMap((r) => Array(90).fill(r)),
      full.regions.flatMap(() => Array.from({ length: 90 }, (_, t) => t + 1)),
      full.y.flatMap((y) => Array.from(y.slice(0, 90))),
    );
    const h = histogram(pseudoTestPValues(pre, 7));
    expect(h.below10).toBeGreaterThan(0.07);
    expect(h.below10).toBeLessThan(0.16);
    expect(h.below05).toBeLessThan(0.09);
  });

  it.each([7, 14])('a stationary simulated panel (30 regions × 400 days), %i-period tests: about 10% below 0.1, deciles flat', (length) => {
    const ps = pseudoTestPValues(simulatedPanel(30, 400, 20261123, 0.95), length, 19);
    expect(ps.length).toBeGreaterThan(9000);
    const h = histogram(ps);
    expect(h.below10).toBeGreaterThan(0.07);
    expect(h.below10).toBeLessThan(0.13);
    expect(h.below05).toBeLessThan(0.07);
    for (const d of h.deciles) {
      expect(d).toBeGreaterThan(0.06);
      expect(d).toBeLessThan(0.16);
    }
  });
});
