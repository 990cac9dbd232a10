/**
 * An esbuild plugin that keeps @stdlib's weight in dist/Code.js to its mathematics.
 * Every custom-function call in Sheets loads the whole bundle, so bytes are latency.
 * - @stdlib formats error messages and polyfills typed-array and property support for old
 *   engines; Apps Script's V8 has all of it, and our code never triggers those errors (the
 *   argument layer validates first), so those helper packages are replaced by one-liners.
 * - esbuild names every CommonJS module in the bundle by its file path
 *   ("node_modules/@stdlib/math-base-special-gammainc/lib/main.js"); with ~150 modules that is
 *   ~20 KB of names. Loading them under short ids ("s:17") keeps the code and drops the bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute } from 'node:path';
import type { Plugin } from 'esbuild';

const TRUE = 'module.exports = function () { return true; };';

const SHIMS: Record<string, string> = {
  '@stdlib/string-format': 'module.exports = function format(s) { return String(s); };',
  '@stdlib/error-tools-fmtprodmsg': 'module.exports = function fmtprodmsg(code) { return "stdlib error " + code; };',
  '@stdlib/utils-define-property': 'module.exports = Object.defineProperty;',
  '@stdlib/utils-native-class': 'module.exports = function nativeClass(x) { return Object.prototype.toString.call(x); };',
};
for (const feature of [
  'float64array',
  'float32array',
  'uint8array',
  'uint16array',
  'uint32array',
  'int8array',
  'int16array',
  'int32array',
  'uint8clampedarray',
  'symbol',
  'tostringtag',
  'generator',
]) {
  SHIMS[`@stdlib/assert-has-${feature}-support`] = TRUE;
}

export function slimStdlib(root: string): Plugin {
  return {
    name: 'slim-stdlib',
    setup(build) {
      const ids = new Map<string, string>();
      const files: string[] = [];
      const idFor = (file: string) => {
        let id = ids.get(file);
        if (!id) {
          id = String(files.length);
          ids.set(file, id);
          files.push(file);
        }
        return id;
      };
      build.onResolve({ filter: /^@stdlib\// }, (args) => {
        if (SHIMS[args.path]) return { path: args.path, namespace: 'shim' };
        const from = args.namespace === 's' ? files[Number(args.importer)] : isAbsolute(args.importer) ? args.importer : `${root}/package.json`;
        const file = createRequire(from).resolve(args.path);
        return { path: idFor(file), namespace: 's' };
      });
      // Relative requires inside @stdlib ("./main.js") resolve against the real file.
      build.onResolve({ filter: /^\./, namespace: 's' }, (args) => {
        const file = createRequire(files[Number(args.importer)]).resolve(args.path);
        return { path: idFor(file), namespace: 's' };
      });
      build.onLoad({ filter: /.*/, namespace: 'shim' }, (args) => ({ contents: SHIMS[args.path], loader: 'js' }));
      build.onLoad({ filter: /.*/, namespace: 's' }, (args) => {
        const file = files[Number(args.path)];
        return { contents: readFileSync(file, 'utf8'), loader: file.endsWith('.json') ? 'json' : 'js', resolveDir: dirname(file) };
      });
    },
  };
}
