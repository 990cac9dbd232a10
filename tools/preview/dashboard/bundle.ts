/** The preview's chart drawing (./drawCharts.ts) as one browser script, bundled once per server. */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: Promise<string> | null = null;

export function chartsScript(): Promise<string> {
  cached ??= build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'drawCharts.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    write: false,
    logLevel: 'warning',
  }).then((r) => r.outputFiles[0].text);
  return cached;
}
