/**
 * The setup every browser test shared: one Chromium for the file (beforeAll / afterAll), and
 * per test a local preview on a free port with a page open on it. The preview servers are
 * closed with the browser after the file's tests, so a failing test leaves no port behind.
 */
import type { Server } from 'node:http';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startPreview, type PreviewOptions } from '../../tools/preview/server';
import { launch } from './chromium';

export interface OpenOptions extends Omit<PreviewOptions, 'port'> {
  /**
   * Also count the page's console errors, not only its uncaught exceptions. Off by default:
   * the files that never listened to the console keep doing so, so a harmless console message
   * (a resource the browser asks for on its own) cannot start failing their tests.
   */
  consoleErrors?: boolean;
  /** Wait for the grid (table[data-sheet]) after loading; on by default. Off for tests that never waited for it. */
  waitForGrid?: boolean;
  /** Set before the page loads (languages: the whole sidebar in one screenshot). */
  viewport?: { width: number; height: number };
}

export type PreviewPage = Awaited<ReturnType<typeof startPreview>> & {
  page: Page;
  sidebar: FrameLocator;
  /** The page's uncaught exceptions (and console errors with consoleErrors), in order. */
  errors: string[];
};

/**
 * Registers the file's browser lifecycle; call it once at the top of a test file. `servers`
 * is the list closed in afterAll: a test that starts a preview by itself pushes its server there.
 */
export function previewPages(): { open: (options?: OpenOptions) => Promise<PreviewPage>; servers: Server[] } {
  let browser: BrowserContext;
  const servers: Server[] = [];

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) s.close();
  });

  async function open(options: OpenOptions = {}): Promise<PreviewPage> {
    const { consoleErrors = false, waitForGrid = true, viewport, ...preview } = options;
    const started = await startPreview({ ...preview, port: 0 });
    servers.push(started.server);
    const page = await browser.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (consoleErrors) {
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
    }
    await page.goto(started.url);
    if (waitForGrid) await page.waitForSelector('table[data-sheet]');
    return { ...started, page, sidebar: page.frameLocator('#sidebar'), errors };
  }

  return { open, servers };
}
