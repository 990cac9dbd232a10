/**
 * Ranges that stay valid however often they are looked at (docs/contract.md §2.5, `rangeKind:
 * 'sequential'`). A stage is evaluated every week; a fixed-horizon 80 % range, looked at twelve
 * times, releases money on a stage exactly at target far more often than the 10 % its one-sided
 * error promises. A confidence sequence holds its level over every look at once.
 *
 * Robbins' normal mixture (Howard, Ramdas, McAuliffe & Sekhon 2021, "Time-uniform,
 * nonparametric, nonasymptotic confidence sequences", Ann. Statist. 49(2), eq. (14)): for a sum
 * S_n of n centred observations with variance σ² each (V_n = nσ²), mixing the exponential
 * martingale exp(λS − λ²V/2) over λ ~ N(0, 1/ρ) gives √(ρ/(V+ρ))·exp(S²/(2(V+ρ))), and Ville's
 * inequality bounds the chance that it ever exceeds 1/α by α, i.e.
 *
 *   P(∃n: |S_n| ≥ √((V_n + ρ)·ln((V_n + ρ)/(ρ α²)))) ≤ α.
 *
 * In units of one week's spread (ρ measured in weeks) the half-width of a mean's range after n
 * weeks is σ/√n times the multiplier √((n + ρ)/n · ln((n + ρ)/(ρ α²))), against z or t for a
 * single look. With α = 1 − confidence the two-sided sequence is the range; each side errs at
 * about α/2, the one-sided error the gate spends.
 *
 * The mixture's ρ decides where the boundary is tightest: Howard et al. (§3.5) make it
 * near-optimal at intrinsic time m with ρ = m / (2 ln(1/α) + ln(1 + 2 ln(1/α))). LiftGate
 * tunes it to the stage's horizon: the weeks its budget lasts at its weekly spend.
 *
 * The spread itself is estimated from the weeks seen (a plug-in, as for the fixed range). With
 * two or three weeks that estimate is poor, so the multiplier is scaled by t(n−1)/z, the
 * factor by which the fixed range already widens for an estimated spread; `npm run simulate`
 * checks the level this gives on LiftGate's own evaluation (docs/decisions.md).
 */
import { normQuantile } from './normal';
import { studentTQuantile } from './studentT';

export type RangeKind = 'sequential' | 'fixed';
export const RANGE_KINDS: readonly RangeKind[] = ['sequential', 'fixed'];
export const DEFAULT_RANGE_KIND: RangeKind = 'sequential';

/** The horizon used when a stage's cannot be told (no spend yet, no budget): a quarter. */
export const DEFAULT_HORIZON_WEEKS = 12;
const MIN_HORIZON = 4;
const MAX_HORIZON = 52;

/** ρ (in weeks) that makes the normal-mixture boundary near-tightest at `horizon` weeks (Howard et al. 2021, §3.5). */
export function mixtureRho(horizon: number, alpha: number): number {
  const l = 2 * Math.log(1 / alpha);
  return horizon / (l + Math.log(1 + l));
}

/** √((n + ρ)/n · ln((n + ρ)/(ρα²))): the half-width of the two-sided normal mixture in units of σ/√n. */
export function mixtureMultiplier(n: number, alpha: number, rho: number): number {
  return Math.sqrt(((n + rho) / n) * Math.log((n + rho) / (rho * alpha * alpha)));
}

/** The weeks a stage's budget lasts at `weeklySpend`, whole and within 4–52 (12 when it cannot be told). */
export function horizonWeeks(budget: number, weeklySpend: number, minWeeks = 0): number {
  const weeks = weeklySpend > 0 && budget > 0 && Number.isFinite(budget / weeklySpend) ? Math.round(budget / weeklySpend) : DEFAULT_HORIZON_WEEKS;
  return Math.min(MAX_HORIZON, Math.max(MIN_HORIZON, minWeeks, weeks));
}

/**
 * The multiplier of a range's standard error after `n` weeks at `confidence`: t(df, (1+c)/2) for
 * a single look; for a sequence, the normal mixture tuned to `horizon`, widened by t(df)/z for a
 * spread estimated with `df` degrees of freedom (n − 1 for a weekly mean).
 */
export function rangeMultiplier(kind: RangeKind, n: number, confidence: number, df: number, horizon: number): number {
  const t = studentTQuantile((1 + confidence) / 2, df);
  if (kind === 'fixed') return t;
  const alpha = 1 - confidence;
  return (mixtureMultiplier(n, alpha, mixtureRho(horizon, alpha)) * t) / normQuantile((1 + confidence) / 2);
}
