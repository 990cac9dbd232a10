import { createAppsScriptFake, loadCodeJs } from '../apps-script-fake';
import { generateWorkbook } from '../workbooks/generate';
const rows = Number(process.argv[2] ?? 100000);
const { stages, weekly } = generateWorkbook(rows);
for (let i = 0; i < Number(process.argv[3] ?? 1); i++) {
  const fake = createAppsScriptFake({ sheets: [ { name: 'Stages', values: stages.map((r) => r.slice()) }, { name: 'Weekly', values: weekly } ] });
  const ctx = loadCodeJs(fake, 'dist/Code.js') as unknown as { evaluateStages: () => unknown };
  const t0 = performance.now();
  ctx.evaluateStages();
  console.log(rows, (performance.now() - t0).toFixed(1), 'ms');
}
