import { normCdf } from './normal';

/**
 * Pooled two-proportion z-test of conversion rates (the test behind most A/B calculators).
 * Returns the z statistic of rate_b − rate_a and its two-sided p-value; NaN when undefined
 * (no visitors, or a pooled rate of exactly 0 or 1, where the test has no variance).
 */
export function pooledZTest(convA: number, visA: number, convB: number, visB: number): { z: number; pTwoSided: number } {
  const pa = convA / visA;
  const pb = convB / visB;
  const pooled = (convA + convB) / (visA + visB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / visA + 1 / visB));
  if (!(se > 0)) {
    // Identical all-or-nothing rates: no evidence of a difference at all.
    if (visA > 0 && visB > 0 && pa === pb) return { z: 0, pTwoSided: 1 };
    return { z: NaN, pTwoSided: NaN };
  }
  const z = (pb - pa) / se;
  // 2·Φ(−|z|) keeps precision for tiny p-values (1 − Φ(|z|) would round to 0).
  return { z, pTwoSided: Math.min(1, 2 * normCdf(-Math.abs(z))) };
}
