/**
 * The preview server writes workbook folders, so only its own page may call it. Any web page open
 * in the same browser can send a POST to localhost (a "simple" cross-origin request needs no
 * permission), so every /api/ request must carry this run's token in a header — a header a
 * foreign page cannot add without a CORS preflight, which the server never grants — and, when
 * the browser says where it comes from (Origin, Sec-Fetch-Site), come from the preview itself.
 * The Host must be the preview's too, so a DNS-rebound name cannot reach it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-liftgate-token';

export function newToken(): string {
  return randomBytes(24).toString('hex');
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function hostOk(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(.+?)(?::(\d+))?$/.exec(host.toLowerCase());
  return !!m && LOCAL_HOSTS.has(m[1]) && Number(m[2] ?? 80) === port;
}

/** null when the request may go on; otherwise why it is refused. */
export function refuseRequest(req: IncomingMessage, token: string, port: number): string | null {
  if (!hostOk(req.headers.host, port)) return 'unknown host';
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let u: URL;
    try {
      u = new URL(origin);
    } catch {
      return 'bad origin';
    }
    if (!hostOk(u.host, port) || u.protocol !== 'http:') return 'cross-origin request';
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'cross-site request';
  const sent = req.headers[TOKEN_HEADER];
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  const want = Buffer.from(token);
  if (given.length !== want.length || !timingSafeEqual(given, want)) return 'missing or wrong token';
  return null;
}

/**
 * A script for the page and the sidebar: the run's token, sent with every same-origin /api/
 * request, so page code calls fetch as before.
 */
export function tokenScript(token: string): string {
  return `<script>(function(){var t=${JSON.stringify(token)},f=window.fetch.bind(window);window.fetch=function(u,o){var s=typeof u==='string'?u:(u&&u.url)||'';if(s.indexOf('/api/')===0||s.indexOf(location.origin+'/api/')===0){o=Object.assign({},o);var h=new Headers(o.headers||{});h.set(${JSON.stringify(TOKEN_HEADER)},t);o.headers=h;}return f(u,o);};})();</script>`;
}
