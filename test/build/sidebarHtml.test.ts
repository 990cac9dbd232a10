/** dist/Sidebar.html is one self-contained file, as HtmlService serves it, working offline. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const html = readFileSync(join(__dirname, '..', '..', 'dist', 'Sidebar.html'), 'utf8');

describe('dist/Sidebar.html', () => {
  it('loads nothing from elsewhere: no external scripts, styles, fonts or images', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  });
  it('inlines the app and talks to the server only through google.script.run', () => {
    expect(html).toContain('<div id="app"></div>');
    expect(html).toContain('google');
    expect(html).not.toMatch(/fetch\(|XMLHttpRequest/);
  });
  it('the app never injects HTML: every string from the sheet is a Preact text node', () => {
    const dir = join(__dirname, '..', '..', 'src', 'sidebar');
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f));
    expect(files).toContain(join('charts', 'SmallChart.tsx'));
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
  });
});
