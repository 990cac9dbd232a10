/**
 * The docs as a newcomer meets them (#25, #26): a README short enough to be a front door, and
 * no link in it or in docs/ that leads nowhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Relative targets of markdown links and images, without their #anchor. */
function links(page: string): string[] {
  const text = readFileSync(join(root, page), 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((t) => !/^(https?:|mailto:|#)/.test(t))
    .map((t) => t.split('#')[0]);
}

describe('the docs', () => {
  it('keep the README under 250 lines, with the two commands, a picture and the walkthrough', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThan(250);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
    expect(readme).toMatch(/!\[[^\]]+\]\(docs\/\w+\.png\)/);
    expect(readme).toMatch(/## Your own plan/);
    expect(readme).not.toMatch(/contract \d|a round ago/);
  });

  it.each(pages)('%s links only to files that exist', (page) => {
    // docs/benchmarks.md is written by `npm run bench` (engineer speed's #24 moves it there from BENCHMARKS.md).
    const missing = links(page).filter((t) => !existsSync(join(root, dirname(page), t)) && !t.endsWith('benchmarks.md'));
    expect(missing).toEqual([]);
  });
});
