/**
 * One preview workbook: the built dist/Code.js running in node:vm over the Apps Script
 * imitation, exactly the files that get pushed. Used by the preview server and the CLI.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppsScriptFake, loadCodeJs, type AppsScriptFake, type WorkbookData } from '../apps-script-fake';
import { buildAll } from '../build/build';
import { SERVER_FUNCTIONS } from '../build/serverFunctions';
import { loadWorkbook } from './workbookFiles';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newestMtime(dir: string): number {
  let t = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return t;
}

/** Builds when dist/ is missing or older than the sources. */
export async function ensureBuilt(log: (s: string) => void = () => undefined): Promise<void> {
  const code = join(root, 'dist', 'Code.js');
  const sidebar = join(root, 'dist', 'Sidebar.html');
  const stale = !existsSync(code) || !existsSync(sidebar) || statSync(code).mtimeMs < newestMtime(join(root, 'src'));
  if (stale) log(await buildAll());
}

export interface Session {
  fake: AppsScriptFake;
  run(name: string, args: unknown[]): unknown;
}

/** The server functions the sidebar may call; nothing else is reachable from the page. */
const CALLABLE = new Set(SERVER_FUNCTIONS.map((f) => f.name));

export async function openSession(workbookPath?: string, locale?: string): Promise<Session> {
  const data: WorkbookData = workbookPath ? await loadWorkbook(workbookPath) : { sheets: [] };
  if (locale) data.locale = locale;
  const fake = createAppsScriptFake(data);
  const gs = loadCodeJs(fake);
  // The built-in example is the very one createTemplate() writes.
  if (!workbookPath) gs.createTemplate();
  fake.calls.reset();
  return {
    fake,
    run(name, args) {
      if (!CALLABLE.has(name)) throw new Error(`No server function "${name}"`);
      return gs[name](...args);
    },
  };
}
