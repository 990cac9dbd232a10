/**
 * The preview's editing requests (#26), apart from the server's own routes:
 *   POST /api/paste   { sheet, row, col, text }   a block (tab-separated or CSV) at a cell
 *   POST /api/rows    { sheet, row, count }       insert rows before `row` (count > 0) or delete (< 0)
 *   POST /api/new-plan                            empty Stages and Weekly with headers
 *   POST /api/undo, POST /api/redo
 * Each answers { ok: true, ... } or { error } (shown by the page, never a stack trace).
 */
import type { Session } from './session';

type Body = Record<string, unknown>;

const ROUTES: Readonly<Record<string, (s: Session, b: Body) => unknown>> = {
  '/api/paste': (s, b) => s.paste(String(b.sheet), Number(b.row), Number(b.col), String(b.text ?? '')),
  '/api/rows': (s, b) => s.rows(String(b.sheet), Number(b.row), Number(b.count)),
  '/api/new-plan': (s) => ({ sheets: s.newPlan() }),
  '/api/undo': (s) => ({ done: s.undo() }),
  '/api/redo': (s) => ({ done: s.redo() }),
};

export const isEditRoute = (method: string | undefined, path: string): boolean => method === 'POST' && path in ROUTES;

/** The JSON answer to one editing request. */
export function editAnswer(session: Session, path: string, body: unknown): string {
  try {
    const result = ROUTES[path](session, body && typeof body === 'object' ? (body as Body) : {});
    return JSON.stringify({ ok: true, ...(result && typeof result === 'object' ? result : {}) });
  } catch (e) {
    return JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
  }
}
