/**
 * dist/Code.js holds rarely needed code as text compiled on first use (tools/build/lazyGroups.ts).
 * Each lazy group is called into here through the built bundle in node:vm, and must answer as
 * the same code does when imported directly; a load alone compiles none of them.
 */
import { describe, expect, it } from 'vitest';
import { runCustomFunction } from '../../src/appsscript/customFunctions';
import { LAZY_GROUPS } from '../../tools/build/lazyGroups';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { exampleDailyRows } from '../../tools/workbooks/dailyExport';
import { loadCode, readCode } from '../support/codeJs';
import { exportB64, type ImportResult } from '../support/imports';
import { load } from '../support/workbook';

type Bundle = Record<string, (...a: unknown[]) => unknown> & { LiftGate: { lazyModulesCompiled(): string[] } };

const column = (n: number, f: (t: number) => number) => Array.from({ length: n }, (_, t) => [f(t)]);
const copy = (t: readonly (readonly unknown[])[]) => t.map((r) => [...r]) as never;
const example = () =>
  load({
    sheets: [
      { name: 'Stages', values: copy(EXAMPLE_STAGES) },
      { name: 'Weekly', values: copy(EXAMPLE_WEEKLY) },
    ],
  });

/** A custom function through the bundle, checked against the same function imported from src/. */
function custom(name: string, args: unknown[]) {
  return () => {
    const gs = loadCode() as unknown as Bundle;
    const answer = gs[name](...args);
    expect(answer).toEqual(runCustomFunction(name, args));
    return { gs, again: () => expect(gs[name](...args)).toEqual(answer) };
  };
}

/** A server function over the Apps Script imitation; `check` reads its answer. */
function server(name: string, args: unknown[], check: (answer: unknown) => void) {
  return () => {
    const { gs } = example();
    check(gs[name](...args));
    return { gs: gs as unknown as Bundle, again: () => check(gs[name](...args)) };
  };
}

/** One call per group that needs it (and, where it matters, nothing heavier). */
const CALLS: Record<string, () => { gs: Bundle; again: () => void }> = {
  stdlib: custom('AB_PVALUE', [100, 1000, 130, 1000]),
  trimmedMatch: custom('IROAS_TRIMMED_MATCH', [
    [[1], [2], [3], [4], [5], [2.5]],
    [[1], [1.1], [0.9], [1.2], [1], [1.05]],
  ]),
  abTests: custom('AB_TEST', [100, 1000, 130, 1000]),
  geo: custom('IROAS_TBR', [column(20, (t) => 100 + 3 * t + (t >= 14 ? 25 : 0) + (t % 3)), column(20, (t) => 50 + 1.5 * t + (t % 2)), 5000, 14]),
  testDesign: custom('WEEKS_NEEDED', [[[3], [2.5], [2.8], [3.1]], [[100], [100], [100], [100]], 2.5]),
  workbook: custom('STAGE_DECISION', [copy(EXAMPLE_STAGES), copy(EXAMPLE_WEEKLY), undefined, new Date(Date.UTC(2025, 5, 30))]),
  sheets: server('evaluateStages', [], (r) =>
    expect((r as { stages: { decision: string }[] }).stages.map((s) => s.decision)).toEqual(['SCALE UP', 'NEED DATA', 'LOCKED']),
  ),
  dashboard: server('createDashboard', [], (r) => expect((r as { message: string }).message).toMatch(/Dashboard/)),
  import: server('importData', ['meta.csv', exportB64(exampleDailyRows()), {}], (r) => expect((r as ImportResult).format).toBe('Meta Ads Manager, English')),
};

describe('lazily compiled parts of dist/Code.js', () => {
  const code = readCode();

  it('loading compiles none of them, and a call that needs none compiles none', () => {
    const gs = loadCode() as unknown as Bundle;
    expect(gs.LiftGate.lazyModulesCompiled()).toEqual([]);
    expect(gs.ROAS(300, 100)).toBe(3);
    expect(gs.LiftGate.lazyModulesCompiled()).toEqual([]);
  });

  it('every group has a call here', () => {
    expect(Object.keys(CALLS).sort()).toEqual(LAZY_GROUPS.map((g) => g.name).sort());
  });

  it.each(LAZY_GROUPS.map((g) => [g.name] as const))('%s: names itself in stack traces (sourceURL)', (name) => {
    expect(code).toContain(`//# sourceURL=LiftGate/${name}.js`);
  });

  it.each(LAZY_GROUPS.map((g) => [g.name] as const))('%s: compiled on the first call that needs it, once, answering as the source does', (name) => {
    const { gs, again } = CALLS[name]();
    const compiled = gs.LiftGate.lazyModulesCompiled();
    expect(compiled).toContain(name);
    expect(new Set(compiled).size).toBe(compiled.length);
    again();
    expect(gs.LiftGate.lazyModulesCompiled()).toEqual(compiled);
  });
});
