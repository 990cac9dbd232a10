/**
 * Trimmed Match for paired geo experiments (Chen & Au, 2022, "Robust causal inference for
 * incremental return on ad spend with randomized paired geo experiments"), following the
 * definitions of Google's reference implementation (google/trimmed_match, Apache-2.0) so that
 * its published numbers are reproduced.
 *
 * Each pair gives y = Δresponse (treatment − control) and x = Δspend. For a candidate iROAS θ
 * the residuals are r_i(θ) = y_i − θ·x_i; θ̂ solves trimmedMean(r(θ)) = 0, trimming
 * ⌈λn⌉ residuals from each tail, so a few geo pairs hit by local events cannot drag the
 * estimate. Each residual is a line in θ; two lines cross once, at the "breakpoint"
 * θ_ij = (y_i − y_j)/(x_i − x_j). Between breakpoints the order of the residuals is fixed, so
 * the trimmed set is fixed and the equation is linear there.
 *
 * The reference sorts all n(n−1)/2 breakpoints (O(n²) memory: 800 MB at 10,000 pairs) and scans
 * them once per candidate trim rate (O(n³) over the automatic search). Here one sweep of θ from
 * −∞ to +∞ keeps the residuals in order and visits the breakpoints in order with a heap of the
 * next crossing of each adjacent pair (a kinetic sorted list: O(n² log n) time, O(n) memory).
 * A crossing only swaps two neighbours, so it changes the trimmed set of trim rate k only at
 * ranks k−1/k and n−1−k/n−k; every candidate trim rate — its roots and its confidence interval —
 * is updated in O(1) per crossing in the same sweep. Only the tails need their order
 * (sweepTails): the middle lines are an unordered set watched by two kinetic tournaments.
 * The confidence interval is every θ whose studentised trimmed mean lies within ±z, which is a
 * quadratic inequality per breakpoint interval; it can be asymmetric.
 */
import { normQuantile } from './normal';
import { perturbTies } from './trimmedMatchTies';

/** Variation in Δspend below this is noise; ties are spread apart by it (as the reference). */
const TIE_BREAKER = 1e-10;
/** |θ| beyond this is not an iROAS (the reference's bound). */
const BOUND = 1e10;
/** An interval wider than this many standard errors falls back to ±3·z·se (as the reference). */
const EXTREME_CI_WIDTH = 1e6;
/** At least one pair must have a spend difference above this (the reference's _MIN_SPEND_GAP). */
const MIN_SPEND_GAP = 1e-10;
const DBL_MIN = 2.2250738585072014e-308;
/**
 * From this many pairs the automatic search finds its roots by Newton's method (rootsByNewton)
 * instead of the sweep. Below it the sweep is fast (77 ms at 1,000 pairs) and keeps the
 * reference's handling of breakpoint ties exactly.
 */
const NEWTON_FROM = 1000;
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
  /** True when exact ties were broken by the reference's tiny perturbation. */
  tiesBroken: boolean;
}

/** Pairs sorted by Δspend with ties spread apart (the reference's order and tie rule). */
class Pairs {
  readonly n: number;
  readonly x: Float64Array;
  readonly y: Float64Array;

