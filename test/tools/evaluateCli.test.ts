/** `npm run evaluate`: the decision table (or JSON) of a workbook, in a terminal, then exit. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const run = (...args: string[]) => execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'tools', 'preview', 'evaluate.ts'), ...args], { cwd: root, encoding: 'utf8' });

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
