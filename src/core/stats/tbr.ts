/**
 * Time-based regression (TBR) for a geo experiment: Kerman, Wang & Vaver (2017), "Estimating
 * ad effectiveness using geo experiments in a time-based regression framework", as in
 * Google's GeoexperimentsResearch R package (model tbr1).
 * Fit test = a + b·control by OLS on the pretest rows; the counterfactual of each test-period
 * row is a + b·control_t, so the effect is Δ = Σ_test (test_t − a − b·control_t). Its variance
 * adds the uncertainty of the fitted line at the test period's mean control (x̄) to the noise
 * of each day: Var(Δ) = n²(Var a + x̄² Var b + 2x̄ Cov(a,b)) + n σ̂², with df = pretest − 2.
 * iROAS = Δ / spend; interval and P(iROAS > threshold) from Student's t with those df.
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

export function timeBasedRegression(test: readonly number[], control: readonly number[], pretestRows: number, spend: number, confidence = 0.9, threshold = 1): TbrResult {
  const m = pretestRows;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < m; i++) {
    sx += control[i];
    sy += test[i];
  }
  const mx = sx / m;
  const my = sy / m;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < m; i++) {
    sxx += (control[i] - mx) ** 2;
    sxy += (control[i] - mx) * (test[i] - my);
  }
  const b = sxy / sxx;
  const a = my - b * mx;
  let rss = 0;
  for (let i = 0; i < m; i++) rss += (test[i] - a - b * control[i]) ** 2;
  const df = m - 2;
  const sigma2 = rss / df;
  // OLS coefficient covariance σ̂²(XᵀX)⁻¹ in centred form.
  const varB = sigma2 / sxx;
  const varA = sigma2 * (1 / m + (mx * mx) / sxx);
  const covAB = (-mx * sigma2) / sxx;

  const n = test.length - m;
  let effect = 0;
  let xbar = 0;
  for (let i = m; i < test.length; i++) {
    effect += test[i] - a - b * control[i];
    xbar += control[i];
  }
  xbar /= n;
  const varEffect = n * n * (varA + xbar * xbar * varB + 2 * xbar * covAB) + n * sigma2;
  const iroas = effect / spend;
  const se = Math.sqrt(varEffect) / Math.abs(spend);
  const t = studentTQuantile(1 - (1 - confidence) / 2, df);
  return {
    iroas,
    lower: iroas - t * se,
    upper: iroas + t * se,
    probability: 1 - studentTCdf((threshold - iroas) / se, df),
    effect,
    se,
    a,
    b,
    sigma: Math.sqrt(sigma2),
    df,
  };
}
