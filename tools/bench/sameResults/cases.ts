/**
 * The outputs a speed change must not move: GEO_LIFT, GEO_POWER, GEO_MARKETS, IROAS_TRIMMED_MATCH
 * on the validation data and test cases, and evaluateStages' JSON on generated workbooks.
 * `npx tsx tools/bench/sameResults/run.ts record FILE` writes them; `... compare FILE` recomputes
 * them and reports every number that moved by more than 1e-12 (relative to max(1, |value|)).
 */
import { readFileSync } from 'node:fs';
import { geoLift } from '../../../src/core/geo/geoLift';
import { selectMarkets } from '../../../src/core/geo/marketSelection';
import type { Panel } from '../../../src/core/geo/panel';
import { minimumDetectableEffect, powerAt, simulatedTests } from '../../../src/core/geo/power';
import { donorsOf, SyntheticControl } from '../../../src/core/geo/syntheticControl';
import { trimmedMatch } from '../../../src/core/stats/trimmedMatch';
import { simulatedPanel } from '../../../test/core/geo/calibration';
import { geoLiftTestPanel } from '../../../test/core/geo/geoData';
import ref from '../../../test/core/stats/reference/trimmed_match_reference.json';
import { createAppsScriptFake, loadCodeJs } from '../../apps-script-fake';
import { generateWorkbook } from '../../workbooks/generate';
import { seeded } from '../timing';

export type Outputs = Record<string, unknown>;

const regions = (panel: Panel, names: string[]) => names.map((n) => panel.regions.findIndex((r) => r.toLowerCase() === n));

function geoCases(out: Outputs, large: boolean): void {
  const panel = geoLiftTestPanel();
  const T = panel.periods.length;
  const sets = [['chicago', 'portland'], ['chicago'], ['new york'], ['austin', 'denver', 'miami'], ['atlanta', 'boston']];
  for (const set of sets) {
    const treated = regions(panel, set);
    for (const [start, end] of [
      [90, 104],
      [75, 89],
      [60, 74],
    ]) {
      for (const spend of [null, 100000]) {
        for (const confidence of [0.9, 0.8]) {
          try {
            const r = geoLift(panel, { treated, start, end, confidence, spend });
            out[`GEO_LIFT ${set} ${start}-${end} spend ${spend} conf ${confidence}`] = { ...r, weights: r.weights.map((w) => [w.region, w.weight]) };
          } catch (e) {
            out[`GEO_LIFT ${set} ${start}-${end} spend ${spend} conf ${confidence}`] = String(e);
          }
        }
      }
    }
    const sc = new SyntheticControl(panel);
    for (const length of [7, 15]) {
      const tests = simulatedTests(sc, treated, donorsOf(panel.regions.length, treated), length, 0.9);
      const effects = Array.from({ length: 26 }, (_, i) => i / 100);
      out[`GEO_POWER ${set} ${length}`] = { power: effects.map((e) => powerAt(tests, e)), mde: minimumDetectableEffect(tests) };
    }
  }
  void T;
  for (const count of [1, 2, 3, 4]) {
    for (const length of [7, 15]) {
      const found = selectMarkets(panel, { count, length, effect: 0.05, candidates: 10, exclude: [], confidence: 0.9 });
      out[`GEO_MARKETS ${count} ${length}`] = found.map((c) => [c.regions.map((i) => panel.regions[i]), c.scaledL2Imbalance, c.power, c.mde]);
    }
  }
  const ex = regions(panel, ['chicago', 'new york']);
  out['GEO_MARKETS 2 15 exclude'] = selectMarkets(panel, { count: 2, length: 15, effect: 0.1, candidates: 5, exclude: ex, confidence: 0.8 }).map((c) => [
    c.regions,
    c.scaledL2Imbalance,
    c.power,
    c.mde,
  ]);
  if (large) {
    const big = simulatedPanel(210, 365, 20261203, 0.95);
    const t0 = performance.now();
    out['GEO_MARKETS 210x365 2 14'] = selectMarkets(big, { count: 2, length: 14, effect: 0.05, candidates: 10, exclude: [], confidence: 0.9 }).map((c) => [
      c.regions,
      c.scaledL2Imbalance,
      c.power,
      c.mde,
    ]);
    console.error(`GEO_MARKETS 210x365: ${(performance.now() - t0).toFixed(0)} ms`);
    const r = geoLift(big, { treated: [3, 17], start: 351, end: 364, confidence: 0.9, spend: null });
    out['GEO_LIFT 210x365'] = { ...r, weights: r.weights.map((w) => [w.region, w.weight]) };
  }
}

function csvPairs(path: string): { dy: number[]; dx: number[] } {
  const rows = readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').map(Number));
  return { dy: rows.map((r) => r[1]), dx: rows.map((r) => r[2]) };
}

