/**
 * `npx tsx tools/bench/evaluateOnly.ts [dist/Code.js]`: only evaluateStages() on the 100,000- and
 * 500,000-row workbooks (no formula sheet), for a quick before/after of an engine change.
 */
import { performance } from 'node:perf_hooks';
import { createAppsScriptFake, loadCodeJs } from '../apps-script-fake';
import { generateWorkbook } from '../workbooks/generate';
import { median } from './timing';

const codePath = process.argv[2] ?? 'dist/Code.js';
for (const rows of [100_000, 500_000]) {
  const { stages, weekly } = generateWorkbook(rows);
  const xs: number[] = [];
  for (let i = 0; i < (rows >= 500_000 ? 5 : 7); i++) {
    const fake = createAppsScriptFake({ sheets: [{ name: 'Stages', values: stages.map((r) => r.slice()) }, { name: 'Weekly', values: weekly }] });
    const ctx = loadCodeJs(fake, codePath) as unknown as { evaluateStages: () => unknown };
    const t0 = performance.now();
    ctx.evaluateStages();
    xs.push(performance.now() - t0);
  }
  console.log(`${rows} rows: evaluateStages median ${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`);
}
