/**
 * `npm run build`: dist/Code.js (the bundle + generated stubs), dist/Sidebar.html (the sidebar
 * app in one file) and dist/appsscript.json. Identifiers are never minified: Apps Script finds
 * functions by name and Sheets shows parameter names in autocomplete.
 */
import type { BuildOptions } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS } from '../../src/registry';
import { buildSidebar } from './sidebar';
import { SERVER_FUNCTIONS } from '../../src/api/serverApi';
import { jsonCatalogues } from './jsonCatalogues';
import { LAZY_GROUPS } from './lazyGroups';
import { buildWithLazyModules } from './lazyModules';
import { slimStdlib } from './slimStdlib';
import { NAMESPACE, customFunctionStub, serverStub } from './stubs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');

const HEADER = `/*
 * LiftGate for Google Sheets: stage-gated incremental marketing. Built file; do not edit.
 * Source: src/ (TypeScript). Bundles @stdlib (Apache-2.0, https://github.com/stdlib-js/stdlib).
 */
`;

/** The bundle and stubs; `lazy` says which lazy groups the bundle holds as text, and their sizes. */
export async function buildCode(): Promise<{ code: string; lazy: string }> {
  const options: BuildOptions = {
    entryPoints: [join(root, 'src/main.ts')],
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    globalName: NAMESPACE,
    platform: 'neutral',
    mainFields: ['main', 'module'],
    target: 'es2020',
    write: false,
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  };
  const { code: bundle, report } = await buildWithLazyModules(root, options, LAZY_GROUPS, () => [slimStdlib(root), jsonCatalogues()]);
  const stubs = [...FUNCTIONS.map(customFunctionStub), ...SERVER_FUNCTIONS.map(serverStub)].join('\n');
  return { code: `${HEADER}${bundle}\n${stubs}`, lazy: report };
}

/** Builds everything into dist/; returns a one-line summary. */
export async function buildAll(): Promise<string> {
  mkdirSync(dist, { recursive: true });
  const { code, lazy } = await buildCode();
  writeFileSync(join(dist, 'Code.js'), code);
  await buildSidebar(join(dist, 'Sidebar.html'));
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const kb = (Buffer.byteLength(code) / 1024).toFixed(1);
  return `dist/Code.js ${kb} KB, ${FUNCTIONS.length} custom functions (compiled on first use: ${lazy}); dist/Sidebar.html ${(readFileSync(join(dist, 'Sidebar.html')).length / 1024).toFixed(1)} KB`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAll().then(console.log, (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
