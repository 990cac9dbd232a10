/**
 * `npm run lint:deps`: every npm package the code imports is declared in package.json, and every
 * declared one is used — imported by src/, tools/ or test/, named by a config file, or run by a
 * script. An undeclared import works only while another package happens to pull it in; an unused
 * declaration costs every install.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importGraph } from './importGraph';

/** Packages used without an import: run as commands, or loaded by a tool by name. Each says why. */
const USED_WITHOUT_IMPORT: Readonly<Record<string, string>> = {
  '@google/clasp': '`npm run push` runs clasp',
  '@types/google-apps-script': 'the Apps Script globals the adapter is typed against (tsconfig types)',
  '@types/node': "Node's own modules in tools and tests",
  tsx: 'runs the tools (`npm run build`, `start`, `bench` …)',
  typescript: 'tsc type-checks in `npm test`; the literal scan parses with it',
  vitest: 'the test runner',
  eslint: '`npm run lint`',
  prettier: '`npm run lint` checks the formatting',
};

export interface DependencyProblems {
  readonly undeclared: readonly { package: string; file: string }[];
  readonly unused: readonly string[];
}

export function dependencyProblems(root: string): DependencyProblems {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
  const builtins = new Set(builtinModules);
  const files = importGraph(root, ['src', 'tools', 'test']);
  const configs = ['vitest.config.ts', 'eslint.config.js'].filter((f) => existsSync(join(root, f)));
  const configImports = importGraph(root, []).concat(
    configs.map((file) => ({
      file,
      imports: [],
      packages: [...readFileSync(join(root, file), 'utf8').matchAll(/from '([^'.][^']*)'/g)].map((m) =>
        m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0],
      ),
    })),
  );
  const used = new Set<string>();
  const undeclared: { package: string; file: string }[] = [];
  for (const f of [...files, ...configImports]) {
    for (const p of f.packages) {
      if (builtins.has(p)) continue;
      used.add(p);
      // A type package covers the import of its package (`@types/d3-array` for `d3-array`).
      if (!declared.has(p) && !undeclared.some((u) => u.package === p)) undeclared.push({ package: p, file: f.file });
    }
  }
  const unused = [...declared].filter((d) => {
    if (used.has(d) || d in USED_WITHOUT_IMPORT) return false;
    if (d.startsWith('@types/')) return !used.has(d.slice('@types/'.length));
    return true;
  });
  return { undeclared, unused: unused.sort() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { undeclared, unused } = dependencyProblems(root);
  for (const u of undeclared) console.log(`imported but not in package.json: ${u.package} (${u.file})`);
  for (const u of unused) console.log(`in package.json but never used: ${u}`);
  const n = undeclared.length + unused.length;
  console.log(n === 0 ? 'dependencies: every import declared, every declaration used' : `dependencies: ${n} problems`);
  process.exitCode = n === 0 ? 0 : 1;
}
