/**
 * `npm test`'s first step (the `pretest` script): make sure the browser tests have a browser.
 * Installs Debian's chromium only when root with apt-get; otherwise leaves the decision to
 * vitest.config.ts, which skips the browser tests with one line.
 */
import { spawnSync } from 'node:child_process';
import { browserPlan, findChromium } from './find';

if (browserPlan().kind === 'install') {
  console.log("No Chromium or Chrome found: installing Debian's chromium (apt-get install chromium; LIFTGATE_NO_INSTALL=1 skips this)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  // A fresh machine may not have the package lists yet: update once, then try again.
  if (!apt('install', '-y', '-qq', 'chromium') && apt('update', '-qq')) apt('install', '-y', '-qq', 'chromium');
  console.log(findChromium() ? `Chromium installed: ${findChromium()}` : 'Installing chromium failed; the browser tests will be skipped.');
}
