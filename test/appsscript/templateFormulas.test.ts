/**
 * The template's formula columns find Weekly's columns by header: computed with HyperFormula
 * (LiftGate's own functions registered from the registry), they give the engine's numbers, and
 * the same numbers after Weekly's columns are reordered. Weekly's validation warns, never rejects.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, WorkbookData } from '../../tools/apps-script-fake';
import { computeFormulas } from '../../tools/preview/formulas/computeWorkbook';
import { load } from '../support/workbook';

function template(): { data: WorkbookData; engine: { stage: string; decision: string; metrics: { roas: number | null; cpa: number | null } }[] } {
  const { fake, gs } = load();
  gs.createTemplate();
  const data = fake.snapshot();
  const r = gs.evaluateStages() as { stages: { stage: string; decision: string; metrics: { roas: number | null; cpa: number | null } }[] };
  return { data, engine: r.stages };
}

/** The Stages formula columns (ROAS, CPA, Decision) of each stage row, as HyperFormula computes them. */
function formulaColumns(data: WorkbookData): Cell[][] {
  const stages = data.sheets.find((s) => s.name === 'Stages')!;
  const head = stages.values[0].map(String);
  const formulas = stages.formulas![0];
  const cols = [head.indexOf('ROAS (formula)'), head.indexOf('CPA (formula)'), formulas.findIndex((f) => String(f).startsWith('=STAGE_DECISION('))];
  const computed = computeFormulas(data).filter((c) => c.sheet === 'Stages');
  return [1, 2, 3].map((r) => cols.map((c) => computed.find((x) => x.row === r && x.col === c)?.value ?? ''));
}

/** Weekly with its data columns (A–N) in another order; the formula column stays after them. */
function reorderWeekly(data: WorkbookData, order: number[]): WorkbookData {
  const copy = structuredClone(data);
  const weekly = copy.sheets.find((s) => s.name === 'Weekly')!;
  const perm = (row: unknown[]) => [...order.map((i) => row[i]), ...row.slice(order.length)];
  weekly.values = weekly.values.map((r) => perm(r) as Cell[]);
  weekly.formulas = weekly.formulas!.map((r) => perm(r) as string[]);
  return copy;
}

describe('template formula columns', () => {
  it("compute the engine's ROAS and CPA, and STAGE_DECISION the very decisions evaluateStages writes", () => {
    const { data, engine } = template();
    const got = formulaColumns(data);
    expect(got[0][0]).toBeCloseTo(engine[0].metrics.roas!, 9);
    expect(got[0][1]).toBeCloseTo(engine[0].metrics.cpa!, 9);
    expect(got[1][0]).toBeCloseTo(engine[1].metrics.roas!, 9);
    // The live decision column runs the same engine over the same sheets (the Geo test of the first stage included).
    expect(got.map((r) => r[2])).toEqual(engine.map((e) => e.decision));
    expect(new Set(engine.map((e) => e.decision)).size).toBeGreaterThan(1);
    // No point-estimate gate beside it that could disagree with the Decision column.
    const head = data.sheets.find((s) => s.name === 'Stages')!.values[0].map(String);
    expect(head).not.toContain('Gate (formula)');
    // The whole plan, Test markets included, is left of the output and formula columns.
    expect(head.indexOf('Test markets')).toBeLessThan(head.indexOf('Decision'));
  });

  it("follow Weekly's columns when they are reordered", () => {
    const { data } = template();
    const before = formulaColumns(data);
    // Revenue, Spend, Stage, … first: every column the formulas use moves.
    const width = data.sheets.find((s) => s.name === 'Weekly')!.values[0].length - 1; // the data columns; the formula column after
    const order = [8, 3, 1, 0, 2, 4, 5, 6, 7, ...Array.from({ length: width - 9 }, (_, i) => 9 + i)];
    const moved = reorderWeekly(data, order);
    const head = moved.sheets.find((s) => s.name === 'Weekly')!.values[0];
    expect(head.slice(0, 3)).toEqual(['Revenue', 'Spend', 'Stage']);
    expect(formulaColumns(moved)).toEqual(before);
    // Weekly's own ROAS column follows too: Revenue / Spend of each row.
    const weekly = computeFormulas(moved).filter((c) => c.sheet === 'Weekly' && c.col === width);
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
    expect(rule('Customer value')).toBe(rule('Revenue'));
    expect(rule('Test visitors')).toBe(rule('Spend'));
    for (const h of [
      'Week',
      'Spend',
      'Impressions',
      'Clicks',
      'Leads',
      'Conversions',
      'Revenue',
      'Control revenue',
      'New customers',
      'Customer value',
      'Test visitors',
      'Control visitors',
    ]) {
      expect(rule(h)).toMatch(/\[warn\]$/);
    }
  });
});
