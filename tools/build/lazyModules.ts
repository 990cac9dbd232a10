/**
 * Lazy modules: code that dist/Code.js holds as text and compiles on first use
 * (src/appsscript/lazyModules.ts says why). A group's entries are ordinary source modules that
 * export functions only; nothing in src/ changes for them. The build
 * 1. bundles the add-on with each entry replaced by a stub module: the same export names, each a
 *    function that compiles the group, rebinds every export of it to the real function (ES
 *    module bindings are live, so the bundle calls the real functions directly from then on)
 *    and forwards the call;
 * 2. bundles each group on its own as CommonJS, with every module already in the add-on's
 *    bundle (step 1) left outside as `require("src/…")`, so a module and its state exist once;
 * 3. bundles the add-on again with each group's text and the exports it requires.
 * A module that two groups would both copy is an error: make it an entry of one of them.
 */
import { build, type BuildOptions, type Metafile, type Plugin, type PluginBuild, type ResolveOptions } from 'esbuild';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LazyGroup {
  /** Names the text (`LiftGate/<name>.js` in stack traces). */
  readonly name: string;
  /** Source paths from the repository root, or package specifiers (`@stdlib/…/lib/main.js`). */
  readonly entries: readonly string[];
}

const STUB = 'lazy-stub';
const GROUP = 'lazy-group';
const ENTRY = 'lazy-entry';

interface Entry {
  readonly group: LazyGroup;
  readonly index: number;
  /** What src/ imports it by: a path (`src/…`) or a package specifier. */
  readonly spec: string;
  readonly exported: Exported;
}

interface GroupText {
  readonly source: string;
  /** Root-relative ids the text requires (modules of the add-on's bundle and other groups' entries). */
  readonly requires: readonly string[];
  readonly inputs: readonly string[];
}

const placeholder = (name: string) => `lazy module text: ${name}`;

const idOf = (root: string, abs: string) => relative(root, abs).split('\\').join('/');

/**
 * A lazy entry's exports, read by loading it here (the build runs under tsx). Functions become
 * stubs; text, number and boolean constants are copied into the stub (a value, so one copy is
 * as good as another). Objects and classes have an identity: they cannot wait, and the stub
 * leaves them out, so an eager import of one fails the build ("No matching export").
 */
interface Exported {
  readonly functions: readonly string[];
  readonly constants: Readonly<Record<string, string | number | boolean>>;
  readonly others: readonly string[];
}

async function exportsOf(root: string, spec: string, abs: string): Promise<Exported> {
  const mod = spec.startsWith('@')
    ? { default: createRequire(join(root, 'package.json'))(spec) }
    : ((await import(pathToFileURL(abs).href)) as Record<string, unknown>);
  const functions: string[] = [];
  const constants: Record<string, string | number | boolean> = {};
  const others: string[] = [];
  for (const [n, v] of Object.entries(mod)) {
    if (n === '__esModule' || n === 'module.exports') continue;
    if (typeof v === 'function' && !/^class\b/.test(Function.prototype.toString.call(v))) functions.push(n);
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') constants[n] = v;
    else others.push(n);
  }
  return { functions, constants, others };
}

/** Every runtime export name of an eager module the lazy code requires. */
async function exportNames(abs: string): Promise<string[]> {
  return Object.keys((await import(pathToFileURL(abs).href)) as object).filter((n) => n !== '__esModule' && n !== 'module.exports');
}

/** The absolute file an import names, as esbuild (or Node, for @stdlib) resolves it; null for virtual modules. */
async function resolved(
  b: PluginBuild,
  root: string,
  path: string,
  importer: string,
  resolveDir: string,
  kind: ResolveOptions['kind'],
): Promise<string | null> {
  if (path.startsWith('@stdlib/')) return createRequire(isAbsolute(importer) ? importer : join(root, 'package.json')).resolve(path);
  const r = await b.resolve(path, { importer, resolveDir, kind, pluginData: { lazyResolving: true } });
  return r.errors.length || r.external || r.namespace !== 'file' ? null : r.path;
}

