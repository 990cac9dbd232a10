/**
 * `npm run build`: dist/Code.js (the bundle + generated stubs), dist/Sidebar.html (the sidebar
 * app in one file) and dist/appsscript.json. Identifiers are never minified: Apps Script finds
 * functions by name and Sheets shows parameter names in autocomplete.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS } from '../../src/registry';
import { buildSidebar } from './sidebar';
import { SERVER_FUNCTIONS } from '../../src/api/serverApi';
import { jsonCatalogues } from './jsonCatalogues';
import { slimStdlib } from './slimStdlib';
import { NAMESPACE, customFunctionStub, serverStub } from './stubs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');

const HEADER = `/*
 * LiftGate for Google Sheets: stage-gated incremental marketing. Built file; do not edit.
 * Source: src/ (TypeScript). Bundles @stdlib (Apache-2.0, https://github.com/stdlib-js/stdlib).
 */
`;

export async function buildCode(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
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
    plugins: [slimStdlib(root), jsonCatalogues()],
  });
  const bundle = result.outputFiles[0].text;
  const stubs = [...FUNCTIONS.map(customFunctionStub), ...SERVER_FUNCTIONS.map(serverStub)].join('\n');
  return `${HEADER}${bundle}\n${stubs}`;
}

/** Builds everything into dist/; returns a one-line summary. */
export async function buildAll(): Promise<string> {
  mkdirSync(dist, { recursive: true });
  const code = await buildCode();
  writeFileSync(join(dist, 'Code.js'), code);
  await buildSidebar(join(dist, 'Sidebar.html'));
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const kb = (Buffer.byteLength(code) / 1024).toFixed(1);
  return `dist/Code.js ${kb} KB, ${FUNCTIONS.length} custom functions; dist/Sidebar.html ${(readFileSync(join(dist, 'Sidebar.html')).length / 1024).toFixed(1)} KB`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAll().then(console.log, (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
