/** `npm run export`: a workbook folder's experiments ledger as Robyn, Meridian or CSV, through the built add-on. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const tool = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [tsx, join(root, 'tools', 'preview', name), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('npm run export', () => {
  it('exports the ledger of a workbook folder whose stages name their Channel', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liftgate-export-'));
    execFileSync(process.execPath, [tsx, join(root, 'tools', 'preview', 'evaluate.ts'), '--save', dir], { cwd: root, encoding: 'utf8' });
    // The Channel column a user adds to Stages: the model's media variable.
    const stages = readFileSync(join(dir, 'Stages.csv'), 'utf8').trimEnd().split(/\r?\n/);
    writeFileSync(join(dir, 'Stages.csv'), stages.map((l, i) => `${l},${i === 0 ? 'Channel' : 'facebook_S'}`).join('\n') + '\n');
    const robyn = tool('export.ts', '--workbook', dir, '--format', 'robyn', '--evaluate');
    expect(robyn.status).toBe(0);
    const [head, ...rows] = robyn.stdout.trim().split('\n');
    expect(head).toBe('channel,liftStartDate,liftEndDate,liftAbs,spend,confidence,metric,calibration_scope');
    expect(rows[0]).toMatch(/^facebook_S,2025-01-06,2025-02-02,5\d{4}(\.\d+)?,20000,0\.8,revenue,immediate$/);
    const out = join(dir, 'priors.csv');
    expect(tool('export.ts', '--workbook', dir, '--format', 'meridian', '--evaluate', '--out', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^channel,mu,sigma\nfacebook_S,-?\d/);
    const bad = tool('export.ts', '--workbook', dir, '--format', 'xml');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('exportExperiments: the format is "xml"; give robyn, meridian or csv.\n');
    expect(tool('export.ts', '--workbook', dir).status).toBe(2);
  }, 300_000);
});
