/**
 * evaluateStages() through the built dist/Code.js over the Apps Script imitation, on
 * 10,000 / 100,000 / 500,000 weekly rows, beside the floor (touching every input cell once)
 * and the hand-built formula sheet recalculated by HyperFormula.
 */
import { createAppsScriptFake, loadCodeJs } from '../apps-script-fake';
import { generateWorkbook } from '../workbooks/generate';
import { benchFormulaSheet } from './formulaSheet';
import { median, time } from './timing';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

// The floor: what any add-on must do — read both sheets through the services in one block each
// and look at every cell once — in the same sandbox over the same imitation.
const TOUCH = `(function () { var ss = SpreadsheetApp.getActiveSpreadsheet(), n = 0;
  ['Stages', 'Weekly'].forEach(function (name) {
    var v = ss.getSheetByName(name).getDataRange().getValues();
    for (var r = 0; r < v.length; r++) for (var c = 0; c < v[r].length; c++) if (v[r][c] !== '') n++;
  });
  return n; })`;

const cleanHeap = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export interface EvaluateBench {
  rows: number;
  ms: number;
  touchMs: number;
  /** The same touch as the first call in a fresh sandbox, as each evaluation runs (its code not yet compiled). */
  freshTouchMs: number;
  formulaMs: number | null;
  calls: number;
  callsByMethod: string;
  /** Calls of the next evaluation of the same workbook (the Decision log and Experiments sheets exist by then). */
  callsAgain: number;
}

export async function benchEvaluateStages(codePath: string, sizes = [10_000, 100_000, 500_000]): Promise<EvaluateBench[]> {
  const out: EvaluateBench[] = [];
  for (const rows of sizes) {
    const { stages, weekly } = generateWorkbook(rows);
    const runs = rows >= 500_000 ? 3 : 5;
    const xs: number[] = [];
    let calls = 0;
    let byMethod: Record<string, number> = {};
    let callsAgain = 0;
    for (let i = 0; i < runs; i++) {
      // A fresh workbook each run, so every run appends the same log rows to the same sheet.
      const fake = createAppsScriptFake({
        sheets: [
          { name: 'Stages', values: stages.map((r) => r.slice()) },
          { name: 'Weekly', values: weekly },
        ],
      });
      const ctx = loadCodeJs(fake, codePath) as unknown as { evaluateStages: () => unknown };
      fake.calls.reset();
      // Every Apps Script execution starts on a clean heap: the runs before leave their workbooks'
      // garbage to this one's collector otherwise (npm run bench runs node with --expose-gc).
      cleanHeap();
      const t0 = performance.now();
      ctx.evaluateStages();
      xs.push(performance.now() - t0);
      calls = fake.calls.total();
      byMethod = fake.calls.byMethod();
      if (i === 0) {
        fake.calls.reset();
        ctx.evaluateStages();
        callsAgain = fake.calls.total();
      }
    }
    // The floor (TOUCH), warm as the issue measured it, and as the first call of a fresh sandbox.
    const touchIn = () => {
      const fake = createAppsScriptFake({
        sheets: [
          { name: 'Stages', values: stages },
          { name: 'Weekly', values: weekly },
        ],
      });
      return vm.runInContext(TOUCH, loadCodeJs(fake, codePath)) as () => number;
    };
    const touch = touchIn();
    const touchMs = time(touch, runs);
    const fresh: number[] = [];
    for (let i = 0; i < runs; i++) {
      const first = touchIn();
      cleanHeap();
      const t0 = performance.now();
      first();
      fresh.push(performance.now() - t0);
    }
    let formulaMs: number | null = null;
    if (rows <= 100_000) {
      const f = benchFormulaSheet(stages, weekly);
      formulaMs = f.buildMs + f.recalcMs;
    }
    out.push({
      rows,
      ms: median(xs),
      touchMs,
      freshTouchMs: median(fresh),
      formulaMs,
      calls,
      callsAgain,
      callsByMethod: Object.entries(byMethod)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    });
  }
  return out;
}
