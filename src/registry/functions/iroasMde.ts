/** Test design for a TBR geo test (docs/contract.md §1.7): the smallest iROAS it would see. */
import { iroasMde } from '../../core/stats/iroasMde';
import { probability } from '../params';
import type { Fail, FunctionSpec } from '../types';

type Col = (number | null)[];

export const iroasMdeFunctions: FunctionSpec[] = [
  {
    name: 'IROAS_MDE',
    mode: 'whole',
    summary: 'The smallest iROAS a time-based-regression geo test of that length and spend would detect.',
    details:
      'Plan a TBR test (IROAS_TBR) before you run it. Give the history of the test geos and the control geos, one row ' +
      'per week (or day); the line fitted on those `pretest_rows` rows and its scatter say how precisely a test of ' +
      '`test_weeks` rows with `spend_per_week` of incremental spend per row can measure. The answer is the iROAS that ' +
      'such a test would show with an interval (at `confidence`) entirely above 0 in `power` of the cases. Assumes the ' +
      'control geos sell at their pretest average during the test. If the answer is above the iROAS you hope for, run ' +
      'longer or spend more per week. Derivation in the README.',
    params: [
      { name: 'test', kind: 'number', shape: 'column', description: 'Response (sales) of the test geos, one row per week, history first.' },
      { name: 'control', kind: 'number', shape: 'column', description: 'Response of the control geos, the same rows.' },
      {
        name: 'pretest_rows',
        kind: 'number',
        shape: 'scalar',
        min: 3,
        integer: true,
        description: 'How many of the first rows are history to fit on (later rows are ignored).',
      },
      {
        name: 'test_weeks',
        kind: 'number',
        shape: 'scalar',
        min: 1,
        integer: true,
        description: 'Length of the planned test, in rows (weeks if the rows are weeks).',
      },
      {
        name: 'spend_per_week',
        kind: 'number',
        shape: 'scalar',
        min: 0,
        exclusive: true,
        description: 'Incremental spend in the test geos per row of the test.',
      },
      probability('confidence', 'Two-sided confidence of the interval the test will report; default 0.9.', 0.9),
      probability('power', 'Chance of detecting an iROAS of that size; default 0.8.', 0.8),
    ],
    returns: 'The minimum detectable iROAS.',
    example: '=IROAS_MDE(C2:C53, D2:D53, 52, 6, 10000)',
    evaluate: ([test, control, pretest, weeks, spend, confidence, power]: [Col, Col, number, number, number, number, number], fail: Fail) => {
      if (control.length !== test.length) fail('control', `has ${control.length} rows but test has ${test.length}; give columns of the same length`);
      if (pretest > test.length) fail('pretest_rows', `is ${pretest} but there are only ${test.length} rows`, 0, 0);
      for (const [name, col] of [
        ['test', test],
        ['control', control],
      ] as const) {
        const i = col.slice(0, pretest).indexOf(null);
        if (i >= 0) fail(name, 'is blank; every history row needs a value', i, 0);
      }
      const r = iroasMde(test as number[], control as number[], pretest, weeks, spend, confidence, power);
      // A line through every history point leaves no scatter to measure against: the formula
      // would answer 0 ("any iROAS is detectable"), which no real test delivers.
      // "Exactly" up to rounding: a residual spread under 1e-10 of the series' own size.
      let size = 0;
      for (let i = 0; i < pretest; i++) size += Math.abs(test[i] as number) / pretest;
      if (!(r.sdEffect > 1e-10 * weeks * size)) {
        fail(
          'test',
          `fits control exactly over the ${pretest} history rows (no scatter around the line test = a + b × control), so there is no noise to size a test against; check that test and control are different series, not copies or multiples of each other`,
        );
      }
      return r.mde;
    },
  },
];
