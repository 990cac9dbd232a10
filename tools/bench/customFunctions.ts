/**
 * Each custom function on 100,000 rows in one call, through the built dist/Code.js as Sheets
 * calls it, against the floor: a bare loop running the declaration's own arithmetic over the
 * same (already numeric) arrays, with no argument handling at all.
 */
import { FUNCTIONS } from '../../src/registry';
import type { FunctionSpec, ParamSpec } from '../../src/registry/types';
import { seeded, time } from './timing';

export interface FunctionBench {
  name: string;
  rows: number;
  ms: number;
  floorMs: number | null;
  note: string;
}

/** Plausible values per parameter, so constraints (conversions ≤ visitors...) hold. */
function valueFor(p: ParamSpec, rnd: () => number): number | string {
  if (p.oneOf) return p.oneOf[Math.floor(rnd() * p.oneOf.length)];
  if (/effect/.test(p.name)) return 0.005 + rnd() * 0.02;
  if (/rate/.test(p.name)) return 0.01 + rnd() * 0.1;
  if (/visitors|impressions|total|days_total|budget/.test(p.name)) return 20_000 + Math.floor(rnd() * 20_000);
  if (/conversions|clicks|leads|customers|orders|elapsed|purchases|periods/.test(p.name)) return 1 + Math.floor(rnd() * 400);
  if (/size/.test(p.name)) return 1 + Math.floor(rnd() * 10);
  if (p.max !== undefined && p.max <= 1) return 0.05 + rnd() * 0.5;
  return Math.round(100 + rnd() * 10_000);
}

function elementwiseInputs(spec: FunctionSpec, rows: number): { sheetArgs: unknown[]; columns: (number | string)[][] } {
  const rnd = seeded(7);
  const sheetArgs: unknown[] = [];
  const columns: (number | string)[][] = [];
  for (const p of spec.params) {
    if (p.shape === 'scalar') {
      sheetArgs.push(undefined);
      columns.push([p.default as number]);
      continue;
    }
    const col: (number | string)[] = new Array(rows);
    for (let r = 0; r < rows; r++) col[r] = valueFor(p, rnd);
    columns.push(col);
    sheetArgs.push(col.map((v) => [v]));
  }
  return { sheetArgs, columns };
}

export function benchCustomFunctions(gs: Record<string, (...a: unknown[]) => unknown>, rows = 100_000): FunctionBench[] {
  const out: FunctionBench[] = [];
  for (const spec of FUNCTIONS) {
    if (spec.mode !== 'elementwise') continue;
    const { sheetArgs, columns } = elementwiseInputs(spec, rows);
    const evaluate = spec.evaluate as (...a: unknown[]) => unknown;
    const ms = time(() => gs[spec.name](...sheetArgs));
    // The floor reads the same 2D ranges Sheets passes and returns the 2D column Sheets needs,
    // but trusts every cell: no blanks, text numbers, checks or messages.
    const ranges = sheetArgs.map((a) => (a === undefined ? null : (a as (number | string)[][])));
    const fixed = columns.map((c) => c[0]);
    const floorMs = time(() => {
      const res: unknown[][] = [];
      const args = fixed.slice();
      for (let r = 0; r < rows; r++) {
        for (let i = 0; i < ranges.length; i++) {
          const range = ranges[i];
          if (range !== null) args[i] = range[r][0];
        }
        res.push([evaluate(...args)]);
      }
      return res;
    });
    out.push({ name: spec.name, rows, ms, floorMs, note: '' });
  }
  return out;
}

/** STAGE_GATE over 100,000 rows × 2 criteria (ROAS ≥ 3, CPA ≤ 250) against a bare grading loop. */
export function benchStageGate(gs: Record<string, (...a: unknown[]) => unknown>, rows = 100_000): FunctionBench {
  const rnd = seeded(11);
  const actual: number[][] = [];
  for (let r = 0; r < rows; r++) actual.push([1 + rnd() * 4, 100 + rnd() * 300]);
  const target = [[3, 250]];
  const direction = [['>=', '<=']];
  const ms = time(() => gs.STAGE_GATE(actual, target, direction));
  const floorMs = time(() => {
    const out: string[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const g = Math.min((actual[r][0] - 3) / 3, (250 - actual[r][1]) / 250);
      out[r] = [g >= 0.2 ? 'SCALE UP' : g >= 0 ? 'GO' : g >= -0.1 ? 'HOLD' : g >= -0.2 ? 'SCALE DOWN' : 'STOP'];
    }
    return out;
  });
  return { name: 'STAGE_GATE (2 criteria)', rows, ms, floorMs, note: '' };
}
