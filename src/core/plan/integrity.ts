/**
 * Test integrity (docs/contract.md §2.4, issue #21): before trusting a winner, check that delivery
 * followed the plan. Visitors (clicks) per variant against the stage's `Variant split` (equal
 * shares when blank), by the chi-square test of `SRM_P`; p < 0.001 holds the stage.
 * (A holdout's own visitors are not a Weekly column, so a test/control split is not checked here.)
 */
import { SRM_ALARM, srmPValue } from '../stats/srm';
import type { VariantSummary } from './types';
import { percentSplit, plannedShares } from './variantSplit';
import type { StagePlan } from '../model/stagePlan';

export type IntegrityCheck =
  | { readonly kind: 'ok'; readonly p: number }
  | { readonly kind: 'mismatch'; readonly p: number; readonly delivered: string; readonly planned: string }
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
  return { kind: 'mismatch', p, delivered: percentSplit(clicks).join('/'), planned: percentSplit(shares).join('/') };
}

/** A p-value as the reason shows it: "2e-6"; below double precision's reach, "< 1e-300". */
export function pValueText(p: number): string {
  if (p < 1e-300) return '< 1e-300';
  return p.toExponential(0);
}