function stubModule(entry: Entry): string {
  // A package's default export is named after the package: `@stdlib/math-base-special-betaln/…` → betaln.
  const packageName = entry.spec.startsWith('@') ? entry.spec.split('/')[1].split('-').pop()! : entry.group.name;
  const local = (n: string) => (n === 'default' ? packageName : n);
  const lines = [`import { loadGroup } from ${JSON.stringify(`${GROUP}:${entry.group.name}`)};`];
  // Anonymous, so that the call inside reaches the rebound outer binding, not the stub's own name.
  const { functions, constants } = entry.exported;
  for (const n of functions) lines.push(`let ${local(n)} = function () { bind(); return ${local(n)}.apply(this, arguments); };`);
  lines.push(`function bind() { const m = loadGroup().e${entry.index}; ${functions.map((n) => `${local(n)} = m.${n};`).join(' ')} }`);
  for (const [n, v] of Object.entries(constants)) lines.push(`const ${local(n)} = ${JSON.stringify(v)};`);
  const names = [...functions, ...Object.keys(constants)];
  lines.push(`export { ${names.map((n) => (n === 'default' ? `${local(n)} as default` : n)).join(', ')} };`);
  return lines.join('\n');
}

export async function buildWithLazyModules(
  root: string,
  options: BuildOptions,
  groups: readonly LazyGroup[],
  plugins: () => Plugin[],
): Promise<{ code: string; report: string; metafile: Metafile }> {
  const entries = new Map<string, Entry>();
  for (const group of groups)
    for (const [index, spec] of group.entries.entries()) {
      const abs = absOf(root, spec);
      entries.set(abs, { group, index, spec, exported: await exportsOf(root, spec, abs) });
    }
  const eagerNames = new Map<string, string[]>();
  const texts = new Map<string, GroupText>();

  const addOn = (withTexts: boolean): Plugin => ({
    name: 'lazy-modules',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.lazyResolving || args.kind === 'entry-point') return undefined;
        if (args.path.startsWith(`${GROUP}:`)) return { path: args.path.slice(GROUP.length + 1), namespace: GROUP };
        if (args.namespace !== 'file' && args.namespace !== GROUP) return undefined;
        const abs = await resolved(b, root, args.path, args.importer, args.resolveDir, args.kind);
        return abs && entries.has(abs) ? { path: abs, namespace: STUB } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: STUB }, (args) => ({ contents: stubModule(entries.get(args.path)!), loader: 'js', resolveDir: root }));
      b.onLoad({ filter: /.*/, namespace: GROUP }, (args) => {
        const text = texts.get(args.path);
        const lines = [`import { compileLazyModule } from ${JSON.stringify(join(root, 'src/appsscript/lazyModules.ts'))};`];
        const shared: string[] = [];
        for (const [i, id] of (withTexts && text ? text.requires : []).entries()) {
          const entry = entries.get(join(root, id));
          const names = eagerNames.get(id) ?? (entry ? [...entry.exported.functions, ...Object.keys(entry.exported.constants)] : []);
          lines.push(`import { ${names.map((n) => `${n === 'default' ? 'default' : n} as m${i}_${n}`).join(', ')} } from ${JSON.stringify(join(root, id))};`);
          // A package entry is CommonJS: `require` gives its function itself, not an object holding it.
          const value = entry?.spec.startsWith('@') ? `m${i}_default` : `({ ${names.map((n) => `${n}: m${i}_${n}`).join(', ')} })`;
          shared.push(`${JSON.stringify(id)}: () => ${value}`);
        }
        lines.push(`let loaded;`);
        lines.push(
          `export function loadGroup() { return loaded ??= compileLazyModule(${JSON.stringify(args.path)}, ${JSON.stringify(placeholder(args.path))}, { ${shared.join(', ')} }); }`,
        );
        return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
      });
    },
  });

  const first = await build({ ...options, metafile: true, plugins: [addOn(false), ...plugins()] });
  const eager = fileInputs(root, first.metafile!);
  for (const abs of eager) if (entries.has(abs)) throw new Error(`lazy module ${idOf(root, abs)} is also bundled eagerly`);

  // Each group on its own; what the add-on already holds stays outside. A module two groups would
  // both copy joins the add-on's bundle instead (with what it imports), and the groups are
  // bundled again: one copy of each module, so module state and classes exist once.
  const shared = new Set<string>();
  for (;;) {
    const owner = new Map<string, string>();
    const metas = new Map<string, Metafile>();
    texts.clear();
    for (const group of groups) {
      const { text, meta } = await bundleGroup(root, options, group, entries, eager, plugins);
      texts.set(group.name, text);
      metas.set(group.name, meta);
    }
    const twice = new Set<string>();
    for (const [name, text] of texts)
      for (const id of text.inputs) {
        const other = owner.get(id);
        if (other && other !== name) twice.add(id);
        owner.set(id, name);
      }
    if (!twice.size) break;
    for (const id of twice)
      for (const meta of metas.values())
        for (const dep of importsOf(meta, id, (k) => entries.has(join(root, k)))) {
          eager.add(join(root, dep));
          shared.add(dep);
        }
  }
  for (const [name, text] of texts)
    for (const id of text.requires) {
      const entry = entries.get(join(root, id));
      if (entry?.exported.others.length)
        throw new Error(
          `lazy module ${name} imports ${id}, an entry of ${entry.group.name} whose ${entry.exported.others.join(', ')} cannot wait: keep them in an eager module`,
        );
      if (!entry && !eagerNames.has(id)) eagerNames.set(id, await exportNames(join(root, id)));
    }

  const second = await build({ ...options, metafile: true, plugins: [addOn(true), ...plugins()] });
  const again = fileInputs(root, second.metafile!);
  const added = [...again].filter((a) => !eager.has(a) && a !== join(root, 'src/appsscript/lazyModules.ts'));
  const missing = [...eager].filter((a) => !again.has(a));
  if (missing.length) throw new Error(`modules lazy code requires are not in the bundle: ${missing.map((a) => idOf(root, a)).join(', ')}`);
  if (added.length) throw new Error(`lazy modules pulled ${added.map((a) => idOf(root, a)).join(', ')} into the bundle`);
  const report = `${groups.map((g) => `${g.name} ${(texts.get(g.name)!.source.length / 1024).toFixed(0)} KB`).join(', ')}; ${shared.size} modules used by two groups stay eager`;
  // The texts go in only now, as double-quoted literals: esbuild would print some as template
  // literals, which V8 scans slower (it must look for `${` and keep the raw text too).
  let code = second.outputFiles![0].text;
  for (const [name, text] of texts) {
    const mark = JSON.stringify(placeholder(name));
    if (code.split(mark).length !== 2) throw new Error(`lazy module ${name}: its place in the bundle was not found once`);
    code = code.replace(mark, () => JSON.stringify(text.source));
  }
  return { code, report, metafile: second.metafile! };
}

