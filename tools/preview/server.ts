/**
 * `npm start`: the local preview on http://localhost:8080 (PORT overrides). The page shows
 * the workbook as a small spreadsheet (cells editable, formulas computed by HyperFormula with
 * LiftGate's own functions) beside the built dist/Sidebar.html, whose google.script.run calls
 * the built dist/Code.js server functions in node:vm over the in-memory Apps Script imitation.
 *   npm start -- --workbook path   a folder of CSV files (one per sheet) or an .xlsx
 *   npm start -- --save path       where Save writes it back; without it, Save downloads an .xlsx
 *   npm start -- --locale nb_NO    the spreadsheet's locale: the template and sidebar in Norwegian (ru_RU, zh_CN…)
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chartsScript } from './dashboard/bundle';
import { parseCli } from './cli';
import { PAGE, SHIM } from './page';
import { ensureBuilt, openSession, type Session } from './session';
import { saveWorkbook, workbookXlsx } from './workbookFiles';
import { editAnswer, isEditRoute } from './editRoutes';
import { EDIT_SCRIPT } from './editScript';
import { newToken, refuseRequest, tokenScript } from './requestGuard';

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

export async function startPreview(opts: PreviewOptions = {}): Promise<{ server: Server; url: string; session: Session; token: string }> {
  const log = opts.log ?? (() => undefined);
  await ensureBuilt(log);
  const session = await openSession(opts.workbook, { locale: opts.locale });
  // A token per run: only pages this server served can call its API (./requestGuard.ts).
  const token = newToken();
  let boundPort = opts.port ?? 8080;
  const page = PAGE.replace('<head>', `<head>${tokenScript(token)}`);
  const sidebar = () => readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8').replace('<head>', `<head>${tokenScript(token)}${SHIM}`);
  const server = createServer(async (req, res) => {
    const send = (status: number, type: string, text: string) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(text);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith('/api/')) {
        const refused = refuseRequest(req, token, boundPort);
        if (refused) return send(403, 'text/plain', `Forbidden: ${refused}`);
      }
      if (req.method === 'GET' && url.pathname === '/') return send(200, 'text/html', page);
      if (req.method === 'GET' && url.pathname === '/sidebar') return send(200, 'text/html', sidebar());
      if (req.method === 'GET' && url.pathname === '/dashboard-charts.js') return send(200, 'text/javascript', await chartsScript());
      if (req.method === 'GET' && url.pathname === '/favicon.ico') return send(204, 'image/x-icon', ''); // no console error for the browser's own request
      if (req.method === 'GET' && url.pathname === '/api/workbook') return send(200, 'application/json', encode(session.view()));
      if (req.method === 'POST' && url.pathname === '/api/cell') {
        // A user typed into a cell: typed as the CSV reader types it, formulas recomputed.
        const { sheet, row, col, text } = (await body(req)) as { sheet: string; row: number; col: number; text: string };
        try {
          session.edit(String(sheet), Number(row), Number(col), String(text ?? ''));
          return send(200, 'application/json', JSON.stringify({ ok: true }));
        } catch (e) {
          return send(200, 'application/json', JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
        }
      }
      // The schedule's trigger fired by hand, and the last e-mail it sent or would have sent.
      if (req.method === 'POST' && url.pathname === '/api/schedule/fire') {
        try {
          return send(200, 'application/json', encode({ result: session.fireSchedule() ?? null }));
        } catch (e) {
          return send(200, 'application/json', JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
        }
      }
      if (req.method === 'GET' && url.pathname === '/api/email') return send(200, 'application/json', JSON.stringify(session.lastEmail()));
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
        if (!opts.save) {
          // No --save path: the browser downloads the workbook as an .xlsx.
          const bytes = await workbookXlsx(session.fake.snapshot());
          res.writeHead(200, {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'content-disposition': 'attachment; filename="LiftGate workbook.xlsx"',
            'cache-control': 'no-store',
          });
          return res.end(bytes);
        }
        await saveWorkbook(session.fake.snapshot(), opts.save);
        return send(200, 'application/json', JSON.stringify({ saved: opts.save }));
      }
      // Building one's own plan: paste, rows, New plan, undo/redo (./editRoutes.ts, ./editScript.ts).
      if (isEditRoute(req.method, url.pathname)) return send(200, 'application/json', editAnswer(session, url.pathname, await body(req)));
      if (req.method === 'GET' && url.pathname === '/preview-edit.js') return send(200, 'text/javascript', EDIT_SCRIPT);
      send(404, 'text/plain', 'Not found');
    } catch (e) {
      send(500, 'text/plain', e instanceof Error ? e.message : String(e));
    }
  });
  const port = opts.port ?? 8080;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${port} is in use; set PORT (for example PORT=${port + 1} npm start)`) : e),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  boundPort = bound;
  return { server, url: `http://localhost:${bound}/`, session, token };
}

const CLI = {
  usage: 'npm start -- [--workbook PATH] [--save PATH] [--locale LOCALE]',
  help: [
    'Serves the local preview on http://localhost:8080 (the PORT variable overrides the port).',
    '',
    '  --workbook PATH   a folder of CSV files (one per sheet) or an .xlsx; default: the built-in example',
    '  --save PATH       where Save writes the workbook (a folder of CSV files, or a .xlsx);',
    '                    without it, Save downloads an .xlsx in the browser',
    "  --locale LOCALE   the spreadsheet's locale (nb_NO, ru_RU, zh_CN…): template and sidebar in its language",
  ].join('\n'),
  options: { workbook: { type: 'string' }, save: { type: 'string' }, locale: { type: 'string' } },
} as const;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const opts = parseCli(CLI);
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 8080 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0–65535); got "${process.env.PORT}"`);
    process.exit(2);
  }
  startPreview({ port, workbook: opts.workbook, save: opts.save, locale: opts.locale, log: (s) => console.log(s) }).then(
    ({ url }) => console.log(`LiftGate preview: ${url}  (Ctrl+C to stop)`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
