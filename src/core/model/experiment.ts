/**
 * The experiments ledger's rows (docs/contract.md §2.8): every measured lift LiftGate has judged, kept so later
 * stages can borrow it and media-mix models can be calibrated on it. Plain values only: dates
 * are ISO calendar days ("2025-05-12"), as Robyn and Meridian read them.
 */

/**
 * How the stage's incrementality was measured: the evidence layer's own method (a holdout or
 * control group read week by week, time-based regression, Trimmed Match, GeoLift's synthetic
 * control). Written into the sheet as these codes, like function names, in every language.
 */
export type ExperimentMethod = 'Control group' | 'TBR' | 'Trimmed Match' | 'GEO_LIFT';

/** One measured lift, as the evaluation found it (never an estimated iROAS). */
export interface Experiment {
  readonly stage: string;
  /** The stage's `Channel` cell as typed (Robyn's media variable, e.g. `facebook_S`), or "". */
  readonly channel: string;
  readonly method: ExperimentMethod;
  /** First day of the first week with spend, and the last day of the last week (ISO days). */
  readonly testStart: string;
  readonly testEnd: string;
  readonly spend: number;
  /** Incremental revenue: iROAS × spend for the same method. */
  readonly incremental: number;
  readonly iroas: number;
  readonly lower: number;
  readonly upper: number;
  /** Two-sided confidence of [lower, upper]. */
  readonly confidence: number;
  /** Test markets of a geo test, else none. */
  readonly markets: readonly string[];
  /** The stage's ROAS over the same rows, so a later stage can borrow iROAS / ROAS. */
  readonly roas: number | null;
}

/** A row of the Experiments sheet: the experiment, the stage's decision and when it was written. */
export interface LedgerEntry extends Experiment {
  /** The decision code (`GO`, `SCALE UP`…); null when the cell holds no known decision word. */
  readonly decision: string | null;
  readonly evaluated: Date | null;
}
