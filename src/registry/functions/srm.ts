/** Test integrity (docs/contract.md §1.2, 2.4): `SRM_P`, the sample-ratio-mismatch check of a split test. */
import { srmPValue } from '../../core/stats/srm';
import type { Fail, FunctionSpec, OutCell } from '../types';

type Cell = number | null;

export const srmFunction: FunctionSpec = {
  name: 'SRM_P',
  mode: 'whole',
  summary: 'Sample-ratio mismatch: p-value of the chi-square test of visitors per variant against the planned split.',
  details:
    'Each row holds the counts of one test, one column per variant (visitors, sessions or clicks); the planned ' +
    'shares are one row for all tests (50, 50 or 60%, 40%; relative, equal when omitted) or one row per test. ' +
    'χ² = Σ (observed − expected)² / expected with expected = total × share, k − 1 degrees of freedom (scipy.stats.chisquare). ' +
    'A p-value under 0.001 means delivery did not follow the plan: fix it before trusting the winner. ' +
    "A holdout is checked the same way: its test and control groups' visitors in one row, its Test size and Control size as the shares.",
  params: [
    { name: 'observed', kind: 'number', shape: 'table', min: 0, description: 'Visitors (or clicks) per variant: one row per test, one column per variant.' },
    {
      name: 'planned_shares',
      kind: 'number',
      shape: 'table',
      min: 0,
      default: null,
      description: 'Planned share of each variant (one row, or one row per test); equal shares when omitted.',
    },
  ],
  returns: 'One p-value per row; blank for a row without counts.',
  example: '=SRM_P(B2:C2, {50, 50})',
  evaluate: ([observed, shares]: [Cell[][], Cell[][] | null], fail: Fail) => {
    const cols = observed[0].length;
    if (cols < 2) fail('observed', `has ${cols} column; give one column per variant (at least 2)`);
    if (shares && (shares[0].length !== cols || (shares.length !== 1 && shares.length !== observed.length))) {
      fail(
        'planned_shares',
        `is a ${shares.length}×${shares[0].length} range but observed is ${observed.length}×${cols}; give one row of ${cols} shares, or one per row of observed`,
      );
    }
    const out: OutCell[][] = [];
    for (let r = 0; r < observed.length; r++) {
      const row = observed[r];
      if (row.every((v) => v === null)) {
        out.push(['']);
        continue;
      }
      const counts = row.map((v) => v ?? 0);
      const planned = shares ? (shares.length === 1 ? shares[0] : shares[r]) : null;
      if (planned && planned.some((v) => v === null))
        fail('planned_shares', 'has a blank share; give a share for every variant', shares!.length === 1 ? 1 : r + 1);
      const p = srmPValue(counts, planned ? (planned as number[]) : undefined);
      out.push([p === null ? '' : p]);
    }
    return out;
  },
};
