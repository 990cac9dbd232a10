/**
 * The figures of a stage that the Dashboard summary, the Decision log and the CLI show, read
 * off the one result (never recomputed): docs/contract.md §4's summary columns `Stage, Decision, Spend,
 * Budget, Revenue, ROAS, CPA, iROAS, Next budget`. A figure the stage cannot have is null
 * (iROAS without a control group, CPA without conversions): a blank cell, never a stand-in.
 */
import type { StageResult } from '../plan/types';
import type { Decision } from '../model/decisions';

export interface StageFigures {
  readonly stage: string;
  readonly decision: Decision;
  readonly spend: number;
  readonly budget: number;
  readonly revenue: number | null;
  readonly roas: number | null;
  readonly cpa: number | null;
  readonly iroas: number | null;
  readonly nextBudget: number;
}

const finite = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

export function stageFigures(s: StageResult): StageFigures {
  return {
    stage: s.stage,
    decision: s.decision,
    spend: s.spend,
    budget: s.budget,
    revenue: finite(s.metrics.revenue),
    roas: finite(s.metrics.roas),
    cpa: finite(s.metrics.cpa),
    iroas: finite(s.metrics.iroas),
    nextBudget: s.nextBudget,
  };
}

/** The summary's columns in order, as catalogue keys (translated on the sheet). */
export const FIGURE_HEADER_KEYS = [
  'header.stage',
  'header.decision',
  'header.spend',
  'header.budgetColumn',
  'header.revenue',
  'metric.roas',
  'metric.cpa',
  'metric.iroas',
  'header.nextBudget',
] as const;
