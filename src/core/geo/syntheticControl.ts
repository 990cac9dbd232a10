/**
 * GeoLift's default model: augsynth's synthetic control without an outcome model, with unit
 * fixed effects (`progfunc = "none"`, `fixedeff = TRUE`).
 *
 * - Every region's series minus its own mean over the fit periods (the fixed effect).
 * - The treated regions averaged into one treated series (augsynth's `format_synth`).
 * - Donor weights w ≥ 0, Σw = 1 minimising the squared error of the synthetic control over the
 *   fit periods (`synth_qp`), by the exact solver in `simplexLeastSquares`.
 * - L2 imbalance = √(that squared error); scaled = it divided by the same with equal weights on
 *   every donor (augsynth's `scaled_l2_imbalance`).
 * - The effect in a later period = treated − synthetic control, both demeaned by the fit periods.
 *
 * One engine serves every fit of a panel: placebo windows and market selection refit the model
 * for many start periods and region sets, so the cross products Σ y_i·y_j are kept as running
 * sums over periods and each fit only reads them (O(regions²) per fit, not O(regions²·periods)).
 */
import type { Panel } from './panel';
import { simplexLeastSquares, simplexLeastSquaresUnlessAbove } from './simplexLeastSquares';

export interface ScFit {
  /** The fit used the periods [0, before). */
  readonly before: number;
  readonly treated: readonly number[];
  readonly donors: readonly number[];
  /** Weight of donors[k]. */
  readonly weights: Float64Array;
  /** Squared error of the synthetic control over the fit periods, and with equal weights. */
  readonly sse: number;
  readonly uniformSse: number;
}

export function l2Imbalance(fit: ScFit): number {
  return Math.sqrt(Math.max(0, fit.sse));
}

/** 1 when the synthetic control fits no better than the plain average of the donors. */
export function scaledL2Imbalance(fit: ScFit): number {
  return fit.uniformSse > 0 ? Math.sqrt(Math.max(0, fit.sse) / fit.uniformSse) : 0;
}

export class SyntheticControl {
  readonly n: number;
  readonly T: number;
  /** Each region's series minus its mean over all periods: only differences of means matter, and
   *  the smaller numbers keep the running cross products exact to more digits. */
  private readonly yc: Float64Array[];
  /** cum[i][t] = Σ_{u<t} yc[i][u]. */
  private readonly cum: Float64Array[];
  /** Σ_{u<at} yc_i·yc_j, row-major n×n, for the current `at`. */
  private readonly cross: Float64Array;
  private at = 0;
  /** centredBefore's matrix: one per `before` serves every region set fitted there (market
   *  selection fits thousands of sets on the same periods; the solver reads it in place). */
  private readonly centredAll: Float64Array;
  private centredFor = -1;

  constructor(readonly panel: Panel) {
    this.n = panel.y.length;
    this.T = panel.periods.length;
    this.yc = panel.y.map((row) => {
      let m = 0;
      for (let t = 0; t < row.length; t++) m += row[t];
      m /= row.length;
      return row.map((v) => v - m);
    });
    this.cum = this.yc.map((row) => {
      const c = new Float64Array(row.length + 1);
      for (let t = 0; t < row.length; t++) c[t + 1] = c[t] + row[t];
      return c;
    });
    this.cross = new Float64Array(this.n * this.n);
    this.centredAll = new Float64Array(this.n * this.n);
  }

  /** Brings the running cross products to the periods [0, s). */
  private crossBefore(s: number): Float64Array {
    const n = this.n;
    if (s < this.at) {
      this.cross.fill(0);
      this.at = 0;
    }
    for (; this.at < s; this.at++) {
      const t = this.at;
      for (let i = 0; i < n; i++) {
        const yi = this.yc[i][t];
        const row = i * n;
        for (let j = 0; j <= i; j++) this.cross[row + j] += yi * this.yc[j][t];
      }
    }
    return this.cross;
  }

  /** Centred cross product of regions i and j over [0, s): Σ (y_i − ȳ_i)(y_j − ȳ_j). */
  private centred(cross: Float64Array, s: number, i: number, j: number): number {
    const v = i >= j ? cross[i * this.n + j] : cross[j * this.n + i];
    return v - (this.cum[i][s] * this.cum[j][s]) / s;
  }

