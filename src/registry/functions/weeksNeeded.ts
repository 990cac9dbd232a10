/**
 * WEEKS_NEEDED (docs/contract.md §1.7): how many more weeks, at the week-to-week spread seen so far,
 * until the range of ΣA/ΣB — the same delta-method ratio interval that grades a stage's
 * criteria (docs/contract.md §2.5) — lies wholly on the good side of the target.
 */
import { ratioSpread, weeksUntilHalfWidth } from '../../core/stats/ratioInterval';
import { probability } from '../params';
import type { Fail, FunctionSpec } from '../types';

type Col = (number | null)[];

/** Pairs of weekly values; rows blank in both columns (a column range's empty tail) are skipped. */
function weeklyPairs(a: Col, b: Col, fail: Fail): [number[], number[]] {
  if (a.length !== b.length) fail('weekly_spend', `has ${b.length} rows but weekly_values has ${a.length}; give columns of the same length`);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === null && b[i] === null) continue;
    if (a[i] === null) fail('weekly_values', 'is blank but weekly_spend is not; every week needs both', i, 0);
    if (b[i] === null) fail('weekly_spend', 'is blank but weekly_values is not; every week needs both', i, 0);
    xs.push(a[i]!);
    ys.push(b[i]!);
  }
  return [xs, ys];
}

export const weeksNeededFunction: FunctionSpec = {
  name: 'WEEKS_NEEDED',
  mode: 'whole',
  summary: 'Further weeks, at the weekly spread seen so far, until the range of Σvalues/Σspend clears the target.',
  details:
    'The range is the one LiftGate grades stages on: R = Σvalues/Σspend ± t(n−1, (1+c)/2)·s_d/(√n·average spend), ' +
    'with d = value − R·spend per week and s_d their standard deviation. Assuming the weeks ahead swing as much as ' +
    'the weeks so far, with the same average spend, it counts the weeks until the whole range is on the good side ' +
    'of the target. 0: already clear. Blank: the value so far is on the wrong side of the target (or exactly on ' +
    'it), so more weeks at this level would never clear it. For a cost such as CPA give spend as weekly_values, ' +
    'conversions as weekly_spend and "<=". An estimate: new weeks may swing more or less than the old ones.',
  params: [
    { name: 'weekly_values', kind: 'number', shape: 'column', description: 'The numerator per week, e.g. revenue for ROAS (at least 2 weeks).' },
    { name: 'weekly_spend', kind: 'number', shape: 'column', min: 0, description: 'The denominator per week, the same rows: spend for ROAS.' },
    { name: 'target', kind: 'number', shape: 'scalar', description: 'The target the ratio must clear, e.g. 2.5 for a minimum ROAS of 2.5.' },
    probability('confidence', 'Two-sided confidence of the range; default 0.8 (as the plan decides).', 0.8),
    {
      name: 'direction',
      kind: 'text',
      shape: 'scalar',
      default: '>=',
      oneOf: ['>=', '<=', '≥', '≤', '=>', '=<'],
      description: '">=" when more is better (ROAS), "<=" when less is better (CPA); default ">=".',
    },
  ],
  returns: 'Further weeks needed (0 when the range already clears the target); blank when the value so far is on the wrong side.',
  example: '=WEEKS_NEEDED(G2:G5, B2:B5, 2.5)',
  evaluate: ([values, spend, target, confidence, direction]: [Col, Col, number | null, number, string], fail: Fail) => {
    if (target === null) return fail('target', 'is blank; give the target the ratio must clear', 0, 0);
    const [a, b] = weeklyPairs(values, spend, fail);
    if (a.length < 2) return fail('weekly_values', `has ${a.length} week${a.length === 1 ? '' : 's'}; at least 2 are needed to measure the weekly spread`);
    const spread = ratioSpread(a, b);
    if (!spread) return ''; // Σspend = 0: no ratio, a blank cell like every zero denominator
    const more = direction === '>=' || direction === '≥' || direction === '=>';
    const margin = more ? spread.estimate - target : target - spread.estimate;
    if (!(margin >= 0)) return '';
    return weeksUntilHalfWidth(spread, margin, confidence) ?? '';
  },
};
