/**
 * Time-based regression (TBR) for a geo experiment: Kerman, Wang & Vaver (2017), "Estimating
 * ad effectiveness using geo experiments in a time-based regression framework", as in
 * Google's GeoexperimentsResearch R package (model tbr1).
 * Fit test = a + b·control by OLS on the pretest rows; the counterfactual of each test-period
 * row is a + b·control_t, so the effect is Δ = Σ_test (test_t − a − b·control_t). Its variance
 * adds the uncertainty of the fitted line at the test period's mean control (x̄) to the noise
 * of each day: Var(Δ) = n²(Var a + x̄² Var b + 2x̄ Cov(a,b)) + n σ̂², with df = pretest − 2.
 * iROAS = Δ / spend; interval and P(iROAS > threshold) from Student's t with those df.
 * A control series that is constant over the pretest carries no information about the slope:
 * like R's lm (which drops the aliased column), the model is then intercept-only, b = 0 and
 * df = pretest − 1.
 */
import { studentTCdf, studentTQuantile } from './studentT';

export interface TbrResult {
  iroas: number;
  lower: number;
  upper: number;
  /** P(iROAS > threshold). */
  probability: number;
  effect: number;
  /** Standard error of the iROAS (of Δ divided by spend). */
  se: number;
  a: number;
  b: number;
  sigma: number;
  df: number;
}

/** The pretest fit: the line, its residual variance and the coefficients' covariance. */
export interface PretestFit {
  a: number;
  b: number;
  sigma2: number;
  df: number;
  varA: number;
  varB: number;
  covAB: number;
  /** Mean of control over the pretest. */
  meanControl: number;
  /** True when the control was constant and the slope was dropped. */
  interceptOnly: boolean;
}

/**
 * Relative size below which the centred control column counts as constant: R's lm drops a
 * column whose QR residual norm is below 1e-7 of its norm (tol = 1e-7), i.e. sxx < 1e-14·Σx².
 */
const ALIASED = 1e-14;

export function fitPretest(test: readonly number[], control: readonly number[], pretestRows: number): PretestFit {
  const m = pretestRows;
  let sx = 0;
  let sy = 0;
  let sxRaw2 = 0;
  for (let i = 0; i < m; i++) {
    sx += control[i];
    sy += test[i];
    sxRaw2 += control[i] * control[i];
  }
  const mx = sx / m;
  const my = sy / m;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < m; i++) {
    sxx += (control[i] - mx) ** 2;
    sxy += (control[i] - mx) * (test[i] - my);
  }
  const interceptOnly = !(sxx > ALIASED * sxRaw2);
  const b = interceptOnly ? 0 : sxy / sxx;
  const a = my - b * mx;
  let rss = 0;
  for (let i = 0; i < m; i++) rss += (test[i] - a - b * control[i]) ** 2;
  const df = interceptOnly ? m - 1 : m - 2;
  const sigma2 = rss / df;
  // OLS coefficient covariance σ̂²(XᵀX)⁻¹ in centred form; intercept-only: Var a = σ̂²/m.
  const varB = interceptOnly ? 0 : sigma2 / sxx;
  const varA = interceptOnly ? sigma2 / m : sigma2 * (1 / m + (mx * mx) / sxx);
  const covAB = interceptOnly ? 0 : (-mx * sigma2) / sxx;
  return { a, b, sigma2, df, varA, varB, covAB, meanControl: mx, interceptOnly };
}

/** Var(Δ) over n test rows whose control averages x̄: the fitted line's and the days' own noise. */
export function effectVariance(fit: PretestFit, n: number, xbar: number): number {
  return n * n * (fit.varA + xbar * xbar * fit.varB + 2 * xbar * fit.covAB) + n * fit.sigma2;
}

/** The iROAS and its interval from a pretest fit and the test period's sums over n rows. */
export interface TbrInterval {
  iroas: number;
  se: number;
  lower: number;
  upper: number;
}

/**
 * `effect` is Σ (test_t − a − b·control_t) and `controlSum` Σ control_t over the n test rows, so
 * a caller that grows the test period a row at a time (the evidence layer's weekly bands) keeps
 * running sums instead of refitting. `multiplier` (n test rows, df) → the interval's multiplier
 * of the standard error: Student's t by default; the evidence layer passes a confidence
 * sequence's for ranges looked at every week.
 */
export function tbrInterval(
  fit: PretestFit,
  n: number,
  effect: number,
  controlSum: number,
  spend: number,
  confidence = 0.9,
  multiplier?: (n: number, df: number) => number,
): TbrInterval {
  const xbar = controlSum / n;
  const iroas = effect / spend;
  const se = Math.sqrt(effectVariance(fit, n, xbar)) / Math.abs(spend);
  const t = multiplier ? multiplier(n, fit.df) : studentTQuantile(1 - (1 - confidence) / 2, fit.df);
  return { iroas, se, lower: iroas - t * se, upper: iroas + t * se };
}

/** TBR over the series: the first `pretestRows` rows are the pretest, the rest the test period. */
export function timeBasedRegression(
  test: readonly number[],
  control: readonly number[],
  pretestRows: number,
  spend: number,
  confidence = 0.9,
  threshold = 1,
  multiplier?: (n: number, df: number) => number,
): TbrResult {
  const m = pretestRows;
  const fit = fitPretest(test, control, m);
  const { a, b, df } = fit;
  let effect = 0;
  let controlSum = 0;
  for (let i = m; i < test.length; i++) {
    effect += test[i] - a - b * control[i];
    controlSum += control[i];
  }
  const { iroas, se, lower, upper } = tbrInterval(fit, test.length - m, effect, controlSum, spend, confidence, multiplier);
  return {
    iroas,
    lower,
    upper,
    // The upper tail directly (P(T > t) = P(T < −t)): 1 − CDF rounds to 0 below 1e-16.
    probability: studentTCdf((iroas - threshold) / se, df),
    effect,
    se,
    a,
    b,
    sigma: Math.sqrt(fit.sigma2),
    df,
  };
}
