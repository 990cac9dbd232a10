/**
 * Code compiled on first use. Every custom-function call in Sheets loads dist/Code.js afresh,
 * and V8 must at least preparse every function in it, while a string literal is only scanned.
 * So the build (tools/build/lazyModules.ts) holds rarely needed modules — geo's synthetic
 * control, Trimmed Match, imports, the dashboard, @stdlib's special functions, … — as the
 * source text of a CommonJS module, and the bundle compiles that text here the first time one
 * of its functions is called. Nothing in this file is written by hand per module: the build
 * generates the stubs that call it.
 */

/** Which lazy modules this execution has compiled, in order (tests and debugging read it). */
const compiled: string[] = [];

export function lazyModulesCompiled(): readonly string[] {
  return compiled.slice();
}

/**
 * Runs the lazy module `name` once and returns its `module.exports`. `shared` gives, by path,
 * the modules of the bundle the lazy code imports: each a function returning its exports, so
 * they are looked up only now (they are all initialised by then: the load has finished).
 * The text ends with a `//# sourceURL`, so stack traces and the debugger name
 * `LiftGate/<name>.js` instead of an anonymous function.
 */
export function compileLazyModule(name: string, source: string, shared: Readonly<Record<string, () => object>>): Record<string, unknown> {
  const imported: Record<string, object> = Object.create(null);
  const requireShared = (id: string): object => {
    if (!imported[id]) {
      const exportsOf = shared[id];
      if (!exportsOf) throw new Error(`LiftGate: the lazy module ${name} asks for ${id}, which the build did not give it`);
      // A module's exports are marked as an ES module, so the lazy code's default imports read
      // `.default`; a CommonJS package's function (betainc) is what `require` gives, as in Node.
      const value = exportsOf();
      imported[id] = typeof value === 'function' ? value : Object.defineProperty(value, '__esModule', { value: true });
    }
    return imported[id];
  };
  const module = { exports: {} as Record<string, unknown> };
  // Not eval: `new Function` compiles in the global scope, so the bundle's own functions are
  // not deoptimised by a scope that eval could change.
  new Function('module', 'exports', 'require', source)(module, module.exports, requireShared);
  compiled.push(name);
  return module.exports;
}
