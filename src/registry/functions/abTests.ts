/** A/B tests of conversion rates (docs/contract.md §1.4). */
import { abTest } from '../../core/stats/abTest';
import { bestVariant } from '../../core/stats/bestVariant';
import { probBBeatsA } from '../../core/stats/probBBeatsA';
import { sampleSize } from '../../core/stats/sampleSize';
import { sequentialPValues } from '../../core/stats/sequential';
import { pooledZTest } from '../../core/stats/twoProportions';
import { DomainError } from '../errors';
import { count, probability } from '../params';
import type { Fail, FunctionSpec } from '../types';

const variantCounts = [
  count('conversions_a', 'Conversions of variant A (the control).'),
  count('visitors_a', 'Visitors (or clicks, sessions) of variant A.'),
  count('conversions_b', 'Conversions of variant B (the challenger).'),
  count('visitors_b', 'Visitors of variant B.'),
];

/** Conversions can't exceed visitors, and a variant without visitors has no rate. */
function checkCounts(ca: number, va: number, cb: number, vb: number): void {
  if (ca > va) throw new DomainError('conversions_a', `is ${ca} but visitors_a is ${va}; conversions cannot exceed visitors`);
  if (cb > vb) throw new DomainError('conversions_b', `is ${cb} but visitors_b is ${vb}; conversions cannot exceed visitors`);
  if (va === 0) throw new DomainError('visitors_a', 'is 0; a variant needs visitors');
  if (vb === 0) throw new DomainError('visitors_b', 'is 0; a variant needs visitors');
}

