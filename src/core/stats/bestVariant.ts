import { pooledZTest } from './twoProportions';

export interface VariantCounts {
  readonly name: string;
  readonly conversions: number;
  readonly visitors: number;
}

export interface BestVariantResult {
  /** The variant to carry forward, or null when no variant is a clear winner yet. */
  readonly winner: string | null;
  /** The variant with the highest conversion rate (the candidate), null when none has visitors. */
  readonly leader: string | null;
  /** Largest Bonferroni-adjusted p-value of the leader against any other variant. */
  readonly adjustedP: number;
}

/**
 * The BEST_VARIANT rule: the variant with the highest conversion rate wins when it beats every
 * other variant in a pooled two-proportion z-test at `confidence`, Bonferroni-corrected for
 * the k − 1 comparisons it needs to win (each p-value × (k − 1) must stay below 1 − confidence).
 */
export function bestVariant(variants: readonly VariantCounts[], confidence = 0.95): BestVariantResult {
  const usable = variants.filter((v) => v.visitors > 0);
  if (usable.length === 0) return { winner: null, leader: null, adjustedP: NaN };
  let leader = usable[0];
  for (const v of usable) if (v.conversions / v.visitors > leader.conversions / leader.visitors) leader = v;
  if (usable.length === 1) return { winner: null, leader: leader.name, adjustedP: NaN };
  const comparisons = usable.length - 1;
  let worst = 0;
  for (const v of usable) {
    if (v === leader) continue;
    const { z, pTwoSided } = pooledZTest(v.conversions, v.visitors, leader.conversions, leader.visitors);
    // A tie with the leader (z = 0) or an undefined test is no win.
    const p = z > 0 ? Math.min(1, pTwoSided * comparisons) : 1;
    worst = Math.max(worst, Number.isNaN(p) ? 1 : p);
  }
  const alpha = 1 - confidence;
  return { winner: worst < alpha ? leader.name : null, leader: leader.name, adjustedP: worst };
}
