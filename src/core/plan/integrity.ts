/**
 * Test integrity (docs/contract.md §2.4, issue #21): before trusting a winner, check that delivery
 * followed the plan. Visitors (clicks) per variant against the stage's `Variant split` (equal
 * shares when blank), by the chi-square test of `SRM_P`; p < 0.001 holds the stage. The same
 * test checks a holdout: the visitors of its test and control groups (Weekly's `Test visitors`,
 * `Control visitors`) against the stage's `Test size` and `Control size`.
 */
import { SRM_ALARM, srmPValue } from '../stats/srm';
import type { VariantSummary } from './types';
import { percentSplit, plannedShares } from './variantSplit';
import type { StagePlan } from '../model/stagePlan';

export type IntegrityCheck =
  | { readonly kind: 'ok'; readonly p: number }
  | { readonly kind: 'mismatch'; readonly p: number; readonly delivered: string; readonly planned: string; readonly groups?: 'variants' | 'holdout' }
  /** The split does not give a share to each variant: not checked, and said so. */
  | { readonly kind: 'unmatched'; readonly column: string; readonly text: string; readonly variants: readonly string[] };

/**
 * Null when there is nothing to check: no `Variant split` column (the plan declares no split
 * test — several campaigns of one stage are rarely meant to get equal traffic), fewer than two
 * variants, or no clicks. A blank cell in the column means equal shares.
 */
export function integrityCheck(stage: StagePlan, variants: readonly VariantSummary[], hasClicks: boolean): IntegrityCheck | null {
  const split = stage.variantSplit ?? null;
  if (!split || variants.length < 2 || !hasClicks) return null;
  const shares = plannedShares(
    split.split,
    variants.map((v) => v.name),
  );
  if (!shares) return { kind: 'unmatched', column: split.column, text: split.text, variants: variants.map((v) => v.name) };
  const clicks = variants.map((v) => v.clicks);
  const p = srmPValue(clicks, shares);
  if (p === null) return null;
  if (p >= SRM_ALARM) return { kind: 'ok', p };
  return { kind: 'mismatch', p, ...splitTexts(clicks, shares), groups: 'variants' };
}

/**
 * A holdout's check: null unless the stage gives both sizes and Weekly has visitors for both
 * groups (the sizes alone scale the control revenue for iROAS; a stage may give them without
 * counting visitors, and then nothing can be checked).
 */
export function holdoutCheck(stage: StagePlan, visitors: { readonly test: number; readonly control: number } | null): IntegrityCheck | null {
  if (!stage.holdoutSizes || !visitors) return null;
  const observed = [visitors.test, visitors.control];
  const shares = [stage.holdoutSizes.test, stage.holdoutSizes.control];
  const p = srmPValue(observed, shares);
  if (p === null) return null;
  if (p >= SRM_ALARM) return { kind: 'ok', p };
  return { kind: 'mismatch', p, ...splitTexts(observed, shares), groups: 'holdout' };
}

/**
 * "58/42" against "50/50"; when whole percentages cannot tell the two apart (a 95/5 holdout that
 * delivered 95.4/4.6), one decimal, so the reason never reads "95/5 against a planned 95/5".
 */
function splitTexts(observed: readonly number[], shares: readonly number[]): { delivered: string; planned: string } {
  const delivered = percentSplit(observed).join('/');
  const planned = percentSplit(shares).join('/');
  if (delivered !== planned) return { delivered, planned };
  const tenths = (values: readonly number[]) => {
    const total = values.reduce((a, b) => a + b, 0);
    return values.map((v) => ((v / total) * 100).toFixed(1)).join('/');
  };
  return { delivered: tenths(observed), planned: tenths(shares) };
}

/** A p-value as the reason shows it: "2e-6"; below double precision's reach, "< 1e-300". */
export function pValueText(p: number): string {
  if (p < 1e-300) return '< 1e-300';
  return p.toExponential(0);
}
