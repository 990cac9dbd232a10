/**
 * The only way the sidebar talks to the add-on: google.script.run, wrapped in promises and typed
 * by the one server declaration (src/api/serverApi.ts). A server `throw` arrives as a
 * `ServerCallError` carrying the code the server gave it, translated here in the sidebar's language.
 */
import type { ServerApi } from '../api/serverApi';
import { decodeFailure, withoutErrorPrefix } from '../api/serverError';
import { ENGLISH, type MessageKey, type Translator } from '../i18n';
import type { Params } from '../i18n/message';

/** The language of this file's own messages: the App sets it whenever the document's language is known. */
let tr: Translator = ENGLISH;
export function setClientTranslator(t: Translator): void {
  tr = t;
}
interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error | string) => void): ScriptRun;
  [server: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun } };
  }
}

/** A failed server call: `code` is the catalogue key of the problem when the server named one. */
export class ServerCallError extends Error {
  constructor(
    readonly code: MessageKey | null,
    readonly params: Params,
    message: string,
  ) {
    super(message);
    this.name = 'ServerCallError';
  }
}

function failure(error: Error | string): ServerCallError {
  const f = decodeFailure(error instanceof Error ? error.message : String(error));
  return new ServerCallError(f.code, f.params, f.code ? tr.t(f.code, f.params) : f.text);
}

export function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  type Result = ReturnType<ServerApi[K]>;
  return new Promise<Result>((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new ServerCallError('error.notConnected', {}, tr.t('error.notConnected')));
      return;
    }
    const runner = run.withSuccessHandler((value) => resolve(value as Result)).withFailureHandler((error) => reject(failure(error)));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerCallError('error.noServerFunction', { name }, tr.t('error.noServerFunction', { name })));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** Is this failure the one named by `code`? */
export const failedWith = (e: unknown, code: MessageKey): boolean => e instanceof ServerCallError && e.code === code;

/** A message fit to show: Apps Script prefixes server errors with "Exception: ". */
export function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return withoutErrorPrefix(text);
}
