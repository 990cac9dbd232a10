import type { Decision } from '../model/decisions';

/**
 * The budget a stage releases after its decision (docs/contract.md §1.5): SCALE UP adds `step`,
 * SCALE DOWN removes it, STOP and LOCKED release nothing, the rest keep the budget.
 */
export function nextBudget(budget: number, decision: Decision, step = 0.2): number {
  switch (decision) {
    case 'SCALE UP':
      return budget * (1 + step);
    case 'SCALE DOWN':
      return budget * (1 - step);
    case 'STOP':
    case 'LOCKED':
      return 0;
    default:
      return budget;
  }
}
