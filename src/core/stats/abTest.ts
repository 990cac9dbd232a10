/**
 * The A/B test of a conversion rate: the pooled two-proportion z-test for the p-value (what
 * most A/B calculators report), and the interval for rate_b − rate_a that inverts the same
 * score test (Farrington–Manning), so the verdict and the interval always tell the same story.
 */
import { normQuantile } from './normal';
import { scoreInterval } from './scoreInterval';
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
 * The verdict: a winner when the pooled z statistic lies beyond the two-sided critical value
 * of `confidence` (p < 1 − confidence), and then the variant with the higher rate. The interval
 * is built around the same statistic and excludes 0 in exactly those cases.
 */
export function abTest(convA: number, visA: number, convB: number, visB: number, confidence = 0.95): AbTestResult {
  const rateA = convA / visA;
  const rateB = convB / visB;
  const { z, pTwoSided } = pooledZTest(convA, visA, convB, visB);
  const zCrit = normQuantile(1 - (1 - confidence) / 2);
  const [diffLower, diffUpper] = scoreInterval(convA, visA, convB, visB, z, zCrit);
  const verdict: Verdict = diffLower > 0 ? 'B WINS' : diffUpper < 0 ? 'A WINS' : 'NO CLEAR WINNER';
  return {
    rateA,
    rateB,
    relativeLift: rateA > 0 ? rateB / rateA - 1 : NaN,
    pValue: pTwoSided,
    diffLower,
    diffUpper,
    verdict,
  };
}