  constructor(deltaResponse: readonly number[], deltaSpend: readonly number[]) {
    const n = deltaResponse.length;
    this.n = n;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => deltaSpend[a] - deltaSpend[b] || deltaResponse[a] - deltaResponse[b]);
    this.x = Float64Array.from(order, (i) => deltaSpend[i]);
    this.y = Float64Array.from(order, (i) => deltaResponse[i]);
    // Equal Δspend would make breakpoints infinite: spread ties by the tie breaker.
    for (let i = 1; i < n;) {
      if (this.x[i] - this.x[i - 1] <= DBL_MIN) {
        let j = i;
        while (j < n && this.x[j] - this.x[i - 1] < TIE_BREAKER) j++;
        for (let k = i; k < j; k++) this.x[k] = this.x[i - 1] + (TIE_BREAKER * (k - i + 1)) / (j - i + 1);
        i = j + 1;
      } else i++;
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

  /** The breakpoint of lines i and j (indices in Δspend order), as the reference computes it. */
  breakpoint(i: number, j: number): number {
    return i > j ? ratio(this.y[i] - this.y[j], this.x[i] - this.x[j]) : ratio(this.y[j] - this.y[i], this.x[j] - this.x[i]);
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
function trimmedSymmetricNorm(residuals: Float64Array, k: number): number {
  const n = residuals.length;
  const s = Float64Array.from(residuals).sort();
  let sum = 0;
  for (let i = k; i < n - k; i++) sum += Math.abs(s[i] + s[n - 1 - i]);
  return sum / (n - 2 * k);
}

/** The k-th smallest of a[0..n) (0-based), rearranging a: Hoare's selection, O(n) on average. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    // Median of three as the pivot keeps sorted or tied data from going quadratic.
    const mid = (lo + hi) >> 1;
    let p = a[mid];
    const l = a[lo];
    const h = a[hi];
    if ((l <= p && p <= h) || (h <= p && p <= l)) {
      /* p is the median */
    } else if ((p <= l && l <= h) || (h <= l && l <= p)) p = l;
    else p = h;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/**
 * Eq. (8.2) of the paper: winsorised residual variance over the trimmed mean spend difference.
 * Only the body's two end values and its sums are needed, so two selections replace a sort
 * (this runs once per candidate trim rate: 2,500 times at 10,000 pairs).
 */
function standardError(p: Pairs, n1: number, theta: number, res: Float64Array, work: Float64Array): number {
  return bodyAt(p, n1, theta, res, work).stdError;
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

/** The interval for no trimming: one quadratic inequality over the whole line (the reference's). */
function untrimmedInterval(p: Pairs, z: number): [number, number] {
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

/**
 * What one trim count k (n1) learns during the sweep: the roots of its trimmed-mean equation
 * and, when enough pairs remain, the pieces of its confidence set. Sums run over the body
 * (ranks k..n−1−k); the winsorised sums add k copies of the body's two end values.
 * Called for every crossing at its ranks (a quarter of all crossings in the automatic search),
 * so it allocates nothing.
 */
class TrimLevel {
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

/**
 * A 4-ary min-heap of the adjacent positions 0..n−2, keyed by the θ at which they next cross.
 * Keys are mirrored in heap order (`hk`) so sifting reads one array, not key[heap[i]]: at
 * 10,000 pairs this loop runs 5·10⁷ times and memory access is what it costs.
 */
class CrossingHeap {
  readonly key: Float64Array;
  private readonly hk: Float64Array;
  private readonly heap: Int32Array;
  private readonly at: Int32Array;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
    this.key = new Float64Array(size);
    this.hk = new Float64Array(size);
    this.heap = new Int32Array(size);
    this.at = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      this.heap[i] = i;
      this.at[i] = i;
    }
  }

  /** After setting all keys: restore the heap order. */
  build(): void {
    for (let i = 0; i < this.size; i++) this.hk[i] = this.key[this.heap[i]];
    for (let i = (this.size - 2) >> 2; i >= 0; i--) this.down(i, this.heap[i], this.hk[i]);
  }

  top(): number {
    return this.heap[0];
  }

  topKey(): number {
    return this.hk[0];
  }

  set(position: number, value: number): void {
    const old = this.key[position];
    this.key[position] = value;
    if (value < old) this.up(this.at[position], position, value);
    else if (value > old) this.down(this.at[position], position, value);
  }

  private up(i: number, item: number, k: number): void {
    const { heap, at, hk } = this;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pk = hk[parent];
      if (pk <= k) break;
      const pItem = heap[parent];
      heap[i] = pItem;
      hk[i] = pk;
      at[pItem] = i;
      i = parent;
    }
    heap[i] = item;
    hk[i] = k;
    at[item] = i;
  }

  private down(i: number, item: number, k: number): void {
    const { heap, at, hk, size } = this;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= size) break;
      let child = first;
      let ck = hk[first];
      const last = first + 4 < size ? first + 4 : size;
      for (let c = first + 1; c < last; c++) {
        if (hk[c] < ck) {
          ck = hk[c];
          child = c;
        }
      }
      if (ck >= k) break;
      const cItem = heap[child];
      heap[i] = cItem;
      hk[i] = ck;
      at[cItem] = i;
      i = child;
    }
    heap[i] = item;
    hk[i] = k;
    at[item] = i;
  }
}

