/**
 * The minimum detectable iROAS of a planned TBR test (docs/contract.md §1.7; derivation in the README,
 * "How small an iROAS a TBR test can see").
 * From the pretest fit of test = a + b·control, a test of n rows whose control stays at its
 * pretest mean x̄ has an effect estimate Δ̂ with TBR's own variance
 *   Var(Δ̂) = n²(Var a + x̄² Var b + 2x̄ Cov(a,b)) + n σ̂²   (= σ̂²·n·(1 + n/m) at x̄ = the pretest mean).
 * The test "detects" a lift when its two-sided `confidence` interval lies above 0, i.e. when
 * Δ̂/sd > t_{1−α/2}. If the true iROAS is θ, Δ̂ is centred at θ·n·spend, so the chance of that is
 * `power` when θ·n·spend/sd = t_{1−α/2} + t_{power}: the smallest such θ is
 *   MDE = (t_{1−α/2, df} + t_{power, df}) · sd(Δ̂) / (n · spend_per_row),
 * with df the pretest fit's (rows − 2, or rows − 1 when the control is constant). Using t for
 * the power term is the usual approximation of the noncentral t; the offline simulation
 * (test/core/stats/reference/tbr_reference.py) finds the power it promises.
 */
import { studentTQuantile } from './studentT';
import { effectVariance, fitPretest } from './tbr';

export interface MdeResult {
  mde: number;
  /** sd of the effect estimate Δ̂ over the whole test. */
  sdEffect: number;
  df: number;
}

export function iroasMde(
  test: readonly number[],
  control: readonly number[],
  pretestRows: number,
  testRows: number,
  spendPerRow: number,
  confidence = 0.9,
  power = 0.8,
): MdeResult {
  const fit = fitPretest(test, control, pretestRows);
  // Assumption: during the test the control geos sell at their pretest average.
  const sdEffect = Math.sqrt(effectVariance(fit, testRows, fit.meanControl));
  const t = studentTQuantile(1 - (1 - confidence) / 2, fit.df) + studentTQuantile(power, fit.df);
  return { mde: (t * sdEffect) / (testRows * spendPerRow), sdEffect, df: fit.df };
}