/** `id` and every module it imports inside one group's bundle (externals and lazy entries left out). */
function importsOf(meta: Metafile, id: string, isEntry: (id: string) => boolean): string[] {
  if (!meta.inputs[id]) return [];
  const out = new Set<string>();
  const walk = (k: string) => {
    // A lazy entry stays lazy: the bundle reaches it through its stub.
    if (out.has(k) || !meta.inputs[k] || /^[a-z-]+:/.test(k) || isEntry(k)) return;
    out.add(k);
    for (const i of meta.inputs[k].imports) if (!i.external) walk(i.path);
  };
  walk(id);
  return [...out];
}

/** One group as CommonJS text: its entries and what only they import, everything eager left as `require`. */
async function bundleGroup(
  root: string,
  options: BuildOptions,
  group: LazyGroup,
  entries: ReadonlyMap<string, Entry>,
  eager: ReadonlySet<string>,
  plugins: () => Plugin[],
): Promise<{ text: GroupText; meta: Metafile }> {
  const requires = new Set<string>();
  const own = new Set(group.entries.map((s) => absOf(root, s)));
  const outside: Plugin = {
    name: 'lazy-outside',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.lazyResolving) return undefined;
        if (args.kind === 'entry-point') return { path: group.name, namespace: ENTRY };
        // @stdlib's own files ('s') and shims stay with slimStdlib.
        if (args.namespace !== 'file' && args.namespace !== ENTRY) return undefined;
        const abs = await resolved(b, root, args.path, args.importer, args.resolveDir, args.kind);
        if (!abs || own.has(abs) || !(eager.has(abs) || entries.has(abs))) return undefined;
        requires.add(idOf(root, abs));
        return { path: idOf(root, abs), external: true };
      });
      b.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({
        contents: group.entries.map((s, i) => `export * as e${i} from ${JSON.stringify(s.startsWith('@') ? s : join(root, s))};`).join('\n'),
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
  const r = await build({
    ...options,
    entryPoints: [`${ENTRY}:${group.name}`],
    format: 'cjs',
    globalName: undefined,
    metafile: true,
    plugins: [outside, ...plugins()],
  });
  const inputs = [...fileInputs(root, r.metafile!)].map((a) => idOf(root, a));
  const source = `${r.outputFiles![0].text}//# sourceURL=LiftGate/${group.name}.js\n`;
  return { text: { source, requires: [...requires].sort(), inputs }, meta: r.metafile! };
}

const absOf = (root: string, spec: string) => (spec.startsWith('@') ? createRequire(join(root, 'package.json')).resolve(spec) : join(root, spec));

/** The real files a build bundled, as absolute paths (virtual modules left out). */
function fileInputs(root: string, meta: Metafile): Set<string> {
  return new Set(
    Object.keys(meta.inputs)
      .filter((k) => !/^[a-z-]+:/.test(k))
      .map((k) => join(root, k)),
  );
}
