/**
 * `npx tsx tools/bench/row.ts SECTION…`: one section of `npm run bench`, printed, docs/benchmarks.md
 * untouched — to measure a change without the whole run (say the load average beside it).
 * Sections: cold, statistics, geo, evaluate, dashboard. Reads the built dist/Code.js.
 */
import os from 'node:os';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { benchColdStart } from './coldStart';
import { benchDashboard } from './dashboard';
import { benchEvaluateStages } from './evaluateStages';
import { benchGeo } from './geo';
import { benchStatistics } from './statistics';

const codePath = 'dist/Code.js';
const sections: Record<string, () => Promise<unknown> | unknown> = {
  cold: () => benchColdStart(codePath),
  statistics: () => benchStatistics(),
  geo: () => {
    const ctx = vm.createContext({});
    vm.runInContext(readFileSync(codePath, 'utf8'), ctx);
    return benchGeo(ctx as unknown as Record<string, (...a: unknown[]) => unknown>);
  },
  evaluate: () => benchEvaluateStages(codePath),
  dashboard: () => benchDashboard(codePath),
};
for (const name of process.argv.slice(2)) {
  const run = sections[name];
  if (!run) throw new Error(`no section ${name}; one of ${Object.keys(sections).join(', ')}`);
  const load = os.loadavg()[0].toFixed(2);
  console.log(`## ${name} (load average ${load} at the start)`);
  console.log(JSON.stringify(await run(), null, 1));
}
