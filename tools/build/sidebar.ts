/**
 * The sidebar app → one self-contained dist/Sidebar.html: HtmlService serves a single file,
 * and the page must work offline (no CDN), so the JS and CSS are inlined.
 */
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `</script` inside inlined code would end the script element early. */
const inlineSafe = (code: string) => code.replace(/<\/(script|style)/gi, '<\\/$1');

export async function buildSidebarHtml(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/sidebar/main.tsx')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    write: false,
    outdir: 'out',
    legalComments: 'none',
    // The catalogues' Cyrillic and Chinese as UTF-8, not \uXXXX escapes (3× smaller); the page is UTF-8.
    charset: 'utf8',
    logLevel: 'warning',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<base target="_top">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LiftGate</title>
<style>${inlineSafe(css)}</style>
</head>
<body>
<div id="app"></div>
<script>${inlineSafe(js)}</script>
</body>
</html>
`;
}

export async function buildSidebar(outFile: string): Promise<void> {
  writeFileSync(outFile, await buildSidebarHtml());
}
