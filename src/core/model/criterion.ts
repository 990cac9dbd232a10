/** A stage's criteria: as the Stages sheet states them, and as the evaluation judged them (docs/contract.md §2.1, 2.5). */
import type { MetricKey } from './metrics';

/** Which way a target points: at least (`>=`) or at most (`<=`, a cost). */
export type Direction = '>=' | '<=';

/** A target column's value on one stage row: `Min ROAS` 3 → { metric: 'roas', op: '>=', target: 3 }. */
export interface CriterionSpec {
  readonly metric: MetricKey;
  readonly op: Direction;
  readonly target: number;
  readonly header: string;
}

export interface Criterion {
  /** The metric as the sidebar shows it, e.g. "ROAS", "CPA", "Conversions". */
  readonly metric: string;
  /** The metric's key (roas, cpa, conversions, weeks...). */
  readonly key: MetricKey;
  /** Volume criteria accumulate over time (conversions, leads, revenue, spend, weeks). */
  readonly volume: boolean;
  readonly op: Direction;
  readonly target: number;
  /** null when the inputs for it are missing (not evaluable, never guessed). */
  readonly actual: number | null;
  /** Relative gap (positive = better than target); null when not evaluable. */
  readonly gap: number | null;
  readonly met: boolean | null;
  /** The range at the stage's confidence (docs/contract.md §2.5); null without one (volume, one week, confidence 0). */
  readonly lower: number | null;
  readonly upper: number | null;
  /** "met" / "missed" on the whole range, "unclear" when the range straddles the target; null when not evaluable. */
  readonly evidence: 'met' | 'missed' | 'unclear' | null;
}
