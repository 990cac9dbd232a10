/**
 * The preview server (#20) answers its API only to its own page: a request from another origin,
 * or without this run's token, is refused and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview } from '../../tools/preview/server';

let preview: Awaited<ReturnType<typeof startPreview>>;
beforeAll(async () => {
  preview = await startPreview({ port: 0 });
}, 120_000);
afterAll(() => new Promise<void>((resolve) => preview.server.close(() => resolve())));

const call = (headers: Record<string, string>) =>
  fetch(`${preview.url}api/run/saveSettings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify([{ tolerance: 0.3 }]),
  });

describe('the preview server', () => {
  it('refuses a cross-origin POST, even with the token', async () => {
    const r = await call({ origin: 'http://evil.example', 'x-liftgate-token': preview.token });
    expect(r.status).toBe(403);
  });

  it('refuses a POST without the token (a form or fetch from any page)', async () => {
    expect((await call({})).status).toBe(403);
    expect((await call({ 'x-liftgate-token': 'guess' })).status).toBe(403);
    expect(preview.session.fake.documentProperties).toEqual({});
  });

  it('serves its own page with the token, and answers same-origin calls that carry it', async () => {
    const page = await (await fetch(preview.url)).text();
    expect(page).toContain(preview.token);
    const r = await call({ origin: preview.url.replace(/\/$/, ''), 'x-liftgate-token': preview.token });
    expect(r.status).toBe(200);
    expect((await r.json()).result.tolerance).toBe(0.3);
  });
});
