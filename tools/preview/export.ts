/**
 * `npm run export -- --workbook PATH --format robyn|meridian|csv [--evaluate] [--out FILE]`: the
 * workbook's Experiments sheet through the built add-on's exportExperiments — Robyn's
 * calibration_input, Meridian's ROI priors or the sheet as CSV — printed, or saved to FILE.
 * With --evaluate the workbook is evaluated first (in memory, not saved), so a plan that has
 * never been evaluated still gives its measured lifts.
 * Exit codes: 0 done, 1 refused (the message says why), 2 bad command line.
 */
import { writeFileSync } from 'node:fs';
import { failureText, parseCli } from './cli';
import { ensureBuilt, openSession } from './session';

const CLI = {
  usage: 'npm run export -- --workbook PATH --format robyn|meridian|csv [--evaluate] [--out FILE]',
  help: [
    "Exports the workbook's experiments ledger for a media-mix model.",
    '',
    '  --workbook PATH   a folder of CSV files (one per sheet) or an .xlsx',
    '  --format F        robyn (calibration_input), meridian (ROI priors: channel,mu,sigma) or csv (the sheet)',
    '  --evaluate        evaluate the workbook first (in memory), so the ledger is up to date',
    '  --out FILE        write the CSV there instead of printing it',
  ].join('\n'),
  options: { workbook: { type: 'string' }, format: { type: 'string' }, evaluate: { type: 'boolean' }, out: { type: 'string' } },
} as const;

async function main(): Promise<number> {
  const opts = parseCli(CLI);
  if (!opts.workbook || !opts.format) {
    process.stderr.write(`${opts.workbook ? 'Missing --format robyn|meridian|csv.' : 'Missing --workbook PATH.'}\n\nUsage: ${CLI.usage}\n`);
    return 2;
  }
  await ensureBuilt();
  const session = await openSession(opts.workbook, { progress: (s) => process.stderr.write(s) });
  try {
    if (opts.evaluate) session.run('evaluateStages', []);
    const r = session.run('exportExperiments', [opts.format]) as { fileName: string; csv: string; rows: number };
    if (opts.out) {
      writeFileSync(opts.out, r.csv);
      process.stderr.write(`${opts.out}: ${r.rows} rows.\n`);
    } else process.stdout.write(r.csv);
  } catch (e) {
    process.stderr.write(`${failureText(e)}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