/**
 * Sweeps θ from −∞ to +∞ through every crossing of residual lines, feeding each trim level the
 * crossings at its ranks. With `stopAtTie`, returns false as soon as two breakpoints coincide
 * (the reference perturbs such data before estimating).
 */
function sweep(p: Pairs, levels: TrimLevel[], stopAtTie: boolean): boolean {
  const n = p.n;
  if (n < 2) return true;
  const { x, y } = p;
  // Ranks at θ = −∞ are the Δspend order.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // The levels that care about a crossing at ranks (r, r+1): r ∈ {n1−1, n1, n2−1, n2}.
  const watchers: TrimLevel[][] = Array.from({ length: n - 1 }, () => []);
  for (const level of levels) {
    for (const r of new Set([level.n1 - 1, level.n1, level.n2 - 1, level.n2])) if (r >= 0 && r < n - 1) watchers[r].push(level);
  }
  // Lines a (below) and b (above) cross ahead iff a rises faster, i.e. x_a < x_b; then a comes
  // first in Δspend order and the breakpoint is the reference's (y_b − y_a)/(x_b − x_a).
  const crossing = (a: number, b: number) => {
    const dx = x[b] - x[a];
    return dx > 0 ? (y[b] - y[a]) / dx : Infinity;
  };
  const heap = new CrossingHeap(n - 1);
  for (let r = 0; r < n - 1; r++) heap.key[r] = crossing(order[r], order[r + 1]);
  heap.build();
  let previous = NaN;
  for (;;) {
    const r = heap.top();
    const theta = heap.topKey();
    if (theta === Infinity) break;
    if (stopAtTie && theta === previous) return false;
    previous = theta;
    const u = order[r];
    const v = order[r + 1];
    order[r] = v;
    order[r + 1] = u;
    const watching = watchers[r];
    for (let k = 0; k < watching.length; k++) watching[k].cross(theta, r, u, v, order);
    heap.set(r, Infinity); // they have crossed: they only move apart now
    if (r > 0) heap.set(r - 1, crossing(order[r - 1], v));
    if (r + 2 < n) heap.set(r + 1, crossing(u, order[r + 2]));
  }
  return true;
}

/**
 * The same sweep when only the tails matter: the trim levels watch ranks 0..kmax and
 * n−1−kmax..n−1 (kmax = the largest trim count), so only the K = kmax+2 lowest and K highest
 * residual lines are kept in order. The lines in between form an unordered set whose lowest and
 * highest line are followed by two kinetic tournaments (a tree over the lines whose nodes hold
 * the lower — or higher — of their children's lines and the θ at which that changes). Crossings
 * among the middle lines, most of the n(n−1)/2, are never visited: with the automatic search up
 * to a quarter of the pairs, about 1/8 of them remain. Every crossing at a watched rank is still
 * visited, in θ order, so the results are the full sweep's.
 */
