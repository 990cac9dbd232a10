/**
 * The range of a growth between two independent samples of weeks, G = m₁/m₀ − 1 (sales growth:
 * the stage's mean weekly revenue over the Baseline's), by the delta method:
 *
 *   Var(m₁/m₀) ≈ v₁ + v₀,   v₁ = s₁² / (n₁·m₀²),   v₀ = m₁²·s₀² / (n₀·m₀⁴),
 *
 * with Welch–Satterthwaite degrees of freedom df = (v₁ + v₀)² / (v₁²/(n₁−1) + v₀²/(n₀−1)), so a
 * short or jumpy Baseline widens the range as much as a short or jumpy stage does.
 * G ± t(df, (1+c)/2) · √(v₁ + v₀). Fewer than 2 weeks on either side, or m₀ = 0: no range.
 */
import { studentTQuantile } from './studentT';

export interface GrowthRange {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly se: number;
  readonly df: number;
}

function meanVar(x: readonly number[]): [number, number] {
  let s = 0;
  for (const v of x) s += v;
  const m = s / x.length;
  let ss = 0;
  for (const v of x) ss += (v - m) * (v - m);
  return [m, ss / (x.length - 1)];
}

/** The range of mean(stage)/mean(baseline) − 1 at `confidence`; null when it cannot be measured. */
/** `multiplier` (stage weeks, df) replaces t(df) — a confidence sequence's, for weekly looks. */
export function growthInterval(
  stage: readonly number[],
  baseline: readonly number[],
  confidence: number,
  multiplier?: (n: number, df: number) => number,
): GrowthRange | null {
  const n1 = stage.length;
  const n0 = baseline.length;
  if (n1 < 2 || n0 < 2 || !(confidence > 0 && confidence < 1)) return null;
  const [m1, s1] = meanVar(stage);
  const [m0, s0] = meanVar(baseline);
  if (m0 === 0) return null;
  const v1 = s1 / (n1 * m0 * m0);
  const v0 = (m1 * m1 * s0) / (n0 * m0 ** 4);
  const estimate = m1 / m0 - 1;
  const v = v1 + v0;
  if (v === 0) return { estimate, lower: estimate, upper: estimate, se: 0, df: Infinity };
  const df = (v * v) / ((v1 * v1) / (n1 - 1) + (v0 * v0) / (n0 - 1));
  const se = Math.sqrt(v);
  const h = (multiplier ? multiplier(n1, df) : studentTQuantile((1 + confidence) / 2, df)) * se;
  return { estimate, lower: estimate - h, upper: estimate + h, se, df };
}