export const abTestFunctions: FunctionSpec[] = [
  {
    name: 'AB_TEST',
    mode: 'elementwise',
    summary: 'A/B test of two conversion rates: rates, lift, p-value, interval of the difference and a verdict.',
    details:
      'Pooled two-proportion z-test (two-sided p-value, as most A/B calculators) and the interval for rate_b − rate_a ' +
      'at `confidence` that inverts the same test (Farrington–Manning score interval), so the two always agree: ' +
      '"B WINS" or "A WINS" when p < 1 − confidence — exactly when the interval excludes 0 — else "NO CLEAR WINNER". ' +
      'Small counts: when an expected cell (visitors × total conversion rate, or its non-converting twin) is under 5 ' +
      "and the counts are whole, the z-test's normal approximation fails, so the p-value is Fisher's exact test " +
      '(two-sided, as scipy.stats.fisher_exact) and the interval inverts that test (Baptista–Pike odds-ratio interval, ' +
      'written as a difference of rates through the conditional mean table): AB_TEST(0, 100, 5, 100) gives p = 0.059 ' +
      'and NO CLEAR WINNER, where the z-test would say p = 0.024. ' +
      'Give columns to test many pairs at once (one row each); with_headers TRUE puts the column names above them.',
    params: [
      ...variantCounts,
      probability('confidence', 'Confidence level; default 0.95.', 0.95),
      { name: 'with_headers', kind: 'boolean', shape: 'scalar', default: false, description: 'TRUE puts a header row above the result.' },
    ],
    headers: ['rate_a', 'rate_b', 'relative_lift', 'p_value', 'diff_lower', 'diff_upper', 'verdict'],
    returns: 'One row: rate_a, rate_b, relative_lift, p_value, diff_lower, diff_upper, verdict.',
    example: '=AB_TEST(120, 5000, 156, 5000)',
    evaluate: (ca: number, va: number, cb: number, vb: number, confidence: number) => {
      checkCounts(ca, va, cb, vb);
      const r = abTest(ca, va, cb, vb, confidence);
      return [r.rateA, r.rateB, r.relativeLift, r.pValue, r.diffLower, r.diffUpper, r.verdict];
    },
  },
  {
    name: 'AB_PVALUE',
    mode: 'elementwise',
    summary: 'p-value of the pooled two-proportion z-test of conversion rates.',
    details: 'tails = 2 (default) tests "A and B differ"; tails = 1 tests "B converts better than A". Below 0.05: unlikely to be noise at 95%.',
    params: [
      ...variantCounts,
      {
        name: 'tails',
        kind: 'number',
        shape: 'scalar',
        default: 2,
        min: 1,
        max: 2,
        integer: true,
        description: '2 for a two-sided test (default), 1 for "B is better".',
      },
    ],
    returns: 'The p-value, between 0 and 1.',
    example: '=AB_PVALUE(C2:C20, D2:D20, E2:E20, F2:F20)',
    evaluate: (ca: number, va: number, cb: number, vb: number, tails: number) => {
      checkCounts(ca, va, cb, vb);
      const { z, pTwoSided } = pooledZTest(ca, va, cb, vb);
      if (tails === 2) return pTwoSided;
      // One-sided, "B better": half the two-sided p when B leads, the rest when it trails.
      return z > 0 ? pTwoSided / 2 : 1 - pTwoSided / 2;
    },
  },
  {
    name: 'PROB_B_BEATS_A',
    mode: 'elementwise',
    summary: 'Probability that variant B truly converts better than A (Bayesian, exact).',
    details:
      "Independent Beta(1,1) priors on both rates, computed exactly (no simulation) at every size: Evan Miller's " +
      'closed-form sum for whole counts, numerical integration of the two posteriors for large or fractional counts ' +
      '(exports report 120.4 conversions). Tiny probabilities keep their digits. 0.95 means a 95% chance that B is the better variant.',
    params: variantCounts,
    returns: 'P(rate_b > rate_a), between 0 and 1.',
    example: '=PROB_B_BEATS_A(120, 5000, 156, 5000)',
    evaluate: (ca: number, va: number, cb: number, vb: number) => {
      if (ca > va) throw new DomainError('conversions_a', `is ${ca} but visitors_a is ${va}; conversions cannot exceed visitors`);
      if (cb > vb) throw new DomainError('conversions_b', `is ${cb} but visitors_b is ${vb}; conversions cannot exceed visitors`);
      return probBBeatsA(ca, va, cb, vb);
    },
  },
  {
    name: 'SAMPLE_SIZE',
    mode: 'elementwise',
    summary: 'Visitors needed per variant to detect an absolute change in a conversion rate.',
    details:
      "Evan Miller's sample size formula (two-sided). Example: a 3% baseline and a minimum detectable effect of 0.005 " +
      '(3.0% → 3.5%) need 18,708 visitors per variant at the defaults.',
    params: [
      { name: 'baseline_rate', kind: 'number', shape: 'each', min: 0, max: 1, exclusive: true, description: 'Current conversion rate (0.03 or "3%").' },
      {
        name: 'min_detectable_effect',
        kind: 'number',
        shape: 'each',
        description: 'Smallest absolute change worth detecting (0.005 = half a percentage point).',
      },
      probability('alpha', 'Significance level; default 0.05.', 0.05),
      probability('power', 'Power: the chance to detect a real effect of that size; default 0.8.', 0.8),
    ],
    returns: 'Visitors per variant, rounded up.',
    example: '=SAMPLE_SIZE(3%, 0.005)',
    evaluate: (p: number, delta: number, alpha: number, power: number) => {
      const q = p > 0.5 ? 1 - p : p;
      if (delta === 0) throw new DomainError('min_detectable_effect', 'is 0; give the smallest change worth detecting');
      if (!(q + delta > 0 && q + delta < 1)) throw new DomainError('min_detectable_effect', `is ${delta}; the changed rate must stay between 0 and 1`);
      return sampleSize(p, delta, alpha, power);
    },
  },
  {
    name: 'SEQUENTIAL_PVALUE',
    mode: 'whole',
    summary: 'Always-valid p-values for looking at an A/B test every week (mSPRT).',
    details:
      'One row per look with cumulative counts. Unlike a plain p-value, you may check every week and stop the first time ' +
      'it falls below 0.05 without inflating false winners (Johari et al., mixture sequential probability ratio test). ' +
      'Each row is the running minimum, so it never rises. Counts that fall from one look to a later one are refused: ' +
      'they are weekly counts or a typo, not cumulative counts.',
    params: [
      { name: 'conversions_a', kind: 'number', shape: 'column', min: 0, description: 'Cumulative conversions of A at each look.' },
      { name: 'visitors_a', kind: 'number', shape: 'column', min: 0, description: 'Cumulative visitors of A.' },
      { name: 'conversions_b', kind: 'number', shape: 'column', min: 0, description: 'Cumulative conversions of B.' },
      { name: 'visitors_b', kind: 'number', shape: 'column', min: 0, description: 'Cumulative visitors of B.' },
      {
        name: 'tau2',
        kind: 'number',
        shape: 'scalar',
        default: 0.0001,
        min: 0,
        exclusive: true,
        description: 'Variance of the effect sizes you expect (the mixing prior); default 0.0001.',
      },
    ],
    returns: 'A column of always-valid p-values, one per look.',
    example: '=SEQUENTIAL_PVALUE(B2:B13, C2:C13, D2:D13, E2:E13)',
    evaluate: ([ca, va, cb, vb, tau2]: [(number | null)[], (number | null)[], (number | null)[], (number | null)[], number], fail: Fail) => {
      const n = ca.length;
      for (const [name, col] of [
        ['visitors_a', va],
        ['conversions_b', cb],
        ['visitors_b', vb],
      ] as const) {
        if (col.length !== n) fail(name, `has ${col.length} rows but conversions_a has ${n}; give columns of the same length`);
      }
      // Cumulative counts never fall: a smaller number than at an earlier look is a weekly count or a typo.
      const names = ['conversions_a', 'visitors_a', 'conversions_b', 'visitors_b'];
      const before: (readonly [number, number] | null)[] = [null, null, null, null];
      const looks = ca.map((_, i) => {
        const row = [ca[i], va[i], cb[i], vb[i]];
        row.forEach((x, k) => {
          if (x === null) return;
          const prev = before[k];
          if (prev && x < prev[0])
            fail(names[k], `is ${x} but was ${prev[0]} at an earlier look (row ${prev[1] + 1}); give cumulative counts, which never decrease`, i, 0);
          before[k] = [x, i];
        });
        if (row.some((x) => x === null)) return null;
        const [a, na, b, nb] = row as number[];
        if (a > na) fail('conversions_a', `is ${a} but visitors_a is ${na}; conversions cannot exceed visitors`, i, 0);
        if (b > nb) fail('conversions_b', `is ${b} but visitors_b is ${nb}; conversions cannot exceed visitors`, i, 0);
        return { convA: a, visA: na, convB: b, visB: nb }; // no visitors yet: the p-value stays where it is
      });
      return sequentialPValues(looks, tau2).map((p) => [p === null ? '' : p]);
    },
  },
  {
    name: 'BEST_VARIANT',
    mode: 'whole',
    summary: 'The variant to carry forward: the best converter when it beats every other, else "NO CLEAR WINNER".',
    details:
      'Pooled two-proportion z-tests of the variant with the highest conversion rate against each other variant, ' +
      'Bonferroni-corrected for the number of comparisons, at `confidence`.',
    params: [
      { name: 'names', kind: 'text', shape: 'column', description: 'Variant names (campaigns, ad sets, creatives).' },
      { name: 'conversions', kind: 'number', shape: 'column', min: 0, description: 'Conversions per variant.' },
      { name: 'visitors', kind: 'number', shape: 'column', min: 0, description: 'Visitors (or clicks) per variant.' },
      probability('confidence', 'Confidence level; default 0.95.', 0.95),
    ],
    returns: 'The winning variant\'s name, or "NO CLEAR WINNER".',
    example: '=BEST_VARIANT(A2:A4, C2:C4, D2:D4)',
    evaluate: ([names, conv, vis, confidence]: [(string | null)[], (number | null)[], (number | null)[], number], fail: Fail) => {
      if (conv.length !== names.length) fail('conversions', `has ${conv.length} rows but names has ${names.length}`);
      if (vis.length !== names.length) fail('visitors', `has ${vis.length} rows but names has ${names.length}`);
      const variants = names.flatMap((name, i) => {
        if (name === null || conv[i] === null || vis[i] === null) return [];
        if (conv[i]! > vis[i]!) fail('conversions', `is ${conv[i]} but visitors is ${vis[i]}; conversions cannot exceed visitors`, i, 0);
        return [{ name, conversions: conv[i]!, visitors: vis[i]! }];
      });
      return bestVariant(variants, confidence).winner ?? 'NO CLEAR WINNER';
    },
  },
];
