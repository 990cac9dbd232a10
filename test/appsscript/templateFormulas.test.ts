/**
 * The template's formula columns find Weekly's columns by header: computed with HyperFormula
 * (LiftGate's own functions registered from the registry), they give the engine's numbers, and
 * the same numbers after Weekly's columns are reordered. Weekly's validation warns, never rejects.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, WorkbookData } from '../../tools/apps-script-fake';
import { FUNCTIONS } from '../../src/registry';
import { callFunction } from '../../src/registry/args';
import { computeFormulas } from '../../tools/preview/formulas/computeWorkbook';
import { load } from '../support/workbook';

function template(): { data: WorkbookData; engine: { stage: string; decision: string; metrics: { roas: number | null; cpa: number | null } }[] } {
  const { fake, gs } = load();
  gs.createTemplate();
  const data = fake.snapshot();
  const r = gs.evaluateStages() as { stages: { stage: string; decision: string; metrics: { roas: number | null; cpa: number | null } }[] };
  return { data, engine: r.stages };
}

/** The Stages formula columns (ROAS, CPA, Gate) of each stage row, as HyperFormula computes them. */
function formulaColumns(data: WorkbookData): Cell[][] {
  const stages = data.sheets.find((s) => s.name === 'Stages')!;
  const head = stages.values[0].map(String);
  const cols = ['ROAS (formula)', 'CPA (formula)', 'Gate (formula)'].map((h) => head.indexOf(h));
  const computed = computeFormulas(data).filter((c) => c.sheet === 'Stages');
  return [1, 2, 3].map((r) => cols.map((c) => computed.find((x) => x.row === r && x.col === c)!.value));
}

/** Weekly with its data columns (A–K) in another order; the formula column stays after them. */
function reorderWeekly(data: WorkbookData, order: number[]): WorkbookData {
  const copy = structuredClone(data);
  const weekly = copy.sheets.find((s) => s.name === 'Weekly')!;
  const perm = (row: unknown[]) => [...order.map((i) => row[i]), ...row.slice(order.length)];
  weekly.values = weekly.values.map((r) => perm(r) as Cell[]);
  weekly.formulas = weekly.formulas!.map((r) => perm(r) as string[]);
  return copy;
}

describe('template formula columns', () => {
  it('compute the engine\'s ROAS and CPA and the same gate on the example', () => {
    const { data, engine } = template();
    const got = formulaColumns(data);
    expect(got[0][0]).toBeCloseTo(engine[0].metrics.roas!, 9);
    expect(got[0][1]).toBeCloseTo(engine[0].metrics.cpa!, 9);
    expect(got[1][0]).toBeCloseTo(engine[1].metrics.roas!, 9);
    // The gate column is STAGE_GATE of the two formula columns against Min ROAS and Max CPA:
    // the same call made directly on the engine's own ROAS and CPA.
    const gate = FUNCTIONS.find((f) => f.name === 'STAGE_GATE')!;
    const stages = data.sheets.find((s) => s.name === 'Stages')!;
    const head = stages.values[0].map(String);
    const expected = engine.map((e, i) =>
      e.metrics.roas === null ? '' : callFunction(gate, [[[e.metrics.roas, e.metrics.cpa]], [[stages.values[i + 1][head.indexOf('Min ROAS')], stages.values[i + 1][head.indexOf('Max CPA')]]], [['>=', '<=']]]),
    );
    expect(expected[0]).toBe('SCALE UP');
    expect(got.map((r) => r[2])).toEqual(expected);
  });

  it('follow Weekly\'s columns when they are reordered', () => {
    const { data } = template();
    const before = formulaColumns(data);
    // Revenue, Spend, Stage, … first: every column the formulas use moves.
    const order = [8, 3, 1, 0, 2, 4, 5, 6, 7, 9, 10];
    const moved = reorderWeekly(data, order);
    const head = moved.sheets.find((s) => s.name === 'Weekly')!.values[0];
    expect(head.slice(0, 3)).toEqual(['Revenue', 'Spend', 'Stage']);
    expect(formulaColumns(moved)).toEqual(before);
    // Weekly's own ROAS column follows too: Revenue / Spend of each row.
    const weekly = computeFormulas(moved).filter((c) => c.sheet === 'Weekly' && c.col === 11);
    const row = moved.sheets.find((s) => s.name === 'Weekly')!.values[6];
    expect(weekly.find((c) => c.row === 6)!.value).toBeCloseTo(Number(row[0]) / Number(row[1]), 9);
  });
});

describe('template validation of Weekly', () => {
  it('accepts refunds (negative revenue) and warns instead of rejecting', () => {
    const { data } = template();
    const weekly = data.sheets.find((s) => s.name === 'Weekly')!;
    const rules = weekly.validations![1];
    const head = weekly.values[0];
    const rule = (h: string) => String(rules[head.indexOf(h)]);
    expect(rule('Revenue')).toMatch(/number between -1e\+?15|number between -1000000000000000/);
    expect(rule('Control revenue')).toBe(rule('Revenue'));
    expect(rule('Spend')).toMatch(/number >= 0/);
    for (const h of ['Week', 'Spend', 'Impressions', 'Clicks', 'Leads', 'Conversions', 'Revenue', 'Control revenue', 'New customers']) {
      expect(rule(h)).toMatch(/\[warn\]$/);
    }
  });
});
