/** `npm run evaluate`: the decision table (or JSON) of a workbook, in a terminal, then exit. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const run = (...args: string[]) =>
  execFileSync(process.execPath, [tsx, join(root, 'tools', 'preview', 'evaluate.ts'), ...args], { cwd: root, encoding: 'utf8' });
/** Exit code, stdout and stderr of a tool, without throwing on a non-zero exit. */
const status = (tool: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [tsx, join(root, 'tools', 'preview', tool), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PORT: '0' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run evaluate', () => {
  it('prints the decision table of the built-in example', () => {
    const out = run();
    expect(out).toMatch(/^Stage\s+Decision\s+Next budget\s+Reason/m);
    expect(out).toMatch(/^Test\s+SCALE UP\s+24,000\s/m);
    expect(out).toMatch(/^Scale\s+NEED DATA\s+40,000\s/m);
    expect(out).toMatch(/^Expand\s+LOCKED\s+0\s/m);
  });
  it('prints the JSON summary with --json', () => {
    const json = JSON.parse(run('--json'));
    expect(json.stages.map((s: { decision: string }) => s.decision)).toEqual(['SCALE UP', 'NEED DATA', 'LOCKED']);
  });
});

describe('command-line arguments (util.parseArgs)', () => {
  it.each(['evaluate.ts', 'server.ts'])('%s --help prints the usage and exits 0, doing nothing else', (tool) => {
    const r = status(tool, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: npm (run evaluate|start) -- \[--workbook PATH\]/);
    expect(r.out).toContain('--save PATH');
    expect(r.out).not.toMatch(/SCALE UP|LiftGate preview:/);
  });
  it.each(['evaluate.ts', 'server.ts'])('%s: a misspelt option is an error with exit code 2', (tool) => {
    const r = status(tool, '--workbok', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Unknown option '--workbok'/);
    expect(r.err).toContain('Usage:');
  });
  it.each(['evaluate.ts', 'server.ts'])('%s: --workbook without a path is an error with exit code 2', (tool) => {
    const r = status(tool, '--workbook');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--workbook <value>' argument missing/);
  });
  it('a stray word is an error too', () => {
    expect(status('evaluate.ts', 'workbook.xlsx').code).toBe(2);
  });
});

describe('files that cannot be read', () => {
  it('a corrupt .xlsx names the file and says why, in words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liftgate-bad-'));
    const file = join(dir, 'export.xlsx');
    writeFileSync(file, 'this is not a zip archive');
    const r = status('evaluate.ts', '--workbook', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Could not read ${file}: it is not a readable Excel workbook`);
    expect(r.err).not.toMatch(/Corrupted zip|End of data|at .*\.js:\d+/);
  });
});
