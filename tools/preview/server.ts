/**
 * `npm start`: the local preview on http://localhost:8080 (PORT overrides). The page shows
 * the workbook beside the built dist/Sidebar.html, whose google.script.run calls the built
 * dist/Code.js server functions in node:vm over the in-memory Apps Script imitation.
 *   npm start -- --workbook path   a folder of CSV files (one per sheet) or an .xlsx
 *   npm start -- --save path       where the Save endpoint (POST /api/save) writes it back
 *   npm start -- --locale nb_NO    the spreadsheet's locale: the template and sidebar in Norwegian (ru_RU, zh_CN…)
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chartsScript } from './dashboard/bundle';
import { PAGE, SHIM } from './page';
import { ensureBuilt, openSession, type Session } from './session';
import { saveWorkbook } from './workbookFiles';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** JSON with Dates marked, so the page can tell a date from a text. */
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}

async function body(req: import('node:http').IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : [];
}

export interface PreviewOptions {
  port?: number;
  workbook?: string;
  save?: string;
  log?: (s: string) => void;
  /** The spreadsheet's locale (en_US by default); nb_NO, ru_RU, zh_CN give the template and sidebar in that language. */
  locale?: string;
}

export async function startPreview(opts: PreviewOptions = {}): Promise<{ server: Server; url: string; session: Session }> {
  const log = opts.log ?? (() => undefined);
  await ensureBuilt(log);
  const session = await openSession(opts.workbook, opts.locale);
  const sidebar = () => readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8').replace('<head>', `<head>${SHIM}`);
  const server = createServer(async (req, res) => {
    const send = (status: number, type: string, text: string) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(text);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/') return send(200, 'text/html', PAGE);
      if (req.method === 'GET' && url.pathname === '/sidebar') return send(200, 'text/html', sidebar());
      if (req.method === 'GET' && url.pathname === '/dashboard-charts.js') return send(200, 'text/javascript', await chartsScript());
      if (req.method === 'GET' && url.pathname === '/favicon.ico') return send(204, 'image/x-icon', ''); // no console error for the browser's own request
      if (req.method === 'GET' && url.pathname === '/api/workbook') return send(200, 'application/json', encode(session.fake.snapshot()));
      const run = /^\/api\/run\/([A-Za-z]+)$/.exec(url.pathname);
      if (req.method === 'POST' && run) {
        const args = (await body(req)) as unknown[];
        try {
          return send(200, 'application/json', encode({ result: session.run(run[1], Array.isArray(args) ? args : []) ?? null }));
        } catch (e) {
          return send(200, 'application/json', JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
        }
      }
      if (req.method === 'POST' && url.pathname === '/api/save') {
        if (!opts.save) return send(400, 'application/json', JSON.stringify({ error: 'Start the preview with --save PATH to save.' }));
        await saveWorkbook(session.fake.snapshot(), opts.save);
        return send(200, 'application/json', JSON.stringify({ saved: opts.save }));
      }
      send(404, 'text/plain', 'Not found');
    } catch (e) {
      send(500, 'text/plain', e instanceof Error ? e.message : String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 8080, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return { server, url: `http://localhost:${port}/`, session };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  startPreview({ port: Number(process.env.PORT ?? 8080), workbook: arg('--workbook'), save: arg('--save'), locale: arg('--locale'), log: console.log }).then(
    ({ url }) => console.log(`LiftGate preview: ${url}  (Ctrl+C to stop)`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
