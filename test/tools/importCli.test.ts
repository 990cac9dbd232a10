/** `npm run import`: an export into a workbook folder in the terminal; bad command lines exit 2. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STAGES, EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { dailyExportCsv, EXAMPLE_CAMPAIGNS, exampleDailyRows } from '../../tools/workbooks/dailyExport';

const root = join(__dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'tools', 'preview', 'import.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

function workbook(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'liftgate-cli-'));
  writeFileSync(join(dir, 'Stages.csv'), Papa.unparse(EXAMPLE_STAGES.map((r) => r.map(iso))));
  writeFileSync(join(dir, 'Weekly.csv'), Papa.unparse(EXAMPLE_WEEKLY.filter((r, i) => i === 0 || r[1] === 'Baseline').map((r) => r.map(iso))));
  writeFileSync(join(dir, 'Campaigns.csv'), Papa.unparse([['Campaign', 'Stage', 'Variant'], ...EXAMPLE_CAMPAIGNS]));
  const file = join(mkdtempSync(join(tmpdir(), 'liftgate-export-')), 'meta.csv');
  writeFileSync(file, dailyExportCsv(exampleDailyRows()));
  return { dir, file };
}

describe('npm run import', () => {
  it('--dry-run prints what would happen and writes nothing; then the import saves the workbook; again changes nothing', () => {
    const { dir, file } = workbook();
    const before = readFileSync(join(dir, 'Weekly.csv'), 'utf8');
    const dry = run('--workbook', dir, file, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^Meta Ads Manager, English: 84 rows read\. Would add 12 weekly rows, replace 0, skip 0\./m);
    expect(dry.stdout).toMatch(/^add\s+2025-01-06\s+Test\s+Carousel\s+2,510$/m);
    expect(readFileSync(join(dir, 'Weekly.csv'), 'utf8')).toBe(before);

    const real = run('-w', dir, file);
    expect(real.status).toBe(0);
    expect(real.stdout).toMatch(/Added 12 weekly rows/);
    const weekly = Papa.parse<string[]>(readFileSync(join(dir, 'Weekly.csv'), 'utf8'), { skipEmptyLines: true }).data;
    expect(weekly).toHaveLength(17);
    expect(weekly[0].at(-1)).toBe('Source');
    expect(weekly[5].slice(0, 4)).toEqual(['2025-01-06', 'Test', 'Carousel', '2510']);

    const again = run('--workbook', dir, file, '--json');
    expect(again.status).toBe(0);
    const json = JSON.parse(again.stdout);
    expect([json.adds.length, json.replaces.length, json.skips.length]).toEqual([0, 0, 12]);
  }, 180_000);

  it('reads an .xlsx export', () => {
    const { dir } = workbook();
    const r = run('--workbook', dir, join(root, 'test', 'fixtures', 'imports', 'meta-ads-en.xlsx'), '--dry-run', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.format).toBe('Meta Ads Manager, English');
    expect(json.unmappedCampaigns.map((u: { campaign: string }) => u.campaign)).toEqual(['Brand search']);
  }, 120_000);

  it('exits 1 with the reason when the export is refused', () => {
    const { dir } = workbook();
    const bad = join(mkdtempSync(join(tmpdir(), 'liftgate-bad-')), 'orders.csv');
    writeFileSync(bad, 'Order id,Customer,Total\n1,Ann,10\n');
    const r = run('--workbook', dir, bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/orders\.csv: LiftGate does not recognise this export\. Its header row seems to hold "Order id", "Customer", "Total"/);
  }, 120_000);

  it('--help prints the usage; unknown options, missing values and missing arguments exit 2', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run import -- --workbook PATH FILE \[--dry-run\] \[--json\]/);
    for (const [args, message] of [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--workbook'], /Option '-w, --workbook <value>' argument missing/],
      [['file.csv'], /Missing --workbook PATH/],
      [['--workbook', 'x'], /Missing FILE/],
      [['--workbook', 'x', 'a.csv', 'b.csv'], /One FILE at a time; got 2/],
    ] as [string[], RegExp][]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Usage: npm run import/);
    }
  }, 180_000);
});
