/** Incrementality from a holdout or control group (docs/contract.md §1.3, the element-wise three). */
import { groupSize, money, count } from '../params';
import type { FunctionSpec } from '../types';

const sizes = [
  groupSize('test_size', 'Size of the test group (people, geos, households); default 1.'),
  groupSize('control_size', 'Size of the control group in the same unit; default 1.'),
];

export const incrementalityFunctions: FunctionSpec[] = [
  {
    name: 'INCREMENTAL_ROAS',
    mode: 'elementwise',
    summary: 'Incremental ROAS: (test revenue − control revenue × test size / control size) / spend.',
    details:
      'Revenue the ads caused per unit of spend, from a holdout or control geos: the control group, scaled to the ' +
      "test group's size, shows what the test group would have earned without ads. Above 1.0 the ads paid for themselves.",
    params: [
      money('test_revenue', 'Revenue of the group that saw the ads.'),
      money('control_revenue', 'Revenue of the holdout / control group.'),
      money('spend', 'Ad spend that reached the test group.', { min: 0 }),
      ...sizes,
    ],
    returns: 'Incremental revenue per unit of spend; blank where spend is 0.',
    example: '=INCREMENTAL_ROAS(B2:B13, C2:C13, D2:D13, 90, 10)',
    evaluate: (t: number, c: number, s: number, ts: number, cs: number) => (t - (c * ts) / cs) / s,
  },
  {
    name: 'LIFT',
    mode: 'elementwise',
    summary: 'Relative lift of the test rate over the control rate: (test/test size) / (control/control size) − 1.',
    details: 'How much better (0.15 = 15%) the exposed group did than the holdout, per unit of group size.',
    params: [money('test_value', 'Conversions or revenue of the test group.'), money('control_value', 'The same of the control group.'), ...sizes],
    returns: 'Relative lift (format as %); blank where the control value is 0.',
    example: '=LIFT(B2, C2, 900000, 100000)',
    evaluate: (t: number, c: number, ts: number, cs: number) => t / ts / (c / cs) - 1,
  },
  {
    name: 'INCREMENTAL_CONVERSIONS',
    mode: 'elementwise',
    summary: 'Conversions the ads caused: test conversions − control conversions × test size / control size.',
    params: [count('test_conversions', 'Conversions of the test group.'), count('control_conversions', 'Conversions of the control group.'), ...sizes],
    returns: 'Incremental conversions (can be negative when the control group did better).',
    example: '=INCREMENTAL_CONVERSIONS(B2, C2, 90, 10)',
    evaluate: (t: number, c: number, ts: number, cs: number) => t - (c * ts) / cs,
  },
];
