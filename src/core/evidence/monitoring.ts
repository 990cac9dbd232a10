/**
 * How wide a stage's ranges are for the way they are looked at (docs/contract.md §2.5, setting
 * `rangeKind`): a confidence sequence, valid at every weekly evaluation (the default), or the
 * fixed-horizon range for a single look. The sequence is tuned to the stage's horizon — the
 * weeks its budget lasts at its weekly spend so far — so it is tightest when the budget runs out,
 * where the decision that matters is taken.
 */
import { DEFAULT_RANGE_KIND, horizonWeeks, rangeMultiplier } from '../stats/confidenceSequence';
import type { EvidenceInput } from './types';

/** The weeks the stage's budget lasts at its mean weekly spend over the weeks with spend. */
export function stageHorizon(input: EvidenceInput): number {
  if (input.horizon !== undefined) return input.horizon;
  let spend = 0;
  let weeks = 0;
  for (const w of input.weeks()) {
    if (w.sums.spend > 0) {
      spend += w.sums.spend;
      weeks++;
    }
  }
  return horizonAfter(input.stage.budget, spend, weeks);
}

/** The horizon after `weeks` weeks with spend that spent `spend` in all. */
export function horizonAfter(budget: number, spend: number, weeks: number): number {
  return horizonWeeks(budget, weeks > 0 ? spend / weeks : 0);
}

/**
 * The multiplier of a standard error after `n` weeks, the spread estimated with `df` degrees of
 * freedom (n − 1 for the weekly spread): t(df) for a fixed range, the sequence's otherwise.
 */
export function multiplierFor(input: EvidenceInput): (n: number, df?: number) => number {
  const kind = input.rangeKind ?? DEFAULT_RANGE_KIND;
  const horizon = kind === 'fixed' ? 0 : stageHorizon(input);
  return (n, df = n - 1) => rangeMultiplier(kind, n, input.confidence, df, horizon);
}
