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
 * The spreadsheet's locale, looked up only when a text such as "1,234" needs it: custom
 * functions may read the spreadsheet without authorisation, but every service call costs time.
 */
function lazyLocale(): CallContext {
  let looked = false;
  let locale: string | undefined;
  let zoneLooked = false;
  let timeZone: string | undefined;
  let settings: Readonly<Record<string, unknown>> | undefined;
  return {
    /** STAGE_DECISION reads Date cells as the day they show in the spreadsheet's zone. */
    get timeZone() {
      if (!zoneLooked) {
        zoneLooked = true;
        try {
          timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || undefined;
        } catch {
          timeZone = undefined;
        }
      }
      return timeZone;
    },
    /**
     * The document's settings, as evaluateStages reads them: custom functions may read document
     * properties and the spreadsheet (read-only services, no authorisation). Outside Sheets: defaults.
     */
    get settings() {
      if (settings === undefined) {
        try {
          settings = { ...getSettings() };
        } catch {
          settings = {};
        }
      }
      return settings;
    },
    get locale() {
      if (!looked) {
        looked = true;
        try {
          locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale() || undefined;
        } catch {
          locale = undefined; // outside Sheets, or no spreadsheet: the English reading applies
        }
      }
      return locale;
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