function sweepTails(p: Pairs, levels: TrimLevel[], K: number, stopAtTie: boolean): boolean {
  const n = p.n;
  const { x, y } = p;
  let P = 1;
  while (P < n) P <<= 1;
  // Event slots: L pairs, U pairs, the two boundaries, min-tree nodes, max-tree nodes.
  const U0 = K - 1;
  const LOW = 2 * K - 2;
  const HIGH = 2 * K - 1;
  const MIN0 = 2 * K - 1; // slot of min-tree node v is MIN0 + v (1 ≤ v < P)
  // Slot of max-tree node v is MAX0 + v. MAX0 = MIN0 + P − 1 once made the min tree's last node
  // (v = P − 1) share a slot with the max tree's, so with n = P − 1 or P pairs (32 of them,
  // say) a crossing there was read as the max tree's and never cleared: the sweep never ended.
  const MAX0 = MIN0 + P;
  const heap = new CrossingHeap(MAX0 + P);
  const key = heap.key;
  key.fill(Infinity);
  const order = new Int32Array(n); // valid at ranks 0..K−1 and n−K..n−1
  for (let i = 0; i < n; i++) order[i] = i;
  const winMin = new Int32Array(2 * P).fill(-1);
  const winMax = new Int32Array(2 * P).fill(-1);
  for (let i = K; i < n - K; i++) {
    winMin[P + i] = i;
    winMax[P + i] = i;
  }
  const crossing = (a: number, b: number) => {
    const dx = x[b] - x[a];
    return dx > 0 ? (y[b] - y[a]) / dx : Infinity;
  };
  /** Recomputes one node of a tree at θ; returns whether its line changed. */
  const node = (win: Int32Array, base: number, lowest: boolean, v: number, theta: number, build: boolean): boolean => {
    const a = win[2 * v];
    const b = win[2 * v + 1];
    let w: number;
    let fail = Infinity;
    if (a < 0) w = b;
    else if (b < 0) w = a;
    else {
      const s = x[a] < x[b] ? a : b; // lower before they cross, higher after
      const g = s === a ? b : a;
      const t = (y[g] - y[s]) / (x[g] - x[s]);
      const before = theta < t;
      w = lowest === before ? s : g;
      if (before) fail = t;
    }
    const changed = win[v] !== w;
    win[v] = w;
    if (build) key[base + v] = fail;
    else heap.set(base + v, fail);
    return changed;
  };
  const climb = (win: Int32Array, base: number, lowest: boolean, leaf: number, theta: number) => {
    for (let v = (P + leaf) >> 1; v >= 1; v >>= 1) node(win, base, lowest, v, theta, false);
  };
  const setLeaf = (line: number, active: boolean, theta: number) => {
    winMin[P + line] = active ? line : -1;
    winMax[P + line] = active ? line : -1;
    climb(winMin, MIN0, true, line, theta);
    climb(winMax, MAX0, false, line, theta);
  };
  const boundaries = () => {
    const lo = winMin[1];
    heap.set(LOW, lo < 0 ? Infinity : crossing(order[K - 1], lo));
    const hi = winMax[1];
    heap.set(HIGH, hi < 0 ? Infinity : crossing(hi, order[n - K]));
  };
  for (let v = P - 1; v >= 1; v--) {
    node(winMin, MIN0, true, v, -Infinity, true);
    node(winMax, MAX0, false, v, -Infinity, true);
  }
  for (let i = 0; i < K - 1; i++) key[i] = crossing(order[i], order[i + 1]);
  for (let i = 0; i < K - 1; i++) key[U0 + i] = crossing(order[n - K + i], order[n - K + i + 1]);
  key[LOW] = crossing(order[K - 1], winMin[1]);
  key[HIGH] = crossing(winMax[1], order[n - K]);
  heap.build();

  const watchers: TrimLevel[][] = Array.from({ length: n - 1 }, () => []);
  for (const level of levels) {
    for (const r of new Set([level.n1 - 1, level.n1, level.n2 - 1, level.n2])) if (r >= 0 && r < n - 1) watchers[r].push(level);
  }
  /** Adjacent lines at ranks r, r+1 (both kept in order) swap. */
  const swap = (r: number, theta: number) => {
    const u = order[r];
    const v = order[r + 1];
    order[r] = v;
    order[r + 1] = u;
    const watching = watchers[r];
    for (let k = 0; k < watching.length; k++) watching[k].cross(theta, r, u, v, order);
  };
  let previous = NaN;
  for (;;) {
    const slot = heap.top();
    const theta = heap.topKey();
    if (theta === Infinity) break;
    if (slot <= HIGH) {
      // Two crossings of kept lines at one θ: a tie (tournament nodes are left out — the same
      // two middle lines can sit in both trees).
      if (stopAtTie && theta === previous) return false;
      previous = theta;
    }
    if (slot < U0) {
      const i = slot;
      swap(i, theta);
      heap.set(i, Infinity);
      if (i > 0) heap.set(i - 1, crossing(order[i - 1], order[i]));
      if (i + 1 < K - 1) heap.set(i + 1, crossing(order[i + 1], order[i + 2]));
      else boundaries(); // the top of L changed
    } else if (slot < LOW) {
      const i = slot - U0;
      const r = n - K + i;
      swap(r, theta);
      heap.set(slot, Infinity);
      if (i > 0) heap.set(slot - 1, crossing(order[r - 1], order[r]));
      else boundaries(); // the bottom of U changed
      if (i + 1 < K - 1) heap.set(slot + 1, crossing(order[r + 1], order[r + 2]));
    } else if (slot === LOW) {
      // The top line of L and the lowest middle line trade places.
      const out = order[K - 1];
      const into = winMin[1];
      order[K - 1] = into;
      setLeaf(into, false, theta);
      setLeaf(out, true, theta);
      heap.set(K - 2, crossing(order[K - 2], order[K - 1]));
      boundaries();
    } else if (slot === HIGH) {
      const out = order[n - K];
      const into = winMax[1];
      order[n - K] = into;
      setLeaf(into, false, theta);
      setLeaf(out, true, theta);
      heap.set(U0, crossing(order[n - K], order[n - K + 1]));
      boundaries();
    } else {
      // A tournament node's two lines cross: it (and maybe its ancestors) changes hands.
      const lowest = slot < MAX0;
      const win = lowest ? winMin : winMax;
      const base = lowest ? MIN0 : MAX0;
      for (let v = slot - base; v >= 1; v >>= 1) if (!node(win, base, lowest, v, theta, false) && v !== slot - base) break;
      boundaries();
    }
  }
  return true;
}

