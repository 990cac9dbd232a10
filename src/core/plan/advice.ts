/**
 * Budget-aware advice for a stage that needs more data (docs/contract.md §2.4): how much more is needed,
 * and whether the budget that is left can buy it at the current weekly spend. "30 conversions
 * needed, 12 so far: at 4,000 a week about 3 more weeks and 12,000; only 1,950 of the budget is
 * left — raise the budget or lower Min conversions."
 *
 * The rate of a volume is what the stage has bought so far per unit of spend (Σmetric / Σspend),
 * so the spend needed is the shortfall at that rate, and the weeks are that spend at the average
 * weekly spend of the judged weeks, rounded up. Weeks and spend themselves need no rate.
 */
import type { Advice } from './types';
import type { Criterion } from '../model/criterion';

export type { Advice };

/** What one unmet volume criterion needs, with the criterion it comes from. */
export interface VolumeNeed extends Advice {
  readonly criterion: Criterion;
  /** Average spend per judged week. */
  readonly weeklySpend: number | null;
}

export interface StagePace {
  /** Spend of the judged weeks: with what it bought, the rate. */
  readonly spend: number;
  readonly budget: number;
  /** Weeks with spend that were judged. */
  readonly weeks: number;
  /** All the stage's spend so far, maturing weeks included (what the budget has left); `spend` when absent. */
  readonly spent?: number;
}

const { ceil, max } = Math;

/** A week is counted in whole weeks: 2.0000000001 weeks of spend is 2, not 3 (binary noise). */
const wholeWeeks = (w: number) => max(0, ceil(w - 1e-9));

/** What an unmet volume criterion needs at the stage's pace so far. */
export function volumeNeed(c: Criterion, pace: StagePace): VolumeNeed {
  const budgetLeft = max(0, pace.budget - (pace.spent ?? pace.spend));
  const weeklySpend = pace.weeks > 0 && pace.spend > 0 ? pace.spend / pace.weeks : null;
  const short = c.actual === null ? null : c.target - c.actual;
  const base = { criterion: c, budgetLeft, weeklySpend };
  if (short === null || !(short > 0)) return { ...base, weeksNeeded: 0, spendNeeded: 0 };
  if (c.key === 'weeks') return { ...base, weeksNeeded: wholeWeeks(short), spendNeeded: weeklySpend === null ? null : wholeWeeks(short) * weeklySpend };
  if (c.key === 'spend') return { ...base, weeksNeeded: weeklySpend === null ? null : wholeWeeks(short / weeklySpend), spendNeeded: short };
  // Bought so far per unit of spend; nothing bought yet (or a loss so far): the pace cannot say.
  if (!(c.actual! > 0) || !(pace.spend > 0) || weeklySpend === null) return { ...base, weeksNeeded: null, spendNeeded: null };
  const spendNeeded = (short * pace.spend) / c.actual!;
  return { ...base, weeksNeeded: wholeWeeks(spendNeeded / weeklySpend), spendNeeded };
}

/**
 * The binding need among the unmet volume criteria: the one that takes longest (an unknown
 * pace counts as longest, since nothing says it will ever be met).
 */
export function bindingNeed(unmet: readonly Criterion[], pace: StagePace): VolumeNeed | null {
  let worst: VolumeNeed | null = null;
  for (const c of unmet) {
    const need = volumeNeed(c, pace);
    if (!worst || longer(need, worst)) worst = need;
  }
  return worst;
}

function longer(a: VolumeNeed, b: VolumeNeed): boolean {
  if (b.spendNeeded === null) return false;
  if (a.spendNeeded === null) return true;
  return a.spendNeeded > b.spendNeeded;
}

/** Advice for ranges that are not yet clear: the weeks until they settle, at the weekly spend so far. */
export function settleAdvice(weeksToSettle: number | null, pace: StagePace): Advice {
  const budgetLeft = max(0, pace.budget - (pace.spent ?? pace.spend));
  const weeklySpend = pace.weeks > 0 && pace.spend > 0 ? pace.spend / pace.weeks : null;
  if (weeksToSettle === null || weeklySpend === null) return { weeksNeeded: weeksToSettle, spendNeeded: null, budgetLeft };
  return { weeksNeeded: weeksToSettle, spendNeeded: weeksToSettle * weeklySpend, budgetLeft };
}

/** The average weekly spend of the judged weeks, or null without any. */
export function weeklySpendOf(pace: StagePace): number | null {
  return pace.weeks > 0 && pace.spend > 0 ? pace.spend / pace.weeks : null;
}
