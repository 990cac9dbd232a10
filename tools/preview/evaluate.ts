/**
 * `npm run evaluate -- [--workbook path] [--json] [--save path]`: evaluates a workbook (the
 * built-in example by default) through the built add-on, without a browser, and prints the
 * decision table or the JSON summary of evaluateStages().
 */
import { ensureBuilt, openSession } from './session';
import { saveWorkbook } from './workbookFiles';

interface Summary {
  stages: { stage: string; decision: string; nextBudget: number; reason: string }[];
  warnings: string[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function decisionTable(r: Summary): string {
  const rows = r.stages.map((s) => [s.stage, s.decision, s.nextBudget.toLocaleString('en'), s.reason]);
  const head = ['Stage', 'Decision', 'Next budget', 'Reason'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 3 ? c : c.padEnd(w[i]))).join('  ');
  return [line(head), line(w.map((n, i) => (i === 3 ? '-'.repeat(6) : '-'.repeat(n)))), ...rows.map(line), ...r.warnings.map((x) => `Note: ${x}`)].join('\n');
}

async function main(): Promise<void> {
  await ensureBuilt();
  const session = await openSession(arg('--workbook'));
  const result = session.run('evaluateStages', []) as Summary;
  console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 2) : decisionTable(result));
  const save = arg('--save');
  if (save) await saveWorkbook(session.fake.snapshot(), save);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
