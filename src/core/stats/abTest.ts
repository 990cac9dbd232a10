/**
 * The A/B test of a conversion rate: the pooled two-proportion z-test for the p-value (what
 * most A/B calculators report) and the unpooled (Wald) interval for the difference.
 */
import { normQuantile } from './normal';
import { pooledZTest } from './twoProportions';

export type Verdict = 'B WINS' | 'A WINS' | 'NO CLEAR WINNER';

export interface AbTestResult {
  rateA: number;
  rateB: number;
  /** rate_b / rate_a − 1; NaN when rate_a is 0. */
  relativeLift: number;
  pValue: number;
  diffLower: number;
  diffUpper: number;
  verdict: Verdict;
}

/**
 * The verdict: a winner only when the two-sided p-value is below 1 − confidence, and then the
 * variant with the higher rate. With the same confidence this agrees with the interval: it
 * excludes 0 in all but borderline cases where pooled and unpooled variances differ.
 */
export function abTest(convA: number, visA: number, convB: number, visB: number, confidence = 0.95): AbTestResult {
  const rateA = convA / visA;
  const rateB = convB / visB;
  const { pTwoSided } = pooledZTest(convA, visA, convB, visB);
  const z = normQuantile(1 - (1 - confidence) / 2);
  const se = Math.sqrt((rateA * (1 - rateA)) / visA + (rateB * (1 - rateB)) / visB);
  const diff = rateB - rateA;
  const verdict: Verdict = pTwoSided < 1 - confidence ? (diff > 0 ? 'B WINS' : 'A WINS') : 'NO CLEAR WINNER';
  return {
    rateA,
    rateB,
    relativeLift: rateA > 0 ? rateB / rateA - 1 : NaN,
    pValue: pTwoSided,
    diffLower: diff - z * se,
    diffUpper: diff + z * se,
    verdict,
  };
}