export interface TrimmedMatchOptions {
  /** Largest trim rate the automatic choice may use (default 0.25). */
  maxTrimRate?: number;
  /** Two-sided confidence of the interval (default 0.8). */
  confidence?: number;
  /** A fixed trim rate; null/undefined chooses it automatically. */
  trimRate?: number | null;
}

/**
 * Σy, Σx and Σ(y − θx) over the body of trim count k at θ (ranks k..n−1−k of the residuals),
 * by two selections: O(n). Of residuals tied with an end of the body, the first in Δspend order
 * are taken (the residual sum does not depend on which).
 */
function bodyAt(p: Pairs, k: number, theta: number, res: Float64Array, work: Float64Array): { sy: number; sx: number; sr: number; stdError: number } {
  const n = p.n;
  for (let i = 0; i < n; i++) res[i] = p.y[i] - p.x[i] * theta;
  work.set(res);
  const lo = select(work, k);
  const hi = select(work, n - 1 - k);
  let below = 0;
  let equalLo = 0;
  let above = 0;
  let equalHi = 0;
  for (let i = 0; i < n; i++) {
    const r = res[i];
    if (r < lo) below++;
    else if (r === lo) equalLo++;
    if (r > hi) above++;
    else if (r === hi) equalHi++;
  }
  let needLo = lo === hi ? n - 2 * k : Math.min(equalLo, below + equalLo - k);
  let needHi = lo === hi ? 0 : Math.min(equalHi, above + equalHi - k);
  let sy = 0;
  let sx = 0;
  let sr = 0;
  let sumSq = k * (sq(lo) + sq(hi));
  for (let i = 0; i < n; i++) {
    const r = res[i];
    let take = r > lo && r < hi;
    if (!take && r === lo && needLo > 0) {
      needLo--;
      take = true;
    } else if (!take && r === hi && needHi > 0) {
      needHi--;
      take = true;
    }
    if (take) {
      sy += p.y[i];
      sx += p.x[i];
      sr += r;
      sumSq += sq(r);
    }
  }
  // At a root this is standardError's figure, computed the same way (the same body, sums in
  // the same order), so the automatic search need not select again.
  const meanX = sx / n;
  return { sy, sx, sr, stdError: Math.sqrt(sumSq / (sq(meanX) * n) / n) };
}

