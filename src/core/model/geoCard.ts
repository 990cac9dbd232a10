/** What the sidebar shows of a stage's geo test: the result, the donors and the fit. */
export interface GeoCard {
  readonly markets: readonly string[];
  /** First and last test date (ISO days). */
  readonly testStart: string;
  readonly testEnd: string;
  readonly periods: number;
  readonly att: number;
  readonly lift: number;
  readonly incremental: number;
  readonly iroas: number | null;
  /** The spend the iROAS is over (the Geo sheet's, else Weekly's); absent without spend. */
  readonly spend?: number;
  readonly pValue: number;
  readonly confidence: number;
  readonly l2Imbalance: number;
  readonly scaledL2Imbalance: number;
  /** Above 0.3 the synthetic control follows the test markets poorly: the card says so. */
  readonly poorFit: boolean;
  /** Donor regions, largest weight first (weights below 0.0001 left out). */
  readonly donors: readonly { readonly region: string; readonly weight: number }[];
}

/** Scaled L2 imbalance above which the fit is called poor (1 = no better than equal weights). */
export const POOR_FIT = 0.3;
