/** `npm run import` (#20) writes back only the sheets the import changed: a hand-made Stages.csv keeps its bytes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_WEEKLY } from '../../src/core/plan/example';
import { dailyExportCsv, EXAMPLE_CAMPAIGNS, exampleDailyRows } from '../../tools/workbooks/dailyExport';

const root = join(__dirname, '..', '..');
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

describe('npm run import keeps what it does not change', () => {
  it('a hand-formatted Stages.csv (quotes, CRLF) is not rewritten; Weekly gets the rows, Variant "007" stays "007"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liftgate-keep-'));
    const stages = '"Stage","Budget","Min ROAS"\r\n"Test","20000","2.5"\r\n"Scale","40000","3"\r\n';
    writeFileSync(join(dir, 'Stages.csv'), stages);
    writeFileSync(join(dir, 'Weekly.csv'), Papa.unparse(EXAMPLE_WEEKLY.filter((r, i) => i === 0 || r[1] === 'Baseline').map((r) => r.map(iso))));
    writeFileSync(
      join(dir, 'Campaigns.csv'),
      Papa.unparse([['Campaign', 'Stage', 'Variant'], ...EXAMPLE_CAMPAIGNS.map(([c, s, v]) => [c, s, v === 'Video' ? '007' : v])]),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'liftgate-export-')), 'meta.csv');
    writeFileSync(file, dailyExportCsv(exampleDailyRows()));
    const run = () =>
      spawnSync(
        process.execPath,
        [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'tools', 'preview', 'import.ts'), '--workbook', dir, file, '--json'],
        { cwd: root, encoding: 'utf8' },
      );
    const first = run();
    expect(first.status).toBe(0);
    expect(readFileSync(join(dir, 'Stages.csv'), 'utf8')).toBe(stages);
    const weekly = Papa.parse<string[]>(readFileSync(join(dir, 'Weekly.csv'), 'utf8'), { skipEmptyLines: true }).data;
    expect(weekly.some((r) => r[2] === '007')).toBe(true);
    const again = JSON.parse(run().stdout);
    expect(again.adds).toEqual([]);
  }, 180_000);
});