  /**
   * Every region pair's centred cross product over [0, before), n×n, kept for the last `before`.
   * Read only: the next call with another `before` overwrites it.
   */
  centredBefore(before: number): Float64Array {
    if (this.centredFor === before) return this.centredAll;
    const cross = this.crossBefore(before);
    const n = this.n;
    const m = this.centredAll;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        // The product of the two sums is the same double either way round, so m is symmetric.
        const v = this.centred(cross, before, i, j);
        m[i * n + j] = v;
        m[j * n + i] = v;
      }
    }
    this.centredFor = before;
    return m;
  }

  /**
   * Fits the treated average on the donors over the periods [0, before). `start`: the weights of
   * a neighbouring fit with the same donors, to start the solver from (the answer is the same).
   */
  fit(before: number, treated: readonly number[], donors: readonly number[], start?: Float64Array, withUniform = true): ScFit {
    return this.fitUnlessAbove(before, treated, donors, undefined, start, withUniform)!;
  }

  /**
   * fit, but given up (undefined) as soon as `cannotWin` accepts a lower bound of the squared
   * error — market selection only needs the sets that can still enter its beam. Without
   * `withUniform`, uniformSse is NaN (uniformSseOf gives it later, the same number).
   */
  fitUnlessAbove(
    before: number,
    treated: readonly number[],
    donors: readonly number[],
    cannotWin: ((sseLowerBound: number) => boolean) | undefined,
    start?: Float64Array,
    withUniform = false,
  ): ScFit | undefined {
    const m = this.centredBefore(before);
    const n = this.n;
    const nd = donors.length;
    // H is the donors' block of m, read in place (no nd×nd copy per fit).
    const idx = Int32Array.from(donors);
    const c = donorsAgainstTreated(m, n, donors, treated);
    const q = treatedSquares(m, n, treated);
    const solved = cannotWin ? simplexLeastSquaresUnlessAbove(m, c, nd, { q, cannotWin }, start, idx, n) : simplexLeastSquares(m, c, nd, start, idx, n);
    if (!solved) return undefined;
    // nd² additions: skipped (uniformSse NaN) where only the weights matter — the power
    // analysis's 20,000 fits of 200 donors and the 10,000 screened sets in market selection.
    const uniformSse = withUniform ? equalWeightsSse(m, n, idx, c, q) : NaN;
    return { before, treated, donors, weights: solved.weights, sse: 2 * solved.objective + q, uniformSse };
  }

  /** The squared error with equal weights on every donor, as fit() computes it. */
  uniformSseOf(fit: ScFit): number {
    const m = this.centredBefore(fit.before);
    const c = donorsAgainstTreated(m, this.n, fit.donors, fit.treated);
    return equalWeightsSse(m, this.n, Int32Array.from(fit.donors), c, treatedSquares(m, this.n, fit.treated));
  }

  /**
   * The fit on every period of [0, before) — the test's too — with the treated average lowered
   * by h on [from, before): the model under the null "the effect is h". Only c and ‖x₁‖² depend
   * on h (linearly: the donors' block of cross products is that of fit()), so the null can be
   * moved without touching the series. Returns the weights and the residuals
   * u_t = (x₁ − h·1[t ≥ from]) − Σ w_d·y_d over [0, before), every series demeaned over it.
   */
  fitUnderNull(
    before: number,
    from: number,
    treated: readonly number[],
    donors: readonly number[],
    h: number,
    start?: Float64Array,
  ): { weights: Float64Array; residuals: Float64Array } {
    const m = this.centredBefore(before);
    const n = this.n;
    const nd = donors.length;
    const nt = treated.length;
    const L = before - from;
    // Σ over [from, before) of a region's series demeaned over [0, before).
    const testSum = (i: number) => this.cum[i][before] - this.cum[i][from] - (L * this.cum[i][before]) / before;
    const idx = Int32Array.from(donors);
    const c = donorsAgainstTreated(m, n, donors, treated);
    for (let a = 0; a < nd; a++) c[a] -= h * testSum(donors[a]);
    const { weights } = simplexLeastSquares(m, c, nd, start, idx, n);
    const residuals = new Float64Array(before);
    const mean = (i: number) => this.cum[i][before] / before;
    for (const i of treated) {
      const row = this.yc[i];
      const mi = mean(i);
      for (let t = 0; t < before; t++) residuals[t] += (row[t] - mi) / nt;
    }
    for (let t = from; t < before; t++) residuals[t] -= h * (1 - L / before);
    for (let t = 0; t < from; t++) residuals[t] -= h * (-L / before);
    donors.forEach((d, k) => {
      const w = weights[k];
      if (w === 0) return;
      const row = this.yc[d];
      const md = mean(d);
      for (let t = 0; t < before; t++) residuals[t] -= w * (row[t] - md);
    });
    return { weights, residuals };
  }

  /** Mean over [from, to) of a region's series, minus its mean over the fit periods. */
  private demeanedMean(i: number, before: number, from: number, to: number): number {
    const c = this.cum[i];
    return (c[to] - c[from]) / (to - from) - c[before] / before;
  }

  /** Mean effect (treated − synthetic control) over the periods [from, to). */
  meanEffect(fit: ScFit, from: number, to: number): number {
    let treated = 0;
    for (const i of fit.treated) treated += this.demeanedMean(i, fit.before, from, to);
    treated /= fit.treated.length;
    let synthetic = 0;
    fit.donors.forEach((d, k) => {
      if (fit.weights[k] !== 0) synthetic += fit.weights[k] * this.demeanedMean(d, fit.before, from, to);
    });
    return treated - synthetic;
  }

  /** The treated regions' average level (raw units) over [from, to). */
  treatedLevel(treated: readonly number[], from: number, to: number): number {
    let s = 0;
    for (const i of treated) {
      const row = this.panel.y[i];
      for (let t = from; t < to; t++) s += row[t];
    }
    return s / (treated.length * (to - from));
  }

  /**
   * The fit's squared errors recomputed from the series themselves, period by period: the
   * figure GEO_LIFT prints, independent of the running sums' rounding.
   */
  exactSse(fit: ScFit): { sse: number; uniformSse: number } {
    const { before, treated, donors, weights } = fit;
    let sse = 0;
    let uni = 0;
    const mean = (i: number) => this.cum[i][before] / before;
    const tMeans = treated.map(mean);
    const dMeans = donors.map(mean);
    for (let t = 0; t < before; t++) {
      let x1 = 0;
      treated.forEach((i, k) => (x1 += this.yc[i][t] - tMeans[k]));
      x1 /= treated.length;
      let syn = 0;
      let avg = 0;
      donors.forEach((d, k) => {
        const v = this.yc[d][t] - dMeans[k];
        syn += weights[k] * v;
        avg += v;
      });
      avg /= donors.length;
      sse += (x1 - syn) ** 2;
      uni += (x1 - avg) ** 2;
    }
    return { sse, uniformSse: uni };
  }
}

