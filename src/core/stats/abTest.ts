/**
 * The A/B test of a conversion rate: the pooled two-proportion z-test for the p-value (what
 * most A/B calculators report), and the interval for rate_b − rate_a that inverts the same
 * score test (Farrington–Manning), so the verdict and the interval always tell the same story.
 * With small counts (an expected cell under 5, whole counts) the normal approximation behind
 * the z-test fails — AB_TEST(0, 100, 5, 100) would give p = 0.024 — so Fisher's exact test and
 * the interval that inverts it take over (fisherExact.ts; p = 0.059 there).
 */
import { fisherExact, smallestExpectedCell } from './fisherExact';
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
  /** Which test gave the p-value and the interval. */
  test: 'z' | 'fisher';
}

/** The critical values asked for, remembered: a column of 100,000 tests asks for one or two. */
const criticalValues = new Map<number, number>();
function critical(confidence: number): number {
  let z = criticalValues.get(confidence);
  if (z === undefined) {
    z = normQuantile(1 - (1 - confidence) / 2);
    if (criticalValues.size < 64) criticalValues.set(confidence, z);
  }
  return z;
}

/** Fisher's exact test applies when an expected cell is under 5 and the counts are whole. */
export function usesFisher(convA: number, visA: number, convB: number, visB: number): boolean {
  return (
    smallestExpectedCell(convA, visA, convB, visB) < 5 && Number.isInteger(convA) && Number.isInteger(visA) && Number.isInteger(convB) && Number.isInteger(visB)
  );
}

/**
 * The verdict: a winner when the pooled z statistic lies beyond the two-sided critical value
 * of `confidence` (p < 1 − confidence), and then the variant with the higher rate. The interval
 * is built around the same statistic and excludes 0 in exactly those cases.
 */
export function abTest(convA: number, visA: number, convB: number, visB: number, confidence = 0.95): AbTestResult {
  const rateA = convA / visA;
  const rateB = convB / visB;
  if (usesFisher(convA, visA, convB, visB)) {
    const f = fisherExact(convA, visA, convB, visB, confidence);
    const verdict: Verdict = f.diffLower > 0 ? 'B WINS' : f.diffUpper < 0 ? 'A WINS' : 'NO CLEAR WINNER';
    return {
      rateA,
      rateB,
      relativeLift: rateA > 0 ? rateB / rateA - 1 : NaN,
      pValue: f.pValue,
      diffLower: f.diffLower,
      diffUpper: f.diffUpper,
      verdict,
      test: 'fisher',
    };
  }
  return abZTest(convA, visA, convB, visB, confidence);
}

/** The z-test branch alone: the pooled z-test and the score interval that inverts it, at any count. */
export function abZTest(convA: number, visA: number, convB: number, visB: number, confidence = 0.95): AbTestResult {
  const rateA = convA / visA;
  const rateB = convB / visB;
  const { z, pTwoSided } = pooledZTest(convA, visA, convB, visB);
  const [diffLower, diffUpper] = scoreInterval(convA, visA, convB, visB, z, critical(confidence));
  const verdict: Verdict = diffLower > 0 ? 'B WINS' : diffUpper < 0 ? 'A WINS' : 'NO CLEAR WINNER';
  return { rateA, rateB, relativeLift: rateA > 0 ? rateB / rateA - 1 : NaN, pValue: pTwoSided, diffLower, diffUpper, verdict, test: 'z' };
}
