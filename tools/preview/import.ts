/**
 * `npm run import -- --workbook PATH FILE [--dry-run] [--json]`: imports an ad-platform export
 * into a workbook on disk (a folder of CSV files, one per sheet, or an .xlsx) through the
 * built add-on over the Apps Script imitation — the same importData the sidebar calls —
 * and saves the workbook back unless it is a dry run. An .xlsx export is read with
 * read-excel-file and sent as rows, as the sidebar does.
 * Exit codes: 0 done, 1 the import was refused (the message says why), 2 bad command line.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { failureText } from './cli';
// The add-on, the build and the .xlsx reader are loaded only once the command line is good,
// so --help and usage errors answer at once.

const USAGE = `Usage: npm run import -- --workbook PATH FILE [--dry-run] [--json]

Imports FILE (an export of Google Ads, Microsoft Ads, Meta Ads Manager, TikTok Ads or
LinkedIn Campaign Manager, as CSV or .xlsx) into the Weekly sheet of the workbook at PATH
(a folder of CSV files, one per sheet, or an .xlsx), mapped to stages by its Campaigns sheet.

  --workbook, -w PATH  the workbook to import into (required); saved back after the import
  --dry-run, -n        show what would be added, replaced and skipped; write nothing
  --json               print importData's JSON answer instead of the table
  --help, -h           this text`;

interface Result {
  format: string;
  rowsRead: number;
  written: boolean;
  adds: { week: string; stage: string; variant: string; values: Record<string, number> }[];
  replaces: { week: string; stage: string; variant: string; values: Record<string, number>; before: Record<string, number>; row: number }[];
  skips: { week: string; stage: string; variant: string; reason: string; row: number }[];
  unmappedCampaigns: { campaign: string; rows: number; spend: number }[];
  problems: { line: number; message: string }[];
  problemCount: number;
  newCampaigns: string[];
  message: string;
}

class UsageError extends Error {}

function args(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        workbook: { type: 'string', short: 'w' },
        'dry-run': { type: 'boolean', short: 'n' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (!values.workbook) throw new UsageError('Missing --workbook PATH: the workbook to import into.');
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0 ? 'Missing FILE: the export to import.' : `One FILE at a time; got ${positionals.length}: ${positionals.join(', ')}.`,
    );
  return { workbook: values.workbook, file: positionals[0], dryRun: Boolean(values['dry-run']), json: Boolean(values.json) };
}

const fmt = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('en', { maximumFractionDigits: 2 }));

export function resultTable(r: Result, dryRun: boolean): string {
  const lines = [`${r.format}: ${r.rowsRead.toLocaleString('en')} rows read. ${r.message}`];
  const rows: string[][] = [
    ...r.adds.map((a) => [dryRun ? 'add' : 'added', a.week, a.stage, a.variant, fmt(a.values.spend)]),
    ...r.replaces.map((a) => [
      `${dryRun ? 'replace' : 'replaced'} row ${a.row}`,
      a.week,
      a.stage,
      a.variant,
      `${fmt(a.before.spend)} → ${fmt(a.values.spend)}`,
    ]),
    ...r.skips.map((a) => [`skip (${a.reason})`, a.week, a.stage, a.variant, '']),
  ];
  if (rows.length) {
    const head = ['What', 'Week', 'Stage', 'Variant', 'Spend'];
    const w = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i].length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(w[i]))
        .join('  ')
        .trimEnd();
    lines.push('', line(head), line(w.map((n) => '-'.repeat(n))), ...rows.map(line));
  }
  if (r.unmappedCampaigns.length) {
    lines.push('', 'Campaigns without a stage (fill in the Campaigns sheet):');
    for (const u of r.unmappedCampaigns) lines.push(`  ${u.campaign}  (${u.rows} rows, spend ${fmt(u.spend)})`);
  }
  if (r.problemCount) {
    lines.push('', `Lines that could not be read (${r.problemCount}):`);
    for (const p of r.problems) lines.push(`  line ${p.line}: ${p.message}`);
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = args(argv);
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!opts) {
    console.log(USAGE);
    return 0;
  }
  const { ensureBuilt, openSession } = await import('./session');
  const { saveWorkbook } = await import('./workbookFiles');
  const { readSheet } = await import('read-excel-file/node');
  const { toPayloadRows } = await import('../../src/core/import/payload');
  await ensureBuilt();
  const session = await openSession(opts.workbook);
  let payload: unknown;
  try {
    payload = extname(opts.file).toLowerCase() === '.xlsx' ? toPayloadRows(await readSheet(opts.file)) : readFileSync(opts.file).toString('base64');
  } catch (e) {
    console.error(`${opts.file} could not be read: ${(e as Error).message}`);
    return 1;
  }
  const before = new Map(session.fake.snapshot().sheets.map((sh) => [sh.name, JSON.stringify([sh.values, sh.formulas])]));
  let result: Result;
  try {
    result = session.run('importData', [basename(opts.file), payload, { dryRun: opts.dryRun }]) as Result;
  } catch (e) {
    console.error(failureText(e));
    return 1;
  }
  console.log(opts.json ? JSON.stringify(result, null, 2) : resultTable(result, opts.dryRun));
  if (result.written) {
    // Only the sheets the import changed are written back (a hand-made Stages.csv keeps its bytes).
    const after = session.fake.snapshot();
    const changed = after.sheets.filter((sh) => before.get(sh.name) !== JSON.stringify([sh.values, sh.formulas])).map((sh) => sh.name);
    await saveWorkbook(after, opts.workbook, changed);
    if (!opts.json) console.log(`\nSaved ${opts.workbook}.`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
