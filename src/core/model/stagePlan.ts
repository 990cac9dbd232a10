/** One row of the `Stages` sheet as read: a stage with its budget, criteria and own settings (docs/contract.md §2.1). */
import type { CriterionSpec } from './criterion';

/**
 * A `Variant split` cell (src/core/plan/variantSplit.ts reads it): shares in the order the
 * variants first appear in Weekly, or by name.
 */
export type VariantSplit =
  | { readonly kind: 'positional'; readonly shares: readonly number[] }
  | { readonly kind: 'named'; readonly shares: ReadonlyMap<string, number>; readonly names: readonly string[] };

export interface StagePlan {
  readonly name: string;
  readonly budget: number;
  readonly start: Date | null;
  readonly testSize: number;
  readonly controlSize: number;
  /** Both `Test size` and `Control size` as written (not the defaults of 1): a holdout's planned split, for its check. */
  readonly holdoutSizes?: { readonly test: number; readonly control: number } | null;
  readonly criteria: readonly CriterionSpec[];
  /** The stage's own `Confidence` (0.8 or 80%); null: the document's setting. */
  readonly confidence: number | null;
  /** `Lag weeks`: the last weeks with data shown but not judged; null: the document's setting. */
  readonly lagWeeks?: number | null;
  /** `Margin`: gross margin on revenue for profit and ROI; null: the document's setting. */
  readonly margin?: number | null;
  /**
   * `Variant split`: the planned share of visitors per variant (`split` null for a blank cell:
   * equal shares). Null without the column: the plan declares no split test, nothing is checked.
   */
  readonly variantSplit?: { readonly split: VariantSplit | null; readonly text: string; readonly column: string } | null;
  /** `Channel`: the channel or platform (for the experiments ledger); '' when blank. */
  readonly channel?: string;
  /** 0-based row in the table (header = 0). */
  readonly row: number;
  /** Headers of target columns with a value in this row that the engine cannot judge: the stage is held (docs/contract.md §2.1). */
  readonly notUnderstood: readonly string[];
}
