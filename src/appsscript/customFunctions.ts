/**
 * Runs a custom function for Sheets. The top-level stubs in dist/Code.js call this with the
 * function's name and its arguments; everything else is the registry's argument layer.
 */
import { FUNCTIONS } from '../registry';
import { callFunction } from '../registry/args';
import { ArgumentError } from '../registry/errors';
import type { CallContext, FunctionSpec, OutValue } from '../registry/types';
import { getSettings } from './settings';

/** Without a prototype, so a name such as "constructor" finds no function. */
const BY_NAME: Record<string, FunctionSpec> = Object.create(null);
for (const spec of FUNCTIONS) BY_NAME[spec.name] = spec;

/**
 * A value looked up on first use only, and once: every service call costs a custom function time.
 * Outside Sheets (or without a spreadsheet) the lookup fails and `fallback` stands in.
 */
function once<T>(look: () => T, fallback: T): () => T {
  let done = false;
  let value = fallback;
  return () => {
    if (!done) {
      done = true;
      try {
        value = look();
      } catch {
        value = fallback;
      }
    }
    return value;
  };
}

/**
 * What a call may need of its spreadsheet, each looked up only when asked: the locale when a text
 * such as "1,234" needs it; the time zone and the document's settings for STAGE_DECISION (custom
 * functions may read the spreadsheet and document properties without authorisation).
 */
function lazyLocale(): CallContext {
  const locale = once(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale() || undefined, undefined);
  const timeZone = once(() => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || undefined, undefined);
  const settings = once<Readonly<Record<string, unknown>>>(() => ({ ...getSettings() }), {});
  return {
    get locale() {
      return locale();
    },
    get timeZone() {
      return timeZone();
    },
    get settings() {
      return settings();
    },
  };
}

export function runCustomFunction(name: string, args: readonly unknown[]): OutValue {
  const spec = BY_NAME[name];
  if (!spec) throw new Error(`LiftGate has no function ${name}`);
  try {
    return callFunction(spec, args, lazyLocale());
  } catch (e) {
    if (e instanceof ArgumentError) throw new Error(e.message);
    // Never a bare TypeError from inside: say which function failed and on what.
    throw new Error(`${name}: could not compute this (${e instanceof Error ? e.message : String(e)})`);
  }
}
