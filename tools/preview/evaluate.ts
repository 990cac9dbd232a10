/**
 * `npm run evaluate -- [--workbook path] [--json] [--save path]`: evaluates a workbook (the
 * built-in example by default) through the built add-on, without a browser, and prints the
 * decision table or the JSON summary of evaluateStages().
 */
import { failureText, parseCli } from './cli';
import { ensureBuilt, openSession } from './session';
import { saveWorkbook } from './workbookFiles';

interface Summary {
  stages: { stage: string; decision: string; nextBudget: number; reason: string }[];
  warnings: string[];
}

export function decisionTable(r: Summary): string {
  const rows = r.stages.map((s) => [s.stage, s.decision, s.nextBudget.toLocaleString('en'), s.reason]);
  const head = ['Stage', 'Decision', 'Next budget', 'Reason'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 3 ? c : c.padEnd(w[i]))).join('  ');
  return [line(head), line(w.map((n, i) => (i === 3 ? '-'.repeat(6) : '-'.repeat(n)))), ...rows.map(line), ...r.warnings.map((x) => `Note: ${x}`)].join('\n');
}

const CLI = {
  usage: 'npm run evaluate -- [--workbook PATH] [--json] [--save PATH]',
  help: [
    'Evaluates a workbook through the built add-on and prints the decisions.',
    '',
    '  --workbook PATH   a folder of CSV files (one per sheet) or an .xlsx; default: the built-in example',
    '  --json            print the JSON that evaluateStages() returns instead of the table',
    '  --save PATH       write the evaluated workbook there (a folder of CSV files, or a .xlsx)',
  ].join('\n'),
  options: { workbook: { type: 'string' }, json: { type: 'boolean' }, save: { type: 'string' } },
} as const;

async function main(): Promise<void> {
  const opts = parseCli(CLI);
  await ensureBuilt();
  const session = await openSession(opts.workbook, { progress: (s) => process.stderr.write(s) });
  const result = session.run('evaluateStages', []) as Summary;
  console.log(opts.json ? JSON.stringify(result, null, 2) : decisionTable(result));
  if (opts.save) await saveWorkbook(session.fake.snapshot(), opts.save);
}

main().catch((e) => {
  console.error(failureText(e));
  process.exit(1);
});
