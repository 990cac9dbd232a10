/**
 * The bundle entry. esbuild wraps this module into one global namespace, `LiftGate`; the build
 * then appends a top-level `function NAME(...)` stub per custom function and per server
 * function (Apps Script only sees top-level declarations), each calling into it.
 * Nothing else here: logic lives in core/, registry/ and appsscript/.
 */
export { runCustomFunction as run } from './appsscript/customFunctions';
export { server } from './appsscript/server';
export { lazyModulesCompiled } from './appsscript/lazyModules';
