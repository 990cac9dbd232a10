/**
 * `npx tsx tools/bench/evaluateOnly.ts [dist/Code.js ...]`: only evaluateStages() on the 100,000-
 * and 500,000-row workbooks (no formula sheet), for a quick before/after of an engine change.
 * With several bundles the runs alternate between them, so a busy shared machine slows each
 * alike; besides wall time it reports the process's CPU time per run, which waiting for a core
 * does not inflate.
 */
import { performance } from 'node:perf_hooks';
import { createAppsScriptFake, loadCodeJs } from '../apps-script-fake';
import { generateWorkbook } from '../workbooks/generate';
import { median } from './timing';

const paths = process.argv.length > 2 ? process.argv.slice(2) : ['dist/Code.js'];
for (const rows of [100_000, 500_000]) {
  const { stages, weekly } = generateWorkbook(rows);
  const wall = paths.map(() => [] as number[]);
  const cpu = paths.map(() => [] as number[]);
  for (let i = 0; i < (rows >= 500_000 ? 3 : 5); i++) {
    paths.forEach((codePath, k) => {
      const fake = createAppsScriptFake({
        sheets: [
          { name: 'Stages', values: stages.map((r) => r.slice()) },
          { name: 'Weekly', values: weekly },
        ],
      });
      const ctx = loadCodeJs(fake, codePath) as unknown as { evaluateStages: () => unknown };
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      ctx.evaluateStages();
      wall[k].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / 1000);
    });
  }
  paths.forEach((p, k) =>
    console.log(
      `${rows} rows ${p}: wall median ${median(wall[k]).toFixed(0)} ms, CPU median ${median(cpu[k]).toFixed(0)} ms (wall runs ${wall[k].map((x) => x.toFixed(0)).join(', ')})`,
    ),
  );
}
