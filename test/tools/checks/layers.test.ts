import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyProblems } from '../../../tools/checks/dependencies';
import { importGraph } from '../../../tools/checks/importGraph';
import { layerProblems, roomOf } from '../../../tools/checks/layers';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'liftgate-layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const FLOORS = [['src/model'], ['src/stats'], ['src/plan']];

describe('the layers check', () => {
  it('accepts imports that go down', () => {
    const root = tree({
      'src/model/a.ts': 'export const a = 1;',
      'src/stats/b.ts': "import { a } from '../model/a';",
      'src/plan/c.ts': "import type { b } from '../stats/b';\nimport { a } from '../model/a';",
    });
    expect(layerProblems(importGraph(root, ['src']), FLOORS)).toEqual([]);
  });

  it('names an import that goes up, the room cycle it makes, and a file cycle inside a room', () => {
    const root = tree({
      'src/model/a.ts': "import { c } from '../plan/c';",
      'src/plan/c.ts': "import { a } from '../model/a';\nimport { d } from './d';",
      'src/plan/d.ts': "import { c } from './c';",
    });
    const problems = layerProblems(importGraph(root, ['src']), FLOORS);
    expect(problems.map((p) => p.kind).sort()).toEqual(['file cycle', 'room cycle', 'upward']);
    // a → c → a and c ⇄ d are one strongly connected set of files.
    expect(problems.find((p) => p.kind === 'file cycle')?.text).toBe('files import each other: src/model/a.ts ⇄ src/plan/c.ts ⇄ src/plan/d.ts');
    expect(problems.find((p) => p.kind === 'upward')?.text).toBe(
      'src/model/a.ts imports src/plan/c.ts: src/model may not depend on src/plan, a floor above it',
    );
  });

  it('gives a file outside every room no floor, so a new folder is placed on purpose', () => {
    const root = tree({ 'src/misc/x.ts': 'export {};' });
    expect(layerProblems(importGraph(root, ['src']), FLOORS)).toEqual([{ kind: 'no floor', text: 'src/misc/x.ts is in no room of tools/checks/layers.ts' }]);
    expect(roomOf('src/plan/c.ts', FLOORS)).toBe('src/plan');
  });
});

describe('the dependencies check', () => {
  it('finds an import that is not declared and a declaration that nothing uses', () => {
    const root = tree({
      'package.json': JSON.stringify({ devDependencies: { preact: '1', 'left-pad': '1', tsx: '1', '@types/d3-array': '1', 'd3-array': '1' } }),
      'src/a.ts':
        "import { h } from 'preact/hooks';\nimport { sum } from 'd3-array';\nimport fs from 'node:fs';\nimport betainc from '@stdlib/math-base-special-betainc/lib/main.js';",
    });
    expect(dependencyProblems(root)).toEqual({ undeclared: [{ package: '@stdlib/math-base-special-betainc', file: 'src/a.ts' }], unused: ['left-pad'] });
  });
});
