/** One trim level followed through the sweep of θ: its roots and its confidence set. */
import { BOUND } from './confidenceSet';
import { DBL_MAX, DBL_MIN, ratio, sq, type Pairs } from './trimmedMatchPairs';

/**
 * What one trim count k (n1) learns during the sweep: the roots of its trimmed-mean equation
 * and, when enough pairs remain, the pieces of its confidence set. Sums run over the body
 * (ranks k..n−1−k); the winsorised sums add k copies of the body's two end values.
 * Called for every crossing at its ranks (a quarter of all crossings in the automatic search),
 * so it allocates nothing.
 */
export class TrimLevel {
  readonly n2: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly n: number;
  // Roots of the estimating equation.
  sy = 0;
  sx = 0;
  lastBound = -DBL_MAX;
  readonly roots: number[] = [];
  // Confidence set.
  readonly withInterval: boolean;
  readonly H: number;
  X1 = 0;
  Y1 = 0;
  X2 = 0;
  Y2 = 0;
  Z = 0;
  left: number;
  right: number;
  minX = 0;
  dMin = 0;
  dMax = 0;
  ciLo = DBL_MAX;
  ciHi = -DBL_MAX;

  constructor(
    p: Pairs,
    readonly n1: number,
    z: number,
    wantInterval = true,
  ) {
    const { n, x, y } = p;
    this.x = x;
    this.y = y;
    this.n = n;
    this.n2 = n - 1 - n1;
    this.left = n1;
    this.right = this.n2;
    for (let i = n1; i <= this.n2; i++) {
      this.sy += y[i];
      this.sx += x[i];
    }
    this.withInterval = wantInterval && n >= 2 * n1 + 2;
    const m = n - 2 * n1;
    this.H = (z * z * m) / (m - 1);
    if (!this.withInterval) return;
    const l = this.left;
    const r = this.right;
    this.X2 = n1 * (sq(x[l]) + sq(x[r]));
    this.Y2 = n1 * (sq(y[l]) + sq(y[r]));
    this.Z = n1 * (y[l] * x[l] + y[r] * x[r]);
    for (let i = n1; i <= this.n2; i++) {
      this.X1 += x[i];
      this.Y1 += y[i];
      this.X2 += sq(x[i]);
      this.Y2 += sq(y[i]);
      this.Z += y[i] * x[i];
    }
    [this.dMin, this.dMax] = p.deltaRange(n1, this.n2);
    // Outside [dMin, dMax] the trimmed set is that of ±∞ (the reference's two outer pieces).
    this.solve(-DBL_MAX, this.dMin);
    this.solve(this.dMax, DBL_MAX);
    this.minX = this.dMin;
  }

  /**
   * Adds {θ ∈ [minX, maxX] : a θ² − 2 b θ + c ≥ 0} with the current sums to the hull — the
   * reference's solver (solveQuadratic), inlined without allocations: it runs for most crossings.
   */
  private solve(minX: number, maxX: number): void {
    const lo = minX < -BOUND ? -BOUND : minX;
    const hi = maxX > BOUND ? BOUND : maxX;
    // A piece inside the hull found so far cannot change it.
    if (lo >= this.ciLo && hi <= this.ciHi) return;
    const { n1, H, X1, Y1, x, y, n } = this;
    const X1w = X1 + n1 * (x[this.left] + x[this.right]);
    const Y1w = Y1 + n1 * (y[this.left] + y[this.right]);
    const a = H * (this.X2 - (X1w * X1w) / n) - X1 * X1;
    const b = H * (this.Z - (X1w * Y1w) / n) - X1 * Y1;
    const c = H * (this.Y2 - (Y1w * Y1w) / n) - Y1 * Y1;
    // lo, hi are already within ±BOUND, so the reference's clamp inside f is a no-op here.
    const f1 = a * lo * lo - 2 * b * lo + c;
    const f2 = a * hi * hi - 2 * b * hi + c;
    let from: number;
    let to: number;
    if (f1 >= 0 && f2 >= 0) {
      from = lo;
      to = hi;
    } else if (f1 >= 0) {
      from = lo;
      to = a === 0 ? (0.5 * c) / b : (b - Math.sqrt(b * b - a * c)) / a;
    } else if (f2 >= 0) {
      from = a === 0 ? (0.5 * c) / b : (b + Math.sqrt(b * b - a * c)) / a;
      to = hi;
    } else {
      const disc = b * b - a * c;
      if (disc < 0 || a >= 0) return;
      const centre = b / a;
      if (!(centre >= lo && centre <= hi)) return;
      const shift = Math.sqrt(disc) / a;
      from = centre + shift;
      to = centre - shift;
    }
    if (Number.isNaN(from)) return;
    if (from < this.ciLo) this.ciLo = from;
    if (to > this.ciHi) this.ciHi = to;
  }

  /**
   * Lines u (rank r) and v (rank r+1) swap at θ; r is one of n1−1, n1, n2−1, n2. `order` is
   * the order after the swap.
   */
  cross(theta: number, r: number, u: number, v: number, order: Int32Array): void {
    const { n1, n2, x, y } = this;
    if (this.withInterval) {
      if (theta >= this.dMin - DBL_MIN && theta <= this.dMax + DBL_MIN) {
        this.solve(this.minX, theta);
        this.minX = theta;
      }
      // The winsorising end values move when the crossing involves them.
      const newLeft = order[n1];
      const newRight = order[n2];
      const l = this.left;
      if (newLeft !== l) {
        this.X2 += n1 * (x[newLeft] * x[newLeft] - x[l] * x[l]);
        this.Y2 += n1 * (y[newLeft] * y[newLeft] - y[l] * y[l]);
        this.Z += n1 * (y[newLeft] * x[newLeft] - y[l] * x[l]);
        this.left = newLeft;
      }
      const rt = this.right;
      if (newRight !== rt) {
        this.X2 += n1 * (x[newRight] * x[newRight] - x[rt] * x[rt]);
        this.Y2 += n1 * (y[newRight] * y[newRight] - y[rt] * y[rt]);
        this.Z += n1 * (y[newRight] * x[newRight] - y[rt] * x[rt]);
        this.right = newRight;
      }
    }
    const low = r + 1 === n1;
    if (!low && r !== n2) return;
    // Entering and leaving the body: at the low end u enters (it moved up to rank n1), v leaves;
    // at the high end v enters (down to rank n2), u leaves.
    const enter = low ? u : v;
    const leave = low ? v : u;
    const candidate = ratio(this.sy, this.sx);
    if (candidate >= this.lastBound && candidate <= theta) this.roots.push(candidate);
    this.sy += y[enter] - y[leave];
    this.sx += x[enter] - x[leave];
    this.lastBound = theta;
    if (this.withInterval) {
      this.X1 += x[enter] - x[leave];
      this.Y1 += y[enter] - y[leave];
      this.X2 += x[enter] * x[enter] - x[leave] * x[leave];
      this.Y2 += y[enter] * y[enter] - y[leave] * y[leave];
      this.Z += y[enter] * x[enter] - y[leave] * x[leave];
    }
  }

  finish(): void {
    const candidate = ratio(this.sy, this.sx);
    if (candidate >= this.lastBound && candidate <= DBL_MAX) this.roots.push(candidate);
  }

  interval(): [number, number] {
    return this.ciLo > this.ciHi ? [NaN, NaN] : [this.ciLo, this.ciHi];
  }
}
