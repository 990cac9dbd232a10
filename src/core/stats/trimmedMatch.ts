/**
 * Trimmed Match for paired geo experiments (Chen & Au, 2022, "Robust causal inference for
 * incremental return on ad spend with randomized paired geo experiments"), following the
 * definitions of Google's reference implementation (google/trimmed_match, Apache-2.0) so that
 * its published numbers are reproduced.
 *
 * Each pair gives y = Δresponse (treatment − control) and x = Δspend. For a candidate iROAS θ
 * the residuals are r_i(θ) = y_i − θ·x_i; θ̂ solves trimmedMean(r(θ)) = 0, trimming
 * ⌈λn⌉ residuals from each tail, so a few geo pairs hit by local events cannot drag the
 * estimate. Between consecutive "breakpoints" θ_ij = (y_i − y_j)/(x_i − x_j) the order of the
 * residuals does not change, so the trimmed set is fixed there and the equation is linear:
 * scanning the sorted breakpoints once finds every root (O(n² log n), no grid search).
 * The confidence interval is every θ whose studentised trimmed mean lies within ±z, which is a
 * quadratic inequality per breakpoint interval; it can be asymmetric.
 */
import { normQuantile } from './normal';

/** Variation in Δspend below this is noise; ties are spread apart by it (as the reference). */
const TIE_BREAKER = 1e-10;
/** |θ| beyond this is not an iROAS (the reference's bound). */
const BOUND = 1e10;
/** An interval wider than this many standard errors falls back to ±3·z·se (as the reference). */
const EXTREME_CI_WIDTH = 1e6;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MAX = Number.MAX_VALUE;

/** y / x, with a zero denominator replaced by the smallest normal double (the reference's rule). */
const ratio = (y: number, x: number) => y / (x === 0 ? DBL_MIN : x);
const sq = (v: number) => v * v;

export interface TrimCandidate {
  trimRate: number;
  iroas: number;
  stdError: number;
}

export interface TrimmedMatchResult extends TrimCandidate {
  lower: number;
  upper: number;
  /** Every candidate trim rate tried (one when the trim rate was given). */
  candidates: TrimCandidate[];
}

/** Pairs sorted by Δspend with ties spread apart, and all breakpoints sorted. */
class Pairs {
  readonly n: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Breakpoints: delta[k] with the pair indices (i > j) it comes from, ascending by delta. */
  readonly delta: Float64Array;
  readonly bi: Int32Array;
  readonly bj: Int32Array;

  constructor(deltaResponse: readonly number[], deltaSpend: readonly number[]) {
    const n = deltaResponse.length;
    this.n = n;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => deltaSpend[a] - deltaSpend[b] || deltaResponse[a] - deltaResponse[b]);
    this.x = Float64Array.from(order, (i) => deltaSpend[i]);
    this.y = Float64Array.from(order, (i) => deltaResponse[i]);
    // Equal Δspend would make breakpoints infinite: spread ties by the tie breaker.
    for (let i = 1; i < n; ) {
      if (this.x[i] - this.x[i - 1] <= DBL_MIN) {
        let j = i;
        while (j < n && this.x[j] - this.x[i - 1] < TIE_BREAKER) j++;
        for (let k = i; k < j; k++) this.x[k] = this.x[i - 1] + (TIE_BREAKER * (k - i + 1)) / (j - i + 1);
        i = j + 1;
      } else i++;
    }
    const m = (n * (n - 1)) / 2;
    const raw = new Float64Array(m);
    const ri = new Int32Array(m);
    const rj = new Int32Array(m);
    let k = 0;
    for (let i = 1; i < n; i++) {
      for (let j = 0; j < i; j++) {
        raw[k] = ratio(this.y[i] - this.y[j], this.x[i] - this.x[j]);
        ri[k] = i;
        rj[k] = j;
        k++;
      }
    }
    const idx = new Uint32Array(m);
    for (let t = 0; t < m; t++) idx[t] = t;
    idx.sort((a, b) => raw[a] - raw[b]);
    this.delta = new Float64Array(m);
    this.bi = new Int32Array(m);
    this.bj = new Int32Array(m);
    for (let t = 0; t < m; t++) {
      this.delta[t] = raw[idx[t]];
      this.bi[t] = ri[idx[t]];
      this.bj[t] = rj[idx[t]];
    }
  }

  empirical(): number {
    let sy = 0;
    let sx = 0;
    for (let i = 0; i < this.n; i++) {
      sy += this.y[i];
      sx += this.x[i];
    }
    return ratio(sy, sx);
  }

  residuals(theta: number): Float64Array {
    const r = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) r[i] = this.y[i] - this.x[i] * theta;
    return r;
  }

  /** The range of θ where the trimmed set can change: breakpoints involving positions n1 or n2. */
  deltaRange(n1: number, n2: number): [number, number] {
    let lo = DBL_MAX;
    let hi = -DBL_MAX;
    for (const p of [n1, n2]) {
      for (let i = 0; i < this.n; i++) {
        if (i === p) continue;
        const d = ratio(this.y[i] - this.y[p], this.x[i] - this.x[p]);
        if (d < lo) lo = d;
        if (d > hi) hi = d;
      }
    }
    return [lo, hi];
  }
}