/**
 * The roots of many trim levels without the sweep, when every Δspend is positive. Then each
 * residual y − θx falls as θ grows, and so do their order statistics and every trimmed mean
 * m_k(θ): each level has exactly one root. m_k is linear between breakpoints,
 * m_k(θ) = (Σ_B y − θ Σ_B x)/(n − 2k) for the body B there, so Newton's step from θ lands on
 * Σ_B y / Σ_B x — the root itself once B is the body at the root, where the step stays put.
 * A step outside the bracket kept so far bisects instead. Each step is O(n) (two selections),
 * a level takes two or three from the previous level's root: 2,500 levels of 10,000 pairs in
 * about a second, where the sweep visits 10⁷ crossings. Null (the caller sweeps) when some
 * Δspend is not positive or a level does not settle.
 */
function rootsByNewton(p: Pairs, counts: readonly number[]): Map<number, { root: number; stdError: number }> | null {
  const n = p.n;
  for (let i = 0; i < n; i++) if (!(p.x[i] > 0)) return null;
  const res = new Float64Array(n);
  const work = new Float64Array(n);
  const roots = new Map<number, { root: number; stdError: number }>();
  let theta = p.empirical();
  for (const k of [...counts].sort((a, b) => a - b)) {
    let lo = -Infinity;
    let hi = Infinity;
    let settled = false;
    let stdError = NaN;
    for (let step = 0; step < 200 && !settled; step++) {
      const body = bodyAt(p, k, theta, res, work);
      const { sy, sx, sr } = body;
      if (sr > 0) lo = Math.max(lo, theta);
      else if (sr < 0) hi = Math.min(hi, theta);
      const next = ratio(sy, sx);
      stdError = body.stdError;
      if (next === theta) settled = true;
      else if (next > lo && next < hi) theta = next;
      else if (Number.isFinite(lo) && Number.isFinite(hi)) theta = lo + (hi - lo) / 2;
      else theta = next;
    }
    if (!settled) return null;
    roots.set(k, { root: theta, stdError });
  }
  return roots;
}

/** The estimate for one trim level: its single root, or the most symmetric of several. */
function chooseRoot(p: Pairs, level: TrimLevel): number {
  const roots = level.roots;
  if (roots.length === 0) throw new Error('no root of the trimmed-mean equation (the untrimmed pairs have no spend difference)');
  if (roots.length === 1) return roots[0];
  let best = roots[0];
  let bestNorm = Infinity;
  for (const r of roots) {
    const norm = trimmedSymmetricNorm(p.residuals(r), level.n1);
    if (norm < bestNorm) {
      bestNorm = norm;
      best = r;
    }
  }
  return best;
}

