/**
 * The confidence set of Trimmed Match: every θ whose studentised trimmed mean lies within ±z.
 * On a stretch of θ where the trimmed set is fixed this is a quadratic inequality in θ; the set
 * reported is the hull of its pieces (the reference's rule), so it can be asymmetric.
 */
import { DBL_MAX, type Pairs } from './trimmedMatchPairs';

/** |θ| beyond this is not an iROAS (the reference's bound). */
export const BOUND = 1e10;

/** {x : a x² − 2 b x + c ≥ 0, min ≤ x ≤ max, |x| ≤ BOUND} as one interval, or null. */
export function solveQuadratic(a: number, b: number, c: number, minX: number, maxX: number): [number, number] | null {
  const at = (x: number) => {
    const v = Math.min(BOUND, Math.max(-BOUND, x));
    return a * v * v - 2 * b * v + c;
  };
  const lo = Math.max(-BOUND, minX);
  const hi = Math.min(BOUND, maxX);
  const f1 = at(lo);
  const f2 = at(hi);
  if (f1 >= 0 && f2 >= 0) return [lo, hi];
  if (f1 >= 0 && f2 < 0) return [lo, a === 0 ? (0.5 * c) / b : (b - Math.sqrt(b * b - a * c)) / a];
  if (f1 < 0 && f2 >= 0) return [a === 0 ? (0.5 * c) / b : (b + Math.sqrt(b * b - a * c)) / a, hi];
  const disc = b * b - a * c;
  if (disc < 0 || a >= 0) return null;
  const centre = b / a;
  if (centre >= lo && centre <= hi) {
    const shift = Math.sqrt(disc) / a;
    return [centre + shift, centre - shift];
  }
  return null;
}

/** The interval for no trimming: one quadratic inequality over the whole line (the reference's). */
export function untrimmedInterval(p: Pairs, z: number): [number, number] {
  const n = p.n;
  const { x, y } = p;
  const H = (z * z * n) / (n - 1);
  let X1 = 0,
    Y1 = 0,
    X2 = 0,
    Y2 = 0,
    Z = 0;
  for (let i = 0; i < n; i++) {
    X1 += x[i];
    Y1 += y[i];
    X2 += x[i] * x[i];
    Y2 += y[i] * y[i];
    Z += x[i] * y[i];
  }
  const r = 1 + H / n;
  return solveQuadratic(H * X2 - r * X1 * X1, H * Z - r * X1 * Y1, H * Y2 - r * Y1 * Y1, -DBL_MAX, DBL_MAX) ?? [NaN, NaN];
}
