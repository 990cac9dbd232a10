/**
 * The advice sentence of a NEED DATA reason (docs/contract.md §2.4): "At 4,000 a week that is about 3
 * more weeks and 12,000; only 1,950 of the budget is left — raise the budget or lower Min
 * conversions". Numbers come from advice.ts; words from the catalogues.
 */
import { say, type CoreMessage } from '../../i18n/render';
import type { Advice } from './advice';

/**
 * The sentence for `advice` at `weeklySpend` a week; `header` is the target column the user
 * could lower. Without a pace (nothing counted yet) it says so. `weeksSaid`: the reason has just
 * given the weeks (an unclear range's estimate), so a budget that falls short is said by its cost
 * alone, not with the same weeks again.
 */
export function adviceText(advice: Advice, weeklySpend: number | null, header: string, weeksSaid = false): CoreMessage {
  const left = { money: advice.budgetLeft };
  if (advice.weeksNeeded === null || advice.spendNeeded === null || weeklySpend === null) return say('advice.paceUnknown', { header, left });
  if (weeksSaid && advice.spendNeeded > advice.budgetLeft)
    return say('advice.spendShort', { weekly: { money: weeklySpend }, spend: { money: advice.spendNeeded }, left, header });
  return say('advice.pace', {
    weekly: { money: weeklySpend },
    weeks: advice.weeksNeeded,
    spend: { money: advice.spendNeeded },
    fits: advice.spendNeeded <= advice.budgetLeft ? 'yes' : 'no',
    left,
    header,
  });
}

/** Whether the budget that is left cannot buy what is needed (then the reason says so even for an unclear range). */
export function budgetShort(advice: Advice): boolean {
  return advice.spendNeeded !== null && advice.spendNeeded > advice.budgetLeft;
}
