/**
 * Who imports whom in src/ and tools/: every file's relative imports resolved to files, and its
 * bare imports as package names. Parsed with TypeScript's own pre-processor, so comments and
 * strings never count; type-only imports count too (a type is a dependency a reader follows).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Path from the repository root, with forward slashes. */
  readonly file: string;
  /** Files of the repository it imports (paths from the root). */
  readonly imports: readonly string[];
  /** npm packages it imports (`preact/hooks` → `preact`, `@stdlib/x/y` → `@stdlib/x`). */
  readonly packages: readonly string[];
}

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];

export function listFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts')) out.push(relative(root, p).split('\\').join('/'));
    }
  };
  if (existsSync(join(root, dir))) walk(join(root, dir));
  return out.sort();
}

function resolveRelative(root: string, from: string, spec: string): string | null {
  const base = resolve(root, dirname(from), spec);
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, 'index' + e))]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split('\\').join('/');
  }
  return null;
}

export const packageOf = (spec: string): string => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

export function importGraph(root: string, dirs: readonly string[]): SourceFile[] {
  return dirs.flatMap((dir) =>
    listFiles(root, dir).map((file) => {
      const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
      const imports: string[] = [];
      const packages: string[] = [];
      for (const { fileName: spec } of info.importedFiles) {
        if (spec.startsWith('.')) {
          const target = resolveRelative(root, file, spec);
          if (target) imports.push(target);
        } else if (!spec.startsWith('node:')) packages.push(packageOf(spec));
      }
      return { file, imports, packages };
    }),
  );
}
