/**
 * Where the browser tests get a browser (#26): a Chromium or Chrome already on the machine, else
 * Debian's `chromium` installed when we may (root, with apt-get), else only the browser tests are
 * skipped, with one line saying how to run them. Never a browser download (playwright-core only
 * drives what is installed). The machine is reached through `Lookup`, so tests can stand in for it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Lookup {
  readonly env: Readonly<Record<string, string | undefined>>;
  exists(path: string): boolean;
  /** The path `command -v name` gives, or null. */
  which(name: string): string | null;
  /** The effective user id (0 = root); null where there is none (Windows). */
  uid(): number | null;
}

/** Debian's, Ubuntu's and Google's packages, then macOS' app bundles. */
const PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export const systemLookup: Lookup = {
  env: process.env,
  exists: existsSync,
  which(name) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
    } catch {
      return null;
    }
  },
  uid: () => (typeof process.getuid === 'function' ? process.getuid() : null),
};

/** The browser to drive: `CHROMIUM_PATH` when it exists, else the first one found; null when none. */
export function findChromium(lookup: Lookup = systemLookup): string | null {
  const given = lookup.env.CHROMIUM_PATH;
  if (given) return lookup.exists(given) ? given : null;
  return PATHS.find((p) => lookup.exists(p)) ?? COMMANDS.map((c) => lookup.which(c)).find((p): p is string => Boolean(p)) ?? null;
}

/** Installing is ours to do only as root with apt-get, and not when the user said no (`LIFTGATE_NO_INSTALL=1`). */
export function mayInstall(lookup: Lookup = systemLookup): boolean {
  return lookup.uid() === 0 && lookup.which('apt-get') !== null && !lookup.env.LIFTGATE_NO_INSTALL;
}

export type BrowserPlan = { readonly kind: 'use'; readonly path: string } | { readonly kind: 'install' } | { readonly kind: 'skip' };

export function browserPlan(lookup: Lookup = systemLookup): BrowserPlan {
  const path = findChromium(lookup);
  if (path) return { kind: 'use', path };
  return mayInstall(lookup) ? { kind: 'install' } : { kind: 'skip' };
}

/** The one line `npm test` prints when it skips the browser tests. */
export const SKIP_LINE =
  'Browser tests skipped: no Chromium or Chrome found. Run them with `sudo apt-get install chromium` (or CHROMIUM_PATH=/path/to/chrome), then `npm test`.';
