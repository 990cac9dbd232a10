/** Helpers for tests that run the built add-on over the Apps Script imitation. */
import { createAppsScriptFake, loadCodeJs, type AppsScriptFake, type Cell, type WorkbookData } from '../../tools/apps-script-fake';

export interface Loaded {
  fake: AppsScriptFake;
  gs: Record<string, (...a: unknown[]) => unknown>;
}

export function load(data?: WorkbookData): Loaded {
  const fake = createAppsScriptFake(data);
  return { fake, gs: loadCodeJs(fake) };
}

export function sheetValues(fake: AppsScriptFake, name: string): Cell[][] {
  const s = fake.snapshot().sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s.values;
}

/** Every cell of a sheet except the given 0-based columns, for "nothing else changed" checks. */
export function withoutColumns(rows: Cell[][], cols: number[]): Cell[][] {
  return rows.map((r) => r.filter((_, c) => !cols.includes(c)));
}

export { messageOf } from './codeJs';
