/**
 * The trimmed residuals at one θ: with r_i = y_i − θ·x_i sorted, the body is ranks k..n−1−k.
 * Its sums give the trimmed mean's Newton step and the standard error of eq. (8.2) in Chen & Au;
 * two selections replace a sort, so each is O(n).
 */
import { sq, type Pairs } from './trimmedMatchPairs';

/** Mean |r(i) + r(n−1−i)| over the untrimmed sorted residuals: how asymmetric a root leaves them. */
export function trimmedSymmetricNorm(residuals: Float64Array, k: number): number {
  const n = residuals.length;
  const s = Float64Array.from(residuals).sort();
  let sum = 0;
  for (let i = k; i < n - k; i++) sum += Math.abs(s[i] + s[n - 1 - i]);
  return sum / (n - 2 * k);
}

/** The k-th smallest of a[0..n) (0-based), rearranging a: Hoare's selection, O(n) on average. */
export function select(a: Float64Array, k: number): number {
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
 * Σy, Σx and Σ(y − θx) over the body of trim count k at θ (ranks k..n−1−k of the residuals),
 * by two selections: O(n). Of residuals tied with an end of the body, the first in Δspend order
 * are taken (the residual sum does not depend on which).
 */
export function bodyAt(p: Pairs, k: number, theta: number, res: Float64Array, work: Float64Array): { sy: number; sx: number; sr: number; stdError: number } {
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
 * Eq. (8.2) of the paper: winsorised residual variance over the trimmed mean spend difference.
 * Only the body's two end values and its sums are needed, so two selections replace a sort
 * (this runs once per candidate trim rate: 2,500 times at 10,000 pairs).
 */
export function standardError(p: Pairs, n1: number, theta: number, res: Float64Array, work: Float64Array): number {
  return bodyAt(p, n1, theta, res, work).stdError;
}
