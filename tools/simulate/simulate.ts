/**
 * `npm run simulate [-- --stages N] [--write]`: how often LiftGate's own evaluation releases
 * money on stages whose truth is known, looking every week as marketers do (issue #27).
 * Seeded, so every run prints the same tables; `--write` puts them into docs/evidence.md
 * between its simulate markers. Each stage: Min ROAS 2.50, budget 12 weeks of ~10,000,
 * confidence 0.8, evaluated after weeks 1…12 with `evaluatePlan` (the engine every surface uses).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluatePlan } from '../../src/core/plan/evaluatePlan';
import type { TableCell } from '../../src/core/plan/types';
import type { RangeKind } from '../../src/core/stats/confidenceSequence';
import { seeded, week, WEEKLY_SPEND, WEEKS } from './scenarios';
import { calibrationGeo } from '../bench/geo';
import { tbrCoverage, type TbrRow } from './tbrCoverage';

const TARGET = 2.5;
const CONFIDENCE = 0.8;
const RELEASE = new Set(['GO', 'SCALE UP']);
const CUT = new Set(['SCALE DOWN', 'STOP']);

export interface ScenarioRow {
  readonly kind: RangeKind;
  readonly truth: number;
  readonly orders: number;
  readonly stages: number;
  /** Released (GO / SCALE UP) at some look from week 2 to 12. */
  readonly everReleased: number;
  readonly releasedAt12: number;
  /** Cut (SCALE DOWN / STOP) at some look. */
  readonly everCut: number;
  /** Mean first week of a release or a cut, over the stages that got one. */
  readonly weeksToDecision: number | null;
  /** The week-12 range holds the truth. */
  readonly coverageAt12: number;
  /** Every range from week 2 to 12 holds the truth. */
  readonly coverageAllLooks: number;
}

const d = (i: number) => new Date(Date.UTC(2025, 0, 6 + 7 * i));

