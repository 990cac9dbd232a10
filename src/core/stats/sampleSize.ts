/**
 * Visitors per variant to detect an absolute change `delta` in a conversion rate `p`
 * (two-sided), as Evan Miller's sample size calculator computes it:
 *   n = (z₁₋α/₂·√(2p(1−p)) + z_power·√(p(1−p) + (p+δ)(1−p−δ)))² / δ²,
 * with p replaced by 1 − p when p > 0.5 (the calculator's symmetry), rounded up.
 */
import { normQuantile } from './normal';

export function sampleSize(baseline: number, delta: number, alpha = 0.05, power = 0.8): number {
  const p = baseline > 0.5 ? 1 - baseline : baseline;
  const zAlpha = normQuantile(1 - alpha / 2);
  const zPower = normQuantile(power);
  const sd1 = Math.sqrt(2 * p * (1 - p));
  const sd2 = Math.sqrt(p * (1 - p) + (p + delta) * (1 - p - delta));
  const root = zAlpha * sd1 + zPower * sd2;
  // Rounding away binary noise before the ceiling: 3840.0000000000005 visitors is 3840.
  return Math.ceil(Math.round(((root * root) / (delta * delta)) * 1e9) / 1e9);
}
