/**
 * The score interval for a difference of two proportions, rate_b − rate_a (Farrington &
 * Manning 1990; Mee 1984; Miettinen & Nurminen 1985 without their n/(n−1) factor): every δ
 * whose score statistic
 *   z(δ) = (p̂b − p̂a − δ) / √(p̃b(1−p̃b)/nb + p̃a(1−p̃a)/na),
 * with p̃ the maximum-likelihood rates under the constraint p_b − p_a = δ, lies within ±z*.
 * At δ = 0 the constrained rates are both the pooled rate, so z(0) is exactly the pooled
 * z-test's statistic: the interval excludes 0 exactly when the pooled test is significant.
 * The constrained MLE is the closed-form root of a cubic (Miettinen & Nurminen, appendix).
 */

/** z(δ), decreasing in δ on (−1, 1). */
export function scoreStatistic(convA: number, visA: number, convB: number, visB: number, delta: number): number {
  // The cubic's root is best conditioned with the larger group as group 1; swapping the groups
  // mirrors the statistic, z_{B−A}(δ) = −z_{A−B}(−δ), so swapped inputs mirror exactly.
  if (visA > visB || (visA === visB && convA > convB)) return -groupStatistic(convB, visB, convA, visA, -delta);
  return groupStatistic(convA, visA, convB, visB, delta);
}

function groupStatistic(convA: number, visA: number, convB: number, visB: number, delta: number): number {
  // Group 1 is B, group 2 is A, so that δ = p1 − p2 = rate_b − rate_a.
  const p1 = convB / visB;
  const p2 = convA / visA;
  const theta = visA / visB;
  const a = 1 + theta;
  const b = -(1 + theta + p1 + theta * p2 + delta * (theta + 2));
  const c = delta * delta + delta * (2 * p1 + theta + 1) + p1 + theta * p2;
  const d = -p1 * delta * (1 + delta);
  const b3a = b / (3 * a);
  const v = b3a * b3a * b3a - (b * c) / (6 * a * a) + d / (2 * a);
  const uu = b3a * b3a - c / (3 * a);
  const u = (v < 0 ? -1 : 1) * Math.sqrt(Math.max(0, uu));
  let q1: number;
  if (u === 0) q1 = -b3a;
  else {
    const w = (Math.PI + Math.acos(Math.min(1, Math.max(-1, v / (u * u * u))))) / 3;
    q1 = 2 * u * Math.cos(w) - b3a;
  }
  // The trigonometric root loses digits when two roots nearly meet: polish it with Newton's
  // method on the cubic a·q³ + b·q² + c·q + d = 0, keeping a step only when it helps.
  const cubic = (q: number) => ((a * q + b) * q + c) * q + d;
  for (let i = 0; i < 3; i++) {
    const slope = (3 * a * q1 + 2 * b) * q1 + c;
    if (!(slope !== 0)) break;
    const next = q1 - cubic(q1) / slope;
    if (!(Math.abs(cubic(next)) < Math.abs(cubic(q1)))) break;
    q1 = next;
  }
  // Rounding must not push the constrained rates outside [0, 1].
  q1 = Math.min(Math.min(1, 1 + delta), Math.max(Math.max(0, delta), q1));
  const q2 = q1 - delta;
  const variance = (q1 * (1 - q1)) / visB + (q2 * (1 - q2)) / visA;
  const num = p1 - p2 - delta;
  if (num === 0) return 0;
  return num / Math.sqrt(variance);
}

/**
 * [lower, upper] for rate_b − rate_a at the two-sided critical value zCrit, given z0, the pooled
 * z statistic (= z(0)). Each end is bracketed on the side of 0 that z0 decides, so the interval
 * excludes 0 exactly when |z0| > zCrit — whatever the rounding inside the bisection.
 */
export function scoreInterval(convA: number, visA: number, convB: number, visB: number, z0: number, zCrit: number): [number, number] {
  const z = (delta: number) => scoreStatistic(convA, visA, convB, visB, delta);
  const diff = convB / visB - convA / visA;
  // Lower end: z(δ) > zCrit left of it, ≤ zCrit from it on. Returns a point where z ≤ zCrit.
  let lo = z0 > zCrit ? 0 : -1;
  let hi = z0 > zCrit ? diff : 0;
  if (diff === -1) hi = -1;
  for (let i = 0; i < 200 && hi > lo; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (z(mid) > zCrit) lo = mid;
    else hi = mid;
  }
  const lower = hi;
  // Upper end: z(δ) ≥ −zCrit up to it, < −zCrit beyond. Returns a point where z ≥ −zCrit.
  lo = z0 < -zCrit ? diff : 0;
  hi = z0 < -zCrit ? 0 : 1;
  if (diff === 1) lo = 1;
  for (let i = 0; i < 200 && hi > lo; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (z(mid) >= -zCrit) lo = mid;
    else hi = mid;
  }
  return [lower, lo];
}
