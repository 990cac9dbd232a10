/**
 * Loads the built dist/Code.js the way Apps Script's V8 does: one classic script in a fresh
 * global scope, with no Node APIs. Custom functions need no services (the locale lookup
 * falls back to the English reading when SpreadsheetApp is absent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { decodeFailure, type ServerFailure } from '../../src/api/serverError';

export const CODE_PATH = join(__dirname, '..', '..', 'dist', 'Code.js');

export function readCode(): string {
  return readFileSync(CODE_PATH, 'utf8');
}

export type Sheetsish = Record<string, (...args: unknown[]) => unknown>;

/** A fresh context per call: no state leaks between tests, as between Sheets executions. */
export function loadCode(globals: Record<string, unknown> = {}): Sheetsish {
  const ctx = vm.createContext({ ...globals });
  vm.runInContext(readCode(), ctx, { filename: 'Code.js' });
  return ctx as unknown as Sheetsish;
}

/**
 * Calls `fn` expecting a throw; returns the failure as the sidebar reads it — code, parameters
 * and the text a user sees (fails the test if nothing is thrown).
 */
export function failureOf(fn: () => unknown): ServerFailure {
  try {
    fn();
  } catch (e) {
    return decodeFailure((e as Error).message);
  }
  throw new Error('expected an error, but the call returned');
}

/** The text a user reads of a failed call (the code, if any, left aside). */
export function messageOf(fn: () => unknown): string {
  return failureOf(fn).text;
}