/** ‖x₁‖²: the treated average's centred sum of squares, from the n×n matrix m. */
function treatedSquares(m: Float64Array, n: number, treated: readonly number[]): number {
  let q = 0;
  for (const i of treated) for (const k of treated) q += m[i * n + k];
  return q / (treated.length * treated.length);
}

/** Equal weights ū on the donors: ūᵀHū − 2cᵀū + ‖x₁‖². */
function equalWeightsSse(m: Float64Array, n: number, idx: Int32Array, c: Float64Array, q: number): number {
  const nd = idx.length;
  let hu = 0;
  let cu = 0;
  for (let a = 0; a < nd; a++) {
    cu += c[a];
    const row = idx[a] * n;
    for (let b = 0; b < nd; b++) hu += m[row + idx[b]];
  }
  return hu / (nd * nd) - (2 * cu) / nd + q;
}

/** c = X₀ᵀx₁: each donor's centred cross product with the treated average, from the n×n matrix m. */
function donorsAgainstTreated(m: Float64Array, n: number, donors: readonly number[], treated: readonly number[]): Float64Array {
  const c = new Float64Array(donors.length);
  for (let a = 0; a < donors.length; a++) {
    let s = 0;
    const row = donors[a] * n;
    for (const i of treated) s += m[row + i];
    c[a] = s / treated.length;
  }
  return c;
}

/** Every region that is not treated, in panel order. */
export function donorsOf(n: number, treated: readonly number[], exclude: readonly number[] = []): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!treated.includes(i) && !exclude.includes(i)) out.push(i);
  return out;
}