/** Trims ⌈λn⌉ from each tail (the reference's count, computed the same way). */
const trimCount = (rate: number, n: number) => Math.ceil(rate * n);

/** Mean |r(i) + r(n−1−i)| over the untrimmed sorted residuals: how asymmetric a root leaves them. */
function trimmedSymmetricNorm(residuals: Float64Array, rate: number): number {
  const n = residuals.length;
  const k = trimCount(rate, n);
  const s = Float64Array.from(residuals).sort();
  let sum = 0;
  for (let i = k; i < n - k; i++) sum += Math.abs(s[i] + s[n - 1 - i]);
  return sum / (n - 2 * k);
}

function estimate(p: Pairs, rate: number): number {
  if (rate === 0) return p.empirical();
  const n = p.n;
  const n1 = trimCount(rate, n);
  const n2 = n - 1 - n1;
  if (2 * n1 >= n) throw new Error('the trim rate leaves no geo pairs');
  const [lo, hi] = p.deltaRange(n1, n2);
  // As θ → −∞ the residuals are ordered like Δspend: the body is positions n1..n2.
  const body = new Uint8Array(n);
  let sy = 0;
  let sx = 0;
  for (let i = n1; i <= n2; i++) {
    body[i] = 1;
    sy += p.y[i];
    sx += p.x[i];
  }
  const candidates = [ratio(sy, sx)];
  const bounds = [-DBL_MAX];
  for (let k = 0; k < p.delta.length; k++) {
    const d = p.delta[k];
    if (d < lo || d > hi) continue;
    const i = p.bi[k];
    const j = p.bj[k];
    if (body[i] === body[j]) continue;
    // Crossing this breakpoint swaps pair i and pair j in or out of the body.
    const dy = p.y[j] - p.y[i];
    const dx = p.x[j] - p.x[i];
    if (body[i]) {
      sy += dy;
      sx += dx;
    } else {
      sy -= dy;
      sx -= dx;
    }
    body[i] ^= 1;
    body[j] ^= 1;
    candidates.push(ratio(sy, sx));
    bounds.push(d);
  }
  bounds.push(DBL_MAX);
  const roots = candidates.filter((c, k) => c >= bounds[k] && c <= bounds[k + 1]);
  if (roots.length === 0) throw new Error('no root of the trimmed-mean equation (the untrimmed pairs have no spend difference)');
  if (roots.length === 1) return roots[0];
  let best = roots[0];
  let bestNorm = Infinity;
  for (const r of roots) {
    const norm = trimmedSymmetricNorm(p.residuals(r), rate);
    if (norm < bestNorm) {
      bestNorm = norm;
      best = r;
    }
  }
  return best;
}

/** Eq. (8.2) of the paper: winsorised residual variance over the trimmed mean spend difference. */
function standardError(p: Pairs, rate: number, theta: number): number {
  const n = p.n;
  const res = p.residuals(theta);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => res[a] - res[b]);
  const n1 = trimCount(rate, n);
  const n2 = n - 1 - n1;
  let sumSq = n1 * (sq(res[order[n1]]) + sq(res[order[n2]]));
  let meanX = 0;
  for (let k = n1; k <= n2; k++) {
    meanX += p.x[order[k]];
    sumSq += sq(res[order[k]]);
  }
  meanX /= n;
  return Math.sqrt(sumSq / (sq(meanX) * n) / n);
}

