/**
 * An esbuild plugin that bundles the message catalogues as JSON text: `JSON.parse("…")` in
 * place of a 600-key object literal. Every custom-function call in Sheets compiles the whole
 * bundle; V8 skips over a string literal far faster than it parses an object literal, and
 * JSON.parse builds the object faster too (v8.dev/blog/cost-of-javascript-2019). English stays
 * an object built at load (every call may speak it); the others are still built on first use.
 * The catalogues are plain data (every value a string), so the bundle means the same.
 */
import { basename } from 'node:path';
import type { Plugin } from 'esbuild';

export function jsonCatalogues(): Plugin {
  return {
    name: 'json-catalogues',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]catalogues[\\/](en|nb|ru|zh-Hans)\.ts$/ }, async (args) => {
        const mod = (await import(args.path)) as Record<string, unknown>;
        const name = Object.keys(mod).find((k) => k !== 'default')!;
        const value = mod[name];
        const data = typeof value === 'function' ? (value as () => unknown)() : value;
        for (const v of Object.values(data as Record<string, unknown>))
          if (typeof v !== 'string') throw new Error(`${basename(args.path)}: a catalogue value that is not text`);
        const text = JSON.stringify(JSON.stringify(data));
        const contents = typeof value === 'function' ? `export const ${name} = () => JSON.parse(${text});` : `export const ${name} = JSON.parse(${text});`;
        return { contents, loader: 'js' };
      });
    },
  };
}