export function runScenario(kind: RangeKind, truthMultiple: number, orders: number, stages: number, seed: number): ScenarioRow {
  const truth = TARGET * truthMultiple;
  const rng = seeded(seed);
  const plan: TableCell[][] = [
    ['Stage', 'Budget', 'Min ROAS'],
    ['A', WEEKS * WEEKLY_SPEND, TARGET],
  ];
  let everReleased = 0;
  let releasedAt12 = 0;
  let everCut = 0;
  let decidedWeeks = 0;
  let decided = 0;
  let coveredAt12 = 0;
  let coveredAll = 0;
  for (let s = 0; s < stages; s++) {
    const weekly: TableCell[][] = [['Week', 'Stage', 'Spend', 'Revenue', 'Conversions']];
    let released = false;
    let cut = false;
    let first: number | null = null;
    let allCovered = true;
    for (let w = 0; w < WEEKS; w++) {
      const x = week(rng, truth, orders);
      weekly.push([d(w), 'A', x.spend, x.revenue, x.orders]);
      if (w === 0) continue; // one week has no range (a rate is unclear until two are judged)
      const r = evaluatePlan(plan, weekly, { confidence: CONFIDENCE, rangeKind: kind }).stages[0];
      const c = r.criteria[0];
      const covered = c.lower !== null && c.upper !== null && c.lower <= truth && truth <= c.upper;
      if (!covered) allCovered = false;
      if (RELEASE.has(r.decision)) released = true;
      if (CUT.has(r.decision)) cut = true;
      if (first === null && (RELEASE.has(r.decision) || CUT.has(r.decision))) first = w + 1;
      if (w === WEEKS - 1) {
        if (RELEASE.has(r.decision)) releasedAt12++;
        if (covered) coveredAt12++;
      }
    }
    if (released) everReleased++;
    if (cut) everCut++;
    if (allCovered) coveredAll++;
    if (first !== null) {
      decided++;
      decidedWeeks += first;
    }
  }
  return {
    kind,
    truth: truthMultiple,
    orders,
    stages,
    everReleased: everReleased / stages,
    releasedAt12: releasedAt12 / stages,
    everCut: everCut / stages,
    weeksToDecision: decided ? decidedWeeks / decided : null,
    coverageAt12: coveredAt12 / stages,
    coverageAllLooks: coveredAll / stages,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const truthLabel = (m: number) => (m === 1 ? 'at target' : `${m > 1 ? '+' : ''}${Math.round((m - 1) * 100)} %`);

export function decisionTable(rows: readonly ScenarioRow[]): string {
  const head =
    '| ranges | true ROAS vs min 2.50 | orders/week | ever released (weeks 2–12) | released at week 12 | ever cut | mean week of first release or cut | week-12 range holds the truth | every range holds the truth |';
  const sep = '|---|---|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows.map(
    (r) =>
      `| ${r.kind} | ${(TARGET * r.truth).toFixed(2)} (${truthLabel(r.truth)}) | ${r.orders} | ${pct(r.everReleased)} | ${pct(r.releasedAt12)} | ${pct(r.everCut)} | ${r.weeksToDecision === null ? '–' : r.weeksToDecision.toFixed(1)} | ${pct(r.coverageAt12)} | ${pct(r.coverageAllLooks)} |`,
  );
  return [head, sep, ...body].join('\n');
}

export function tbrTable(rows: readonly TbrRow[]): string {
  const head = '| Baseline weeks | test weeks | weekly noise | ranges | range holds the true iROAS | stages |';
  const sep = '|---:|---:|---|---|---:|---:|';
  return [head, sep, ...rows.map((r) => `| ${r.baseline} | ${r.testWeeks} | ${r.noise} | ${r.kind} | ${pct(r.coverage)} | ${r.stages} |`)].join('\n');
}

/** GEO_LIFT's p-value on pseudo-tests where nothing happened (the geo inference's own calibration, tools/bench/geo.ts). */
export function geoPlaceboTable(): string {
  const head = '| data | test length (days) | pseudo-tests | p ≤ 0.10 (nominal 10 %) |';
  const sep = '|---|---:|---:|---:|';
  return [head, sep, ...calibrationGeo().map((r) => `| ${r.data} | ${r.length} | ${r.count} | ${pct(r.below10)} |`)].join('\n');
}

function main(argv: readonly string[]): void {
  const at = argv.indexOf('--stages');
  const stages = at >= 0 ? Number(argv[at + 1]) : 300;
  const started = Date.now();
  const rows: ScenarioRow[] = [];
  let seed = 27;
  // The fixed-horizon rows show what weekly peeking does to a range meant for one look.
  const grid: [RangeKind, readonly number[]][] = [
    ['sequential', [0.9, 1, 1.1, 1.28]],
    ['fixed', [1, 1.28]],
  ];
  for (const [kind, truths] of grid) {
    for (const orders of [60, 200]) {
      for (const truth of truths) rows.push(runScenario(kind, truth, orders, stages, seed++));
    }
  }
  const tbr = tbrCoverage(Math.max(100, stages), 2700);
  const tables =
    `Seeded; ${stages} stages per row; confidence 0.8; generated by \`npm run simulate\`.\n\n${decisionTable(rows)}\n\n` +
    `TBR iROAS ranges (${tbr[0]?.stages ?? 0} stages per row):\n\n${tbrTable(tbr)}\n\n` +
    `GEO_LIFT placebo tests (single regions treated in turn, windows where nothing happened):\n\n${geoPlaceboTable()}\n`;
  process.stdout.write(tables);
  process.stdout.write(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  if (argv.includes('--write')) {
    const file = new URL('../../docs/evidence.md', import.meta.url);
    const doc = readFileSync(file, 'utf8');
    const begin = '<!-- simulate:begin -->';
    const end = '<!-- simulate:end -->';
    const i = doc.indexOf(begin);
    const j = doc.indexOf(end);
    if (i < 0 || j < i) throw new Error('docs/evidence.md has no simulate markers');
    writeFileSync(file, `${doc.slice(0, i + begin.length)}\n${tables}${doc.slice(j)}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) main(process.argv.slice(2));
