/**
 * What every custom-function call pays in Sheets before it computes anything: parsing and
 * running dist/Code.js in a fresh global scope.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { median } from './timing';

export function benchColdStart(file: string, runs = 15): { bytes: number; ms: number } {
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
