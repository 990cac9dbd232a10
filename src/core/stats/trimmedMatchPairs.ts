/**
 * The paired geo experiment's data as Trimmed Match reads it (Chen & Au, 2022; Google's
 * google/trimmed_match): each pair's Δresponse y and Δspend x, sorted by Δspend with ties spread
 * apart, and the reference's arithmetic rules (a zero denominator, the trim count).
 */
/** Variation in Δspend below this is noise; ties are spread apart by it (as the reference). */
const TIE_BREAKER = 1e-10;
export const DBL_MIN = 2.2250738585072014e-308;
export const DBL_MAX = Number.MAX_VALUE;

/** y / x, with a zero denominator replaced by the smallest normal double (the reference's rule). */
export const ratio = (y: number, x: number) => y / (x === 0 ? DBL_MIN : x);
export const sq = (v: number) => v * v;

/** Pairs sorted by Δspend with ties spread apart (the reference's order and tie rule). */
export class Pairs {
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
export const trimCount = (rate: number, n: number) => Math.ceil(rate * n);