function trimmedMatchCases(out: Outputs): void {
  const put = (name: string, dy: number[], dx: number[], opts: Parameters<typeof trimmedMatch>[2]) => {
    try {
      const r = trimmedMatch(dy, dx, opts);
      out[`TM ${name}`] = { ...r, candidates: r.candidates.map((c) => [c.trimRate, c.iroas, c.stdError]) };
    } catch (e) {
      out[`TM ${name}`] = String(e);
    }
  };
  for (const file of ['tm_32_pairs', 'tm_example_pairs_test', 'tm_example_pairs_test_cooldown']) {
    const { dy, dx } = csvPairs(`test/core/stats/data/${file}.csv`);
    for (const confidence of [0.8, 0.9]) put(`${file} auto ${confidence}`, dy, dx, { confidence });
    for (const trimRate of [0.05, 0.1, 0.25]) put(`${file} trim ${trimRate}`, dy, dx, { trimRate });
  }
  ref.cases.forEach((c, i) => put(`reference ${i}`, c.deltaResponse, c.deltaSpend, { confidence: c.confidence }));
  for (const pairs of [100, 1000, 3000]) {
    const rnd = seeded(3);
    const dx = Array.from({ length: pairs }, () => 500 + rnd() * 20_000);
    const dy = dx.map((x) => 2.5 * x + (rnd() - 0.5) * 20_000 + (rnd() < 0.03 ? 200_000 : 0));
    put(`bench ${pairs}`, dy, dx, {});
  }
  // Whole-number data with ties, at every automatic and several fixed trim rates (n = 20, 31, 33:
  // sizes whose tie sweep finished before this change).
  for (const n of [20, 31, 33]) {
    for (let seed = 1; seed <= 5; seed++) {
      const rnd = seeded(seed);
      const dx = Array.from({ length: n }, () => Math.floor(rnd() * 6) - 1);
      const dy = dx.map((x) => 2 * x + Math.floor(rnd() * 7) - 3);
      put(`ties n${n} s${seed} auto`, dy, dx, {});
      put(`ties n${n} s${seed} trim 0.1`, dy, dx, { trimRate: 0.1 });
    }
  }
}

/** The bench's 10,000-pair data: the automatic search and a given trim of 0.25 (the slow paths). */
function largeTrimmedMatchCases(out: Outputs): void {
  const rnd = seeded(3);
  const dx = Array.from({ length: 10_000 }, () => 500 + rnd() * 20_000);
  const dy = dx.map((x) => 2.5 * x + (rnd() - 0.5) * 20_000 + (rnd() < 0.03 ? 200_000 : 0));
  for (const [name, opts] of [
    ['auto', {}],
    ['trim 0.25', { trimRate: 0.25 }],
    ['trim 0.1', { trimRate: 0.1 }],
  ] as const) {
    const r = trimmedMatch(dy, dx, opts);
    out[`TM bench 10000 ${name}`] = { ...r, candidates: r.candidates.map((c) => [c.trimRate, c.iroas, c.stdError]) };
  }
  // Δspend of both signs past 1,000 pairs (the sweep path at a given trim).
  const mixed = dx.map((x, i) => (i % 7 === 0 ? -x / 4 : x)).slice(0, 2000);
  const my = dy.slice(0, 2000);
  const r = trimmedMatch(my, mixed, { trimRate: 0.2 });
  out['TM mixed-sign 2000 trim 0.2'] = { ...r, candidates: r.candidates.map((c) => [c.trimRate, c.iroas, c.stdError]) };
}

function evaluateCases(out: Outputs, sizes: readonly (readonly [number, number])[]): void {
  for (const [rows, stageCount] of sizes) {
    const { stages, weekly } = generateWorkbook(rows, stageCount);
    const fake = createAppsScriptFake({
      sheets: [
        { name: 'Stages', values: stages },
        { name: 'Weekly', values: weekly },
      ],
    });
    const ctx = loadCodeJs(fake, process.env.CODE_JS ?? 'dist/Code.js') as unknown as { evaluateStages: () => Record<string, unknown> };
    const r = ctx.evaluateStages();
    out[`evaluateStages ${rows} ${stageCount}`] = JSON.parse(JSON.stringify({ ...r, evaluatedAt: undefined }));
  }
}

export function allOutputs(which: string[]): Outputs {
  const out: Outputs = {};
  if (which.includes('tm')) trimmedMatchCases(out);
  if (which.includes('tmlarge')) largeTrimmedMatchCases(out);
  if (which.includes('geo')) geoCases(out, which.includes('large'));
  if (which.includes('evaluate'))
    evaluateCases(out, [
      [1000, 12],
      [10_000, 12],
      [20_000, 40],
    ]);
  // The bench's sizes; CODE_JS=<an older dist/Code.js> records what that build wrote.
  if (which.includes('evaluatebig'))
    evaluateCases(out, [
      [50_000, 60],
      [100_000, 12],
      [500_000, 60],
    ]);
  return out;
}