export function trimmedMatch(deltaResponse: readonly number[], deltaSpend: readonly number[], opts: TrimmedMatchOptions = {}): TrimmedMatchResult {
  const n = deltaResponse.length;
  let largest = 0;
  for (const v of deltaSpend) largest = Math.max(largest, Math.abs(v));
  if (!(largest >= MIN_SPEND_GAP)) throw new Error(`delta_spends are all too close to 0 (the largest is ${largest}); the pairs need spend differences`);
  // As the reference: the automatic search keeps at least two pairs and trims at most 0.3.
  const maxTrimRate = Math.min(0.3, Math.max(0, Math.min(0.5 - 1 / n, opts.maxTrimRate ?? 0.25)));
  const z = normQuantile(1 - (1 - (opts.confidence ?? 0.8)) / 2);
  const fixed = opts.trimRate !== undefined && opts.trimRate !== null ? opts.trimRate : null;
  const rates: number[] = [];
  if (fixed !== null) rates.push(fixed);
  else {
    const most = Math.ceil(maxTrimRate * n);
    for (let i = 0; i <= most; i++) {
      const rate = i / n;
      if (rate > maxTrimRate) break;
      rates.push(rate);
    }
  }
  for (const rate of rates) if (2 * trimCount(rate, n) >= n) throw new Error('the trim rate leaves no geo pairs');

  // The automatic search needs every level's roots but only the chosen level's interval: the
  // roots come first (by Newton's method when every Δspend is positive, else by the sweep), then
  // a sweep keeping in order only the ranks the chosen level watches finds its interval.
  const run = (y: readonly number[], x: readonly number[], stopAtTie: boolean, counts: number[], withInterval: boolean) => {
    const p = new Pairs(y, x);
    const fast = withInterval || n <= NEWTON_FROM ? null : rootsByNewton(p, counts);
    if (fast) return { p, roots: (k: number) => fast.get(k)!.root, stdErrors: fast, levels: new Map<number, TrimLevel>() };
    const levels = new Map(counts.map((k) => [k, new TrimLevel(p, k, z, withInterval)]));
    // Keep in order the ranks the levels watch (0..kmax+1 and their mirror) and no more.
    const K = Math.max(0, ...counts) + 2;
    const all = [...levels.values()];
    const done = n - 2 * K >= 8 ? sweepTails(p, all, K, stopAtTie) : sweep(p, all, stopAtTie);
    if (!done) return null;
    for (const level of all) level.finish();
    return { p, roots: (k: number) => chooseRoot(p, levels.get(k)!), stdErrors: null, levels };
  };
  // Exact ties (in Δspend, or two breakpoints at the same θ — common with whole-number exports)
  // make the sweep's estimate depend on the order ties are visited; like Google's Python entry
  // point, break them with a tiny deterministic perturbation and estimate again. (Newton's roots
  // are unique, so only ties in Δspend, which the pairs' order needs broken, count there.)
  const counts = [...new Set(rates.map((r) => trimCount(r, n)).filter((k) => k > 0))];
  const oneLevel = fixed !== null;
  let tiesBroken = new Set(deltaSpend).size !== n;
  let data = { deltaResponse, deltaSpend };
  let state = tiesBroken ? null : run(deltaResponse, deltaSpend, true, counts, oneLevel);
  if (!state) {
    tiesBroken = true;
    data = perturbTies(deltaResponse, deltaSpend);
    state = run(data.deltaResponse, data.deltaSpend, false, counts, oneLevel)!;
  }
  const { p } = state;

  const res = new Float64Array(n);
  const work = new Float64Array(n);
  const candidates: TrimCandidate[] = rates.map((rate) => {
    const k = trimCount(rate, n);
    const iroas = k === 0 ? p.empirical() : state.roots(k);
    const known = k === 0 ? undefined : state.stdErrors?.get(k)?.stdError;
    return { trimRate: rate, iroas, stdError: known ?? standardError(p, k, iroas, res, work) };
  });
  let chosen = candidates[0];
  if (fixed === null) {
    // The least trimming whose standard error is within (1 + 0.25/√n) of the smallest:
    // robustness only as far as it buys precision.
    const minError = candidates.reduce((m, c) => Math.min(m, c.stdError), Infinity);
    chosen = candidates.find((c) => c.stdError <= (1 + 0.25 / Math.sqrt(n)) * minError) ?? candidates[0];
  }
  const k = trimCount(chosen.trimRate, n);
  if (k > 0 && n < 2 * k + 2) throw new Error('fewer than 2 geo pairs are left after trimming');
  const levels = k > 0 && !state.levels.get(k)?.withInterval ? run(data.deltaResponse, data.deltaSpend, false, [k], true)!.levels : state.levels;
  let [lower, upper] = k === 0 ? untrimmedInterval(p, z) : levels.get(k)!.interval();
  if (!(upper - lower <= EXTREME_CI_WIDTH * chosen.stdError)) {
    const width = chosen.stdError * z * 3;
    lower = chosen.iroas - width;
    upper = chosen.iroas + width;
  }
  return { ...chosen, lower, upper, candidates, tiesBroken };
}
