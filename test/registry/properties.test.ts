/**
 * Every custom function under arbitrary input, through the built dist/Code.js as Sheets calls
 * it: any mix of numbers, blanks, words, text numbers in several locales, booleans, dates,
 * NaN, ±Infinity, huge and tiny values, single cells and ranges (ragged and mismatched too).
 * It returns cells of the documented kind (never NaN, Infinity, null or undefined), or throws
 * an Error naming the function and an argument — never an internal failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../src/registry';
import { loadCode } from '../support/codeJs';

const gs = loadCode();

const TEXT_NUMBERS = [
  '1 234,50 kr',
  'kr 1.234,50',
  '1,234.50',
  '12,5 %',
  '€1.000',
  '(300)',
  '1 234 ₽',
  '¥1,234',
  '１２３',
  '1,234',
  '1.234',
  '12%',
  '0.5',
  '3',
];
const WORDS = ['>=', '<=', 'GO', 'SCALE UP', 'STOP', 'abc', 'Video', '=SUM(A1)', '<img src=x>'];

const cell = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 3, arbitrary: fc.double({ noDefaultInfinity: false }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity, 0.5, 0.05, 0.95) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom(...TEXT_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

const rectangle = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
const ragged = fc.array(fc.array(cell, { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 4 });
const arg = fc.oneof(
  { weight: 5, arbitrary: cell },
  { weight: 4, arbitrary: rectangle },
  { weight: 1, arbitrary: ragged },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

function isCell(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function checkOutput(v: unknown): void {
  if (!Array.isArray(v)) {
    expect(isCell(v), `cell ${String(v)}`).toBe(true);
    return;
  }
  expect(v.length).toBeGreaterThan(0);
  const width = (v[0] as unknown[]).length;
  for (const row of v) {
    expect(Array.isArray(row)).toBe(true);
    expect((row as unknown[]).length).toBe(width);
    for (const x of row as unknown[]) expect(isCell(x), `cell ${String(x)}`).toBe(true);
  }
}

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))('%s under arbitrary input', (name, spec) => {
  it('returns documented cells or a clear error', () => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: spec.params.length, maxLength: spec.params.length }), (args) => {
        // NaN or ±Infinity given for a number is never turned into a silent blank or number.
        const nonFinite = (a: unknown): boolean => (Array.isArray(a) ? a.some(nonFinite) : typeof a === 'number' && !Number.isFinite(a));
        const mustThrow = spec.params.some((p, i) => p.kind === 'number' && nonFinite(args[i]));
        let out: unknown;
        let error: Error | null = null;
        try {
          out = gs[name](...args);
        } catch (e) {
          error = e as Error;
        }
        if (error) {
          const message = error.message;
          expect(typeof message).toBe('string');
          expect(message.startsWith(`${name}: `), message).toBe(true);
          expect(message, 'an internal failure leaked').not.toMatch(/could not compute|Cannot read|is not a function|is not defined|Maximum call stack/);
          expect(
            spec.params.some((p) => message.includes(` ${p.name} `) || message.includes(`: ${p.name} `)),
            message,
          ).toBe(true);
          return;
        }
        expect(mustThrow, 'a non-finite number was accepted').toBe(false);
        checkOutput(out);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});

describe('a NaN or ±Infinity among valid numbers is refused, never blanked', () => {
  const elementwise = FUNCTIONS.filter((f) => f.mode === 'elementwise');
  it.each(elementwise.map((f) => [f.name, f] as const))('%s', (name, spec) => {
    const numericEach = spec.params.map((p, i) => [p, i] as const).filter(([p]) => p.kind === 'number' && p.shape === 'each');
    fc.assert(
      fc.property(fc.nat(numericEach.length - 1), fc.nat(2), fc.constantFrom(NaN, Infinity, -Infinity), (which, row, bad) => {
        // Valid columns (the same small values everywhere keep conversions ≤ visitors), scalars left to their defaults.
        const args: unknown[] = spec.params.map((p) =>
          p.shape === 'scalar'
            ? undefined
            : p.kind === 'number'
              ? [[0.2], [0.3], [0.4]]
              : [[p.oneOf?.[0] ?? 'x'], [p.oneOf?.[0] ?? 'x'], [p.oneOf?.[0] ?? 'x']],
        );
        const [param, index] = numericEach[which];
        (args[index] as unknown[][])[row] = [bad];
        let message = '';
        try {
          gs[name](...args);
        } catch (e) {
          message = (e as Error).message;
        }
        expect(message).toBe(`${name}: ${param.name} row ${row + 1} col 1 is ${bad}, not a finite number`);
      }),
      { numRuns: 30, seed: 1 },
    );
  });
});
