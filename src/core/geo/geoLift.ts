/**
 * GEO_LIFT: the result of a geo test with many regions, as GeoLift's `GeoLift()` prints it.
 * - ATT: mean over the test periods of (treated average − synthetic control), per treated region
 *   and period.
 * - lift: Σ effect / |Σ counterfactual| over the test periods, the counterfactual being the
 *   synthetic control plus the treated regions' pre-period level (GeoLift's `Perc.Lift`).
 * - incremental: ATT × test periods × treated regions (GeoLift's `Incremental Y`).
 * - iROAS: incremental / spend; its interval is the ATT's scaled the same way.
 * - p-value and interval: GeoLift's conformal inference with moving-block permutations
 *   (conformalInference.ts). Power and market selection still judge simulated tests by the
 *   placebo-in-time windows of placeboInference.ts.
 */
import { conformalInference, historyNeeded } from './conformalInference';
import { GeoInputError, type Panel } from './panel';
import { alphaOf } from './placeboInference';
import { donorsOf, scaledL2Imbalance, SyntheticControl, type ScFit } from './syntheticControl';

export interface DonorWeight {
  readonly region: string;
  readonly weight: number;
}

export interface GeoLiftResult {
  readonly att: number;
  readonly lift: number;
  readonly incremental: number;
  /** incremental / spend, or null without spend. */
  readonly iroas: number | null;
  /** Interval of the iROAS (or of the ATT without spend); null when unbounded at this confidence. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** The ATT's interval, and the lift's (the same effects over the counterfactual they imply). */
  readonly attLower: number | null;
  readonly attUpper: number | null;
  readonly liftLower: number | null;
  readonly liftUpper: number | null;
  readonly pValue: number;
  readonly l2Imbalance: number;
  readonly scaledL2Imbalance: number;
  /** Donor weights, largest first. */
  readonly weights: readonly DonorWeight[];
  readonly testPeriods: number;
  /** Permutations the p-value counts over (one per period up to the test's end). */
  readonly placebos: number;
}

export interface GeoLiftInput {
  readonly treated: readonly number[];
  /** Index of the first test period. */
  readonly start: number;
  /** Index of the last test period (inclusive). */
  readonly end: number;
  readonly confidence: number;
  /** Incremental spend over the test (all treated regions), or null. */
  readonly spend: number | null;
}

/** The synthetic control fitted on the periods before `start`: what GEO_WEIGHTS shows. */
export function fitBeforeTest(panel: Panel, treated: readonly number[], start: number): { sc: SyntheticControl; fit: ScFit } {
  if (start < 2)
    throw new GeoInputError('test_start', `leaves ${start} period${start === 1 ? '' : 's'} before the test; the synthetic control needs a pre-period`, 0);
  const donors = donorsOf(panel.regions.length, treated);
  if (donors.length === 0) throw new GeoInputError('treated', 'names every region; leave at least one region untreated as a donor', 0);
  const sc = new SyntheticControl(panel);
  return { sc, fit: sc.fit(start, treated, donors) };
}

export function donorWeights(panel: Panel, fit: ScFit, threshold = 0): DonorWeight[] {
  return fit.donors
    .map((d, k) => ({ region: panel.regions[d], weight: fit.weights[k] }))
    .filter((w) => w.weight >= threshold && w.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.region < b.region ? -1 : 1));
}

export function geoLift(panel: Panel, input: GeoLiftInput): GeoLiftResult {
  const { treated, start, end, confidence, spend } = input;
  const L = end - start + 1;
  const { sc, fit } = fitBeforeTest(panel, treated, start);
  const exact = sc.exactSse(fit);
  const att = sc.meanEffect(fit, start, end + 1);
  // Σ counterfactual = Σ treated − Σ effect over the test periods.
  const counterfactual = L * (sc.treatedLevel(treated, start, end + 1) - att);
  const lift = counterfactual !== 0 ? (L * att) / Math.abs(counterfactual) : NaN;
  const incremental = att * L * treated.length;

  const alpha = alphaOf(confidence);
  const need = historyNeeded(L, alpha);
  if (start < need) {
    const unit = periodUnit(panel);
    const article = /^(8|11|18)/.test(String(L)) ? 'an' : 'a'; // "an 8-day test", "an 18-day test"
    throw new GeoInputError(
      'test_start',
      `leaves not enough history for ${article} ${L}-${unit} test: ${start} ${unit}${start === 1 ? '' : 's'} before it, need at least ${need} (at ${confidence} confidence)`,
      0,
    );
  }
  const inference = conformalInference(sc, treated, fit.donors, start, end + 1, att, alpha);
  const pValue = inference.pValue;
  const attLo = inference.lower;
  const attHi = inference.upper;
  const scale = spend === null ? 1 : (L * treated.length) / spend;
  const lo = attLo === null ? null : attLo * scale;
  const hi = attHi === null ? null : attHi * scale;
  const level = sc.treatedLevel(treated, start, end + 1);
  // lift(a) = a / |level − a| rises with a while the counterfactual stays positive.
  const liftOf = (a: number) => (level - a !== 0 ? a / Math.abs(level - a) : NaN);
  return {
    att,
    lift,
    incremental,
    iroas: spend === null ? null : incremental / spend,
    lower: lo === null || hi === null ? null : Math.min(lo, hi),
    upper: lo === null || hi === null ? null : Math.max(lo, hi),
    attLower: attLo,
    attUpper: attHi,
    liftLower: attLo === null ? null : liftOf(attLo),
    liftUpper: attHi === null ? null : liftOf(attHi),
    pValue,
    l2Imbalance: Math.sqrt(exact.sse),
    scaledL2Imbalance: exact.uniformSse > 0 ? Math.sqrt(exact.sse / exact.uniformSse) : scaledL2Imbalance(fit),
    weights: donorWeights(panel, fit),
    testPeriods: L,
    placebos: end + 1,
  };
}

/** What one period is, for messages: "day" or "week" for dates a day or a week apart. */
function periodUnit(panel: Panel): string {
  const p = panel.periods;
  const step = p.length > 1 ? p[1] - p[0] : 0;
  if (p[0] > 10000 && step === 1) return 'day';
  if (p[0] > 10000 && step === 7) return 'week';
  return 'period';
}
