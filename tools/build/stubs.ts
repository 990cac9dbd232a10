/**
 * Generates the top-level declarations Apps Script needs. esbuild drops comments and hides
 * functions inside its bundle, so Sheets would find no custom function in it: each registry
 * declaration becomes `function NAME(real, parameter, names)` with its `@customfunction` JSDoc,
 * forwarding to the bundle's single global namespace.
 */
import type { FunctionSpec, ParamSpec } from '../../src/registry/types';
import type { ServerFunction } from '../../src/api/serverApi';

export const NAMESPACE = 'LiftGate';

function jsdocType(p: ParamSpec): string {
  const base = p.kind === 'number' ? 'number' : p.kind === 'text' ? 'string' : p.kind === 'period' ? 'Date' : 'boolean';
  return p.shape === 'scalar' ? base : `${base}|Array<Array<${base}>>`;
}

function paramDoc(p: ParamSpec): string {
  const optional = p.default !== undefined ? (p.default === null ? ' Optional.' : ` Optional, default ${JSON.stringify(p.default)}.`) : '';
  return `@param {${jsdocType(p)}} ${p.name} ${p.description}${optional}`;
}

/** Wraps prose to JSDoc lines of about 100 characters. */
function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function comment(lines: string[]): string {
  return ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n');
}

/** `*\/` inside a description would end the comment early. */
function safe(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

export function customFunctionStub(spec: FunctionSpec): string {
  const names = spec.params.map((p) => p.name);
  const lines = [safe(spec.summary)];
  if (spec.details) lines.push('', ...wrap(safe(spec.details)));
  if (spec.headers) lines.push('', `Columns: ${spec.headers.join(', ')}.`);
  lines.push('');
  for (const p of spec.params) lines.push(...wrap(safe(paramDoc(p))));
  lines.push(`@return ${safe(spec.returns)}`, '@customfunction');
  return `${comment(lines)}\nfunction ${spec.name}(${names.join(', ')}) {\n  return ${NAMESPACE}.run(${JSON.stringify(spec.name)}, [${names.join(', ')}]);\n}\n`;
}

export function serverStub(fn: ServerFunction): string {
  const lines = [fn.doc, ...fn.params.map((p) => `@param {*} ${p}`)];
  return `${comment(lines)}\nfunction ${fn.name}(${fn.params.join(', ')}) {\n  return ${NAMESPACE}.server.${fn.name}(${fn.params.join(', ')});\n}\n`;
}
