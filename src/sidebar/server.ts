/**
 * The only way the sidebar talks to the add-on: google.script.run, wrapped in promises.
 * Apps Script passes plain JSON both ways; a server `throw` arrives at the failure handler.
 */
import type { ScheduleJson } from '../appsscript/schedule';
import type { SourcesJson } from '../appsscript/sources';
import { ENGLISH, type Translator } from '../i18n';

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

export function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new Error(tr.t('error.notConnected')));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(tr.t('error.noServerFunction', { name })));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** A message fit to show: Apps Script prefixes server errors with "Exception: ". */
export function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/^(Error|Exception):\s*/, '');
}

/** The hands-free loop's server functions (contract 2.10), one entry each. */
export const loopApi = {
  getSchedule: () => call<ScheduleJson>('getSchedule'),
  saveSchedule: (schedule: unknown) => call<ScheduleJson>('saveSchedule', schedule),
  readSources: (options: { dryRun: boolean }) => call<SourcesJson>('readSources', options),
};
