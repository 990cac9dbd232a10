/**
 * The machine's Chromium (or Chrome) driven by playwright-core: never a browser download.
 * Launched with the flags a closed network needs and a fresh profile. Without one, vitest.config.ts
 * leaves these tests out with one line saying how to run them (tools/chromium/find.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium, SKIP_LINE } from '../../tools/chromium/find';

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(SKIP_LINE);
  return found;
}

export async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'liftgate-chromium-')), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
