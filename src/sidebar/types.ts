/** The JSON evaluateStages() returns (contract 4), as the sidebar reads it. */
import type { StageSeries } from '../core/charts/types';
import type { Decision } from '../core/gates/decisions';
import type { GeoCard } from '../core/geo/plan/geoCard';
import type { Criterion, VariantSummary } from '../core/plan/types';

export interface StageJson {
  stage: string;
  decision: Decision;
  reason: string;
  budget: number;
  nextBudget: number;
  spend: number;
  metrics: Record<string, number | null>;
  criteria: Criterion[];
  bestVariant: string | null;
  variants: VariantSummary[];
  series?: StageSeries;
  geo?: GeoCard;
}

export interface EvaluationJson {
  evaluatedAt: string;
  stages: StageJson[];
  warnings: string[];
}

export interface SettingsJson {
  tolerance: number;
  scaleMargin: number;
  budgetStep: number;
  [key: string]: unknown;
}