/** {x : a x² − 2 b x + c ≥ 0, min ≤ x ≤ max, |x| ≤ BOUND} as one interval, or null. */
function solveQuadratic(a: number, b: number, c: number, minX: number, maxX: number): [number, number] | null {
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

/**
 * Every θ with |studentised trimmed mean of r(θ)| ≤ z. Squaring gives, on each interval
 * between breakpoints (where the trimmed and winsorised sets are fixed), a quadratic
 * inequality in θ; the union of the solutions is the interval.
 */
function confidenceInterval(p: Pairs, rate: number, z: number): [number, number] {
  const n = p.n;
  const { x, y } = p;
  if (rate === 0) {
    const H = (z * z * n) / (n - 1);
    let X1 = 0, Y1 = 0, X2 = 0, Y2 = 0, Z = 0;
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
  const n1 = trimCount(rate, n);
  if (n < 2 * n1 + 2) throw new Error('fewer than 2 geo pairs are left after trimming');
  const n2 = n - 1 - n1;
  const [dMin, dMax] = p.deltaRange(n1, n2);
  const m = n - 2 * n1;
  const H = (z * z * m) / (m - 1);
  let left = n1;
  let right = n2;
  let X1 = 0, Y1 = 0;
  let X2 = n1 * (sq(x[left]) + sq(x[right]));
  let Y2 = n1 * (sq(y[left]) + sq(y[right]));
  let Z = n1 * (y[left] * x[left] + y[right] * x[right]);
  const body = new Uint8Array(n);
  for (let i = n1; i <= n2; i++) {
    body[i] = 1;
    X1 += x[i];
    Y1 += y[i];
    X2 += sq(x[i]);
    Y2 += sq(y[i]);
    Z += y[i] * x[i];
  }
  // Winsorised sums: the trimmed tails count as copies of the extreme body values.
  let X1w = X1 + n1 * (x[left] + x[right]);
  let Y1w = Y1 + n1 * (y[left] + y[right]);
  const coefficients = (): [number, number, number] => [H * (X2 - (X1w * X1w) / n) - X1 * X1, H * (Z - (X1w * Y1w) / n) - X1 * Y1, H * (Y2 - (Y1w * Y1w) / n) - Y1 * Y1];

  const found: [number, number][] = [];
  const outer = coefficients();
  const leftPart = solveQuadratic(...outer, -DBL_MAX, dMin);
  const rightPart = solveQuadratic(...outer, dMax, DBL_MAX);
  if (leftPart) found.push(leftPart);
  if (rightPart) found.push(rightPart);

  let minX = dMin;
  for (let k = 0; k < p.delta.length; k++) {
    const d = p.delta[k];
    if (d < dMin - DBL_MIN) continue;
    if (d > dMax + DBL_MIN) break;
    const i = p.bi[k];
    const j = p.bj[k];
    if (i === left || j === left || i === right || j === right || body[i] !== body[j]) {
      const part = solveQuadratic(...coefficients(), minX, d);
      if (part) found.push(part);
      minX = d;
    }
    // The winsorising end points move when the breakpoint involves them.
    for (const loc of [left, right]) {
      if (i === loc || j === loc) {
        X2 -= n1 * sq(x[loc]);
        Y2 -= n1 * sq(y[loc]);
        Z -= n1 * y[loc] * x[loc];
        const other = i === loc ? j : i;
        X2 += n1 * sq(x[other]);
        Y2 += n1 * sq(y[other]);
        Z += n1 * y[other] * x[other];
      }
    }
    if (i === left || j === left) left = i === left ? j : i;
    if (i === right || j === right) right = i === right ? j : i;
    X1w = X1 + n1 * (x[left] + x[right]);
    Y1w = Y1 + n1 * (y[left] + y[right]);
    if (body[i] === body[j]) continue;
    const sign = body[i] ? 1 : -1;
    X1 += sign * (x[j] - x[i]);
    Y1 += sign * (y[j] - y[i]);
    X2 += sign * (sq(x[j]) - sq(x[i]));
    Y2 += sign * (sq(y[j]) - sq(y[i]));
    Z += sign * (y[j] * x[j] - y[i] * x[i]);
    X1w += sign * (x[j] - x[i]);
    Y1w += sign * (y[j] - y[i]);
    body[i] ^= 1;
    body[j] ^= 1;
  }
  let lo = DBL_MAX;
  let hi = -DBL_MAX;
  for (const [a, b] of found) {
    if (Number.isNaN(a)) continue;
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  return lo > hi ? [NaN, NaN] : [lo, hi];
}

export interface TrimmedMatchOptions {
  /** Largest trim rate the automatic choice may use (default 0.25). */
  maxTrimRate?: number;
  /** Two-sided confidence of the interval (default 0.8). */
  confidence?: number;
  /** A fixed trim rate; null/undefined chooses it automatically. */
  trimRate?: number | null;
}

export function trimmedMatch(deltaResponse: readonly number[], deltaSpend: readonly number[], opts: TrimmedMatchOptions = {}): TrimmedMatchResult {
  const maxTrimRate = opts.maxTrimRate ?? 0.25;
  const z = normQuantile(1 - (1 - (opts.confidence ?? 0.8)) / 2);
  const p = new Pairs(deltaResponse, deltaSpend);
  const n = p.n;
  const candidates: TrimCandidate[] = [];
  let chosen: TrimCandidate;
  if (opts.trimRate !== undefined && opts.trimRate !== null) {
    const iroas = estimate(p, opts.trimRate);
    chosen = { trimRate: opts.trimRate, iroas, stdError: standardError(p, opts.trimRate, iroas) };
    candidates.push(chosen);
  } else {
    const most = Math.ceil(maxTrimRate * n);
    for (let i = 0; i <= most; i++) {
      const rate = i / n;
      if (rate > maxTrimRate) break;
      if (n < 2 * trimCount(rate, n) + 2) break; // at least two pairs must stay
      const iroas = estimate(p, rate);
      candidates.push({ trimRate: rate, iroas, stdError: standardError(p, rate, iroas) });
    }
    // The least trimming whose standard error is within (1 + 0.25/√n) of the smallest:
    // robustness only as far as it buys precision.
    const minError = candidates.reduce((m, c) => Math.min(m, c.stdError), Infinity);
    chosen = candidates.find((c) => c.stdError <= (1 + 0.25 / Math.sqrt(n)) * minError) ?? candidates[0];
  }
  let [lower, upper] = confidenceInterval(p, chosen.trimRate, z);
  if (!(upper - lower <= EXTREME_CI_WIDTH * chosen.stdError)) {
    const width = chosen.stdError * z * 3;
    lower = chosen.iroas - width;
    upper = chosen.iroas + width;
  }
  return { ...chosen, lower, upper, candidates };
}
