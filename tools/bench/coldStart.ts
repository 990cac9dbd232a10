/**
 * What every custom-function call pays in Sheets before it computes anything: parsing and
 * running dist/Code.js in a fresh global scope.
 *
 * Timed in a process of its own (coldStartChild.ts): inside the bench process, whose heap
 * holds HyperFormula and the generated workbooks, the same bundle measured 13–17 ms against
 * 8 ms alone. An Apps Script execution loads the bundle into an isolate that holds nothing else.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { runBenchChild } from './child';
import { median } from './timing';

/** Median ms of `runs` loads of `file` in fresh node:vm contexts, in this process. */
export function coldStartHere(file: string, runs = 15): { bytes: number; ms: number } {
  const code = readFileSync(file, 'utf8');
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = vm.createContext({});
    const t0 = performance.now();
    // A new Script each time: no code cache, as a cold Apps Script execution.
    new vm.Script(code, { filename: `Code${i}.js` }).runInContext(ctx);
    xs.push(performance.now() - t0);
  }
  return { bytes: Buffer.byteLength(code), ms: median(xs) };
}

/** coldStartHere in a fresh node process with nothing else loaded. */
export function benchColdStart(file: string, runs = 15): { bytes: number; ms: number } {
  return runBenchChild('coldStartChild.ts', [resolve(file), String(runs)]);
}
