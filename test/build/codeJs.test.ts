import { parse, type Comment } from 'acorn';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../src/registry';
import { SERVER_FUNCTIONS } from '../../src/api/serverApi';
import { loadCode, readCode } from '../support/codeJs';

const code = readCode();
const comments: Comment[] = [];
const program = parse(code, { ecmaVersion: 2020, sourceType: 'script', onComment: comments });

/** The block comment that ends right before a node (only whitespace between). */
function docBefore(start: number): string | null {
  const c = comments.filter((x) => x.type === 'Block' && x.end <= start).pop();
  if (!c || code.slice(c.end, start).trim() !== '') return null;
  return c.value;
}

const topFunctions = new Map<string, { params: string[]; doc: string | null }>();
const topVars: string[] = [];
for (const node of program.body) {
  if (node.type === 'FunctionDeclaration') {
    topFunctions.set(node.id!.name, {
      params: node.params.map((p) => (p.type === 'Identifier' ? p.name : '?')),
      doc: docBefore(node.start),
    });
  } else if (node.type === 'VariableDeclaration') {
    for (const d of node.declarations) topVars.push(d.id.type === 'Identifier' ? d.id.name : '?');
  }
}

describe('dist/Code.js as Apps Script sees it', () => {
  it('is a classic script: no import/export, no require, no Node globals', () => {
    expect(program.sourceType).toBe('script');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    // It runs in a bare context with nothing but the language itself.
    expect(() => loadCode()).not.toThrow();
  });

  it.each(FUNCTIONS.map((f) => [f.name, f] as const))('%s is a top-level declaration with its real parameter names and @customfunction JSDoc', (name, spec) => {
    const fn = topFunctions.get(name);
    expect(fn, `${name} is not a top-level function`).toBeDefined();
    expect(fn!.params).toEqual(spec.params.map((p) => p.name));
    const doc = fn!.doc ?? '';
    expect(doc).toContain('@customfunction');
    expect(doc).toContain(spec.summary.slice(0, 40));
    for (const p of spec.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p.name} \\S`));
    expect(doc).toMatch(/@return \S/);
  });

  it('declares every server function of the contract, without @customfunction', () => {
    for (const s of SERVER_FUNCTIONS) {
      const fn = topFunctions.get(s.name);
      expect(fn, s.name).toBeDefined();
      expect(fn!.params).toEqual(s.params);
      expect(fn!.doc ?? '').not.toContain('@customfunction');
    }
  });

  it('exposes nothing else that google.script.run could call', () => {
    const expected = new Set([...FUNCTIONS.map((f) => f.name), ...SERVER_FUNCTIONS.map((s) => s.name)]);
    expect([...topFunctions.keys()].filter((n) => !expected.has(n))).toEqual([]);
    expect(topVars).toEqual(['LiftGate']);
    const ctx = loadCode() as unknown as Record<string, unknown>;
    const callable = Object.keys(ctx).filter((k) => typeof ctx[k] === 'function');
    expect(callable.sort()).toEqual([...expected].sort());
    expect(typeof ctx.LiftGate).toBe('object');
  });

  it('keeps identifiers readable (not minified)', () => {
    expect(code).toContain('function relativeGap(');
    expect(code).toContain('runCustomFunction');
  });
});
