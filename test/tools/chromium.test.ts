/**
 * How `npm test` finds a browser (#26), with the machine stood in for: a Chromium/Chrome that is
 * there is used, one is installed only as root with apt-get, else the browser tests are skipped.
 */
import { describe, expect, it } from 'vitest';
import { browserPlan, findChromium, mayInstall, SKIP_LINE, type Lookup } from '../../tools/chromium/find';

function machine(o: { files?: string[]; commands?: Record<string, string>; uid?: number | null; env?: Record<string, string> } = {}): Lookup {
  return {
    env: o.env ?? {},
    exists: (p) => (o.files ?? []).includes(p),
    which: (n) => o.commands?.[n] ?? null,
    uid: () => (o.uid === undefined ? 1000 : o.uid),
  };
}

describe('finding a browser', () => {
  it("takes Debian's chromium, then Chrome, then one on the PATH", () => {
    expect(findChromium(machine({ files: ['/usr/bin/chromium', '/usr/bin/google-chrome'] }))).toBe('/usr/bin/chromium');
    expect(findChromium(machine({ files: ['/usr/bin/google-chrome-stable'] }))).toBe('/usr/bin/google-chrome-stable');
    expect(findChromium(machine({ commands: { 'chromium-browser': '/snap/bin/chromium-browser' } }))).toBe('/snap/bin/chromium-browser');
    expect(findChromium(machine())).toBeNull();
  });

  it('CHROMIUM_PATH wins, and a wrong one is not silently replaced', () => {
    expect(findChromium(machine({ files: ['/opt/c/chrome', '/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/c/chrome' } }))).toBe('/opt/c/chrome');
    expect(findChromium(machine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/nowhere' } }))).toBeNull();
  });
});

describe('what npm test does without one', () => {
  it('installs only as root with apt-get, unless told not to', () => {
    expect(browserPlan(machine({ uid: 0, commands: { 'apt-get': '/usr/bin/apt-get' } }))).toEqual({ kind: 'install' });
    expect(mayInstall(machine({ uid: 1000, commands: { 'apt-get': '/usr/bin/apt-get' } }))).toBe(false);
    expect(mayInstall(machine({ uid: 0 }))).toBe(false);
    expect(mayInstall(machine({ uid: null, commands: { 'apt-get': '/usr/bin/apt-get' } }))).toBe(false);
    expect(mayInstall(machine({ uid: 0, commands: { 'apt-get': '/usr/bin/apt-get' }, env: { LIFTGATE_NO_INSTALL: '1' } }))).toBe(false);
  });

  it('else skips, with one line that says how to run the browser tests', () => {
    expect(browserPlan(machine())).toEqual({ kind: 'skip' });
    expect(browserPlan(machine({ files: ['/usr/bin/chromium'], uid: 0 }))).toEqual({ kind: 'use', path: '/usr/bin/chromium' });
    expect(SKIP_LINE.split('\n')).toHaveLength(1);
    expect(SKIP_LINE).toMatch(/apt-get install chromium.*npm test/);
  });
});
