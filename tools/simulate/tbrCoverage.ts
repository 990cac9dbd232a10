/**
 * How often a stage's TBR iROAS range holds the true iROAS (issue #27 item 3), through
 * `evaluatePlan`: Baseline weeks with Revenue and Control revenue, then 8 test weeks with 10,000
 * of spend and a true iROAS of 1.5. The test geos follow the control geos by a line plus noise,
 * either independent from week to week (the model TBR assumes, where its Student-t range is exact)
 * or AR(1) with φ = 0.5 (a demand swing lasting a few weeks, as real sales have).
 */
import { evaluatePlan } from '../../src/core/plan/evaluatePlan';
import type { TableCell } from '../../src/core/plan/types';
import type { RangeKind } from '../../src/core/stats/confidenceSequence';
import { normal, seeded } from './scenarios';

export interface TbrRow {
  readonly baseline: number;
  readonly testWeeks: number;
  readonly noise: string;
  readonly kind: RangeKind;
  readonly coverage: number;
  readonly stages: number;
}

const TRUE_IROAS = 1.5;
const SPEND = 10000;
const TEST_WEEKS = 8;

function coverage(baseline: number, phi: number, kind: RangeKind, stages: number, seed: number): number {
  const rng = seeded(seed);
  const plan: TableCell[][] = [
    ['Stage', 'Budget', 'Min iROAS'],
    ['A', TEST_WEEKS * SPEND, 1],
  ];
  let held = 0;
  for (let s = 0; s < stages; s++) {
    const weekly: TableCell[][] = [['Week', 'Stage', 'Spend', 'Revenue', 'Control revenue']];
    let e = 0;
    for (let w = 0; w < baseline + TEST_WEEKS; w++) {
      const control = 50000 * (1 + 0.1 * Math.sin(w / 4)) + 1500 * normal(rng);
      e = phi * e + Math.sqrt(1 - phi * phi) * 2000 * normal(rng);
      const test = 5000 + 0.9 * control + e;
      const day = new Date(Date.UTC(2025, 0, 6 + 7 * w));
      if (w < baseline) weekly.push([day, 'Baseline', 0, test, control]);
      else weekly.push([day, 'A', SPEND, test + TRUE_IROAS * SPEND, control]);
    }
    const c = evaluatePlan(plan, weekly, { confidence: 0.8, rangeKind: kind }).stages[0].criteria[0];
    if (c.lower !== null && c.upper !== null && c.lower <= TRUE_IROAS && TRUE_IROAS <= c.upper) held++;
  }
  return held / stages;
}

export function tbrCoverage(stages: number, seed: number): TbrRow[] {
  const rows: TbrRow[] = [];
  for (const [noise, phi] of [
    ['independent', 0],
    ['AR(1), φ = 0.5', 0.5],
  ] as const) {
    for (const baseline of [4, 8, 12, 26]) {
      for (const kind of ['fixed', 'sequential'] as const) {
        rows.push({ baseline, testWeeks: TEST_WEEKS, noise, kind, coverage: coverage(baseline, phi, kind, stages, seed + baseline), stages });
      }
    }
  }
  return rows;
}
