import { configDefaults, defineConfig } from 'vitest/config';
import { findChromium, SKIP_LINE } from './tools/chromium/find.js';

// No browser on this machine (and none installed by `pretest`): skip only the browser tests, and say so once.
const chromium = findChromium();
if (!chromium && !process.env.VITEST_WORKER_ID) console.log(SKIP_LINE);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(chromium ? [] : ['test/browser/**'])],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests start Chromium; keep the 2-core CI machine from running too much at once.
    maxWorkers: 2,
  },
});
