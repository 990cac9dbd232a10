/** Incrementality from geo experiments (docs/contract.md §1.3): time-based regression and Trimmed Match. */
import { timeBasedRegression } from '../../core/stats/tbr';
import { trimmedMatch } from '../../core/stats/trimmedMatch';
import { emptyPairs, retainedPairs } from './emptyPairs';
import { probability } from '../params';
import type { Fail, FunctionSpec, OutCell } from '../types';

type Col = (number | null)[];

/** Blank rows cannot be dropped silently in a time series or a pair list: they shift the rows. */
function complete(name: string, col: Col, fail: Fail): number[] {
  const i = col.indexOf(null);
  if (i >= 0) fail(name, 'is blank; every row needs a value', i, 0);
  return col as number[];
}

export const geoExperimentFunctions: FunctionSpec[] = [
  {
    name: 'IROAS_TBR',
    mode: 'whole',
    summary: 'iROAS of a geo experiment by time-based regression: estimate, interval and P(iROAS > threshold).',
    details:
      "Kerman, Wang & Vaver (2017), as in Google's GeoexperimentsResearch. Give the daily or weekly response (sales) of " +
      'the test geos and of the control geos: first the pretest rows, then the test period. A line fitted on the ' +
      'pretest predicts what the test geos would have sold without the campaign; iROAS = (actual − predicted) / ' +
      'incremental spend, with a Student-t interval. Read it: lower end above 1.0 — the stage paid for itself at that ' +
      'confidence; probability = chance that the true iROAS beats the threshold. A control series that does not move ' +
      "in the pretest cannot explain the test geos: the line is then flat (intercept only, as R's lm and " +
      'GeoexperimentsResearch do). A blank spend cell in the test period is refused, not read as 0.',
    params: [
      { name: 'test_response', kind: 'number', shape: 'column', description: 'Response of the test geos, one row per day or week (pretest rows first).' },
      { name: 'control_response', kind: 'number', shape: 'column', description: 'Response of the control geos, the same rows.' },
      {
        name: 'spend',
        kind: 'number',
        shape: 'column',
        description: 'Incremental spend in the test period: one value, or a column whose test-period rows are summed.',
      },
      { name: 'pretest_rows', kind: 'number', shape: 'scalar', min: 3, integer: true, description: 'How many of the first rows are the pretest period.' },
      probability('confidence', 'Two-sided confidence of the interval; default 0.9.', 0.9),
      { name: 'threshold', kind: 'number', shape: 'scalar', default: 1, description: 'The iROAS to beat for the probability; default 1 (break-even).' },
      { name: 'with_headers', kind: 'boolean', shape: 'scalar', default: false, description: 'TRUE puts a header row above the result.' },
    ],
    headers: ['iROAS', 'lower', 'upper', 'probability'],
    returns: 'One row: iROAS, lower, upper, probability (P(iROAS > threshold)).',
    example: '=IROAS_TBR(C2:C71, D2:D71, 50000, 42, 0.95, 3)',
    evaluate: ([test, control, spend, pretest, confidence, threshold, withHeaders]: [Col, Col, Col, number, number, number, boolean], fail: Fail) => {
      const y = complete('test_response', test, fail);
      const x = complete('control_response', control, fail);
      if (x.length !== y.length) fail('control_response', `has ${x.length} rows but test_response has ${y.length}; give columns of the same length`);
      if (pretest > y.length - 1) fail('pretest_rows', `is ${pretest} but there are only ${y.length} rows; leave at least one test-period row`, 0, 0);
      let total: number;
      if (spend.length === 1) total = complete('spend', spend, fail)[0];
      else {
        if (spend.length !== y.length) fail('spend', `has ${spend.length} rows; give one value or a column as long as test_response (${y.length})`);
        total = 0;
        for (let i = pretest; i < spend.length; i++) {
          // A blank in the test period is a missing number, not a zero: refuse it as blank responses are.
          if (spend[i] === null) fail('spend', 'is blank in the test period; give the spend of every test-period row (0 if none)', i, 0);
          total += spend[i]!;
        }
      }
      if (!(total > 0)) fail('spend', `adds up to ${total} over the test period; incremental spend must be above 0`);
      const r = timeBasedRegression(y, x, pretest, total, confidence, threshold);
      const row: OutCell[] = [r.iroas, r.lower, r.upper, r.probability];
      return withHeaders ? [['iROAS', 'lower', 'upper', 'probability'], row] : [row];
    },
  },
  {
    name: 'IROAS_TRIMMED_MATCH',
    mode: 'whole',
    summary: 'iROAS of a paired geo experiment by Trimmed Match: robust estimate, interval, trim rate and standard error.',
    details:
      "Chen & Au (2022), Google's trimmed_match. One row per geo pair: test minus control response, and test minus " +
      'control spend. The estimate solves trimmed-mean(Δresponse − iROAS·Δspend) = 0, so a few pairs hit by local ' +
      'events (a store opening, a storm) cannot swing it; with trim_rate blank the trim rate is chosen automatically. ' +
      'The interval can be asymmetric. Read it: lower end above 1.0 — the stage paid for itself at that confidence. ' +
      "Exact ties (whole-number exports) are broken by the reference's tiny deterministic perturbation; 10,000 pairs " +
      'take seconds.',
    params: [
      { name: 'delta_response', kind: 'number', shape: 'column', description: 'Per geo pair: response of the test geo minus the control geo.' },
      { name: 'delta_spend', kind: 'number', shape: 'column', description: 'Per geo pair: spend of the test geo minus the control geo.' },
      {
        name: 'max_trim_rate',
        kind: 'number',
        shape: 'scalar',
        default: 0.25,
        min: 0,
        max: 0.3,
        description: 'Largest share of pairs trimmed from each tail in the automatic choice; default 0.25 (at most 0.3).',
      },
      probability('confidence', 'Two-sided confidence of the interval; default 0.8.', 0.8),
      {
        name: 'trim_rate',
        kind: 'number',
        shape: 'scalar',
        default: null,
        min: 0,
        max: 0.3,
        description: 'A fixed trim rate; blank chooses it automatically.',
      },
    ],
    headers: ['iROAS', 'lower', 'upper', 'trim_rate', 'std_error'],
    returns: 'One row: iROAS, lower, upper, trim_rate, std_error.',
    example: '=IROAS_TRIMMED_MATCH(B2:B41, C2:C41)',
    evaluate: ([dy, dx, maxTrim, confidence, trim]: [Col, Col, number, number, number | null], fail: Fail) => {
      const y = complete('delta_response', dy, fail);
      const x = complete('delta_spend', dx, fail);
      if (x.length !== y.length) fail('delta_spend', `has ${x.length} rows but delta_response has ${y.length}; give columns of the same length`);
      if (y.length < 3) fail('delta_response', `has ${y.length} rows; Trimmed Match needs at least 3 geo pairs`);
      // Google's reference refuses this too ("delta_spends are all too close to 0"): with no spend
      // difference there is no return on it to estimate (the estimate would be ±1e12).
      let largest = 0;
      for (const v of x) largest = Math.max(largest, Math.abs(v));
      if (!(largest >= 1e-10))
        fail(
          'delta_spend',
          `is ${largest === 0 ? '0' : 'within 1e-10 of 0'} in every pair; Trimmed Match needs pairs whose test and control spend differ (delta_spends are all too close to 0)`,
        );
      if (trim !== null && trim > maxTrim) fail('trim_rate', `is ${trim}; it must be at most max_trim_rate (${maxTrim})`, 0, 0);
      if (trim !== null && y.length < 2 * Math.ceil(trim * y.length) + 2)
        fail('trim_rate', `is ${trim}; it leaves fewer than 2 of the ${y.length} pairs`, 0, 0);
      // Pairs with no difference at all must not make up a trimmed set (emptyPairs.ts).
      const blank = emptyPairs(y, x);
      let searchUpTo = maxTrim;
      if (blank.empty > 0) {
        const keep = `${blank.empty} of the ${y.length} pairs have both delta_response and delta_spend 0 and say nothing about iROAS`;
        if (blank.maxTrimRate === null)
          fail(
            'delta_response',
            `has ${blank.empty} of its ${y.length} pairs with both delta_response and delta_spend 0, which say nothing about iROAS; Trimmed Match needs at least 2 pairs that differ`,
          );
        if (trim !== null && retainedPairs(y.length, trim) < blank.empty + 2) {
          fail(
            'trim_rate',
            `is ${trim}; it keeps ${retainedPairs(y.length, trim)} pairs, and ${keep}, so the estimate could rest on them alone. Give a trim rate of at most ${+blank.maxTrimRate!.toFixed(4)}, or leave those pairs out`,
            0,
            0,
          );
        }
        searchUpTo = Math.min(maxTrim, blank.maxTrimRate!);
      }
      try {
        const r = trimmedMatch(y, x, { maxTrimRate: searchUpTo, confidence, trimRate: trim });
        return [[r.iroas, r.lower, r.upper, r.trimRate, r.stdError]];
      } catch (e) {
        return fail('delta_spend', `gives no estimate: ${(e as Error).message}`);
      }
    },
  },
];
