/**
 * P(X > Y) for independent X ~ Beta(aX, bX), Y ~ Beta(aY, bY), by numerical integration:
 *   P(X > Y) = ∫₀¹ f_X(t) · F_Y(t) dt,
 * for any real shapes ≥ 1 (fractional conversions included) and any size. The integrand is
 * handled in logs: g(t) = ln f_X(t) + ln F_Y(t) is concave (both factors are log-concave), so
 * its peak is found by bisection on g′, the window where it is within e⁻⁵⁰ of the peak by
 * bisection on g, and exp(g − peak) is integrated there by adaptive Gauss–Legendre. The result
 * keeps its relative precision however small it is (1e-54 stays 1e-54, not 0) — call it for the
 * smaller of P(X > Y) and P(Y > X).
 */
import { betaCdf } from './betaIncomplete';
import { integrate } from './gaussLegendre';
import { logBeta } from './logBeta';

const { log, log1p, exp } = Math;

/** How far below its peak the integrand is cut off: e⁻⁵⁰ ≈ 2e-22 of the peak, beyond double precision. */
const DROP = 50;

export function probXGreaterY(aX: number, bX: number, aY: number, bY: number): number {
  const lbX = logBeta(aX, bX);
  const lbY = logBeta(aY, bY);
  const logDensity = (t: number, a: number, b: number, lb: number) => (a - 1) * log(t) + (b - 1) * log1p(-t) - lb;
  const g = (t: number): number => {
    if (t <= 0) return -Infinity; // F_Y(0) = 0
    if (t >= 1) return bX === 1 ? -lbX : -Infinity;
    return logDensity(t, aX, bX, lbX) + log(betaCdf(t, aY, bY));
  };
  // g′(t) = (aX−1)/t − (bX−1)/(1−t) + f_Y(t)/F_Y(t); its sign tells which side the peak is on.
  const rising = (t: number): boolean => {
    const logF = log(betaCdf(t, aY, bY));
    const hazard = logF === -Infinity ? Infinity : exp(logDensity(t, aY, bY, lbY) - logF);
    return (aX - 1) / t - (bX - 1) / (1 - t) + hazard > 0;
  };
  let lo = 0;
  let hi = 1;
  // F_Y(t) → 0 as t → 0 makes g′ > 0 near 0; bX = 1 may put the peak at 1. A relative
  // precision of 1e-10 is far below the integrand's width at any realistic count.
  for (let i = 0; i < 200 && hi - lo > 1e-10 * Math.min(hi, 1 - lo); i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (rising(mid)) lo = mid;
    else hi = mid;
  }
  let peak = lo + (hi - lo) / 2;
  if (!(peak > 0)) peak = Number.MIN_VALUE;
  if (!(peak < 1)) peak = 1 - 2 ** -53;
  const top = g(peak);
  if (top === -Infinity) return 0; // below the smallest double
  // The window [left, right] where g ≥ top − DROP (g is monotone on each side of the peak).
  const edge = (inside: number, outside: number): number => {
    if (g(outside) >= top - DROP) return outside;
    let a = inside;
    let b = outside;
    // To 1% of the distance from the peak: the cut-off need not be sharp, only beyond e⁻⁵⁰.
    for (let i = 0; i < 200 && Math.abs(b - a) > 0.01 * Math.abs(b - peak); i++) {
      const mid = a + (b - a) / 2;
      if (mid === a || mid === b) break;
      if (g(mid) >= top - DROP) a = mid;
      else b = mid;
    }
    return b;
  };
  const left = edge(peak, 0);
  const right = edge(peak, 1);
  const scaled = integrate((t) => (t > 0 && t < 1 ? exp(g(t) - top) : 0), left, right);
  return exp(top + log(scaled));
}
