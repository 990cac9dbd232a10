/**
 * The preview page's own words (toolbar, status lines) in the document's language (#26): the
 * page is plain HTML, so the server hands it the catalogue's `preview.*` texts with the
 * workbook, and the page puts each one in its place (placeholders like `{file}` filled there).
 */
import { catalogue } from '../../src/i18n/catalogues';
import { asLanguage } from '../../src/i18n/languages';

const KEYS = [
  'subtitle',
  'save',
  'fire',
  'newPlan',
  'undo',
  'redo',
  'rowInsert',
  'rowDelete',
  'lastEmail',
  'noSheets',
  'savedTo',
  'downloaded',
  'notRun',
  'ranEmail',
  'ranNoEmail',
  'ariaEdit',
  'ariaCell',
  'ariaFx',
  'ariaGrid',
  'ariaTabs',
] as const;

export type PreviewLabels = Record<(typeof KEYS)[number], string> & { lang: string };

export function previewLabels(language: unknown): PreviewLabels {
  const lang = asLanguage(language) ?? 'en';
  const c = catalogue(lang);
  const out = { lang } as PreviewLabels;
  for (const k of KEYS) out[k] = c[`preview.${k}`];
  return out;
}
