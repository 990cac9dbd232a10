/**
 * A plan result into words: each stage's reason and every warning rendered once, in the
 * document's language and the spreadsheet's formats. Called by the surfaces (the adapter, the
 * CLI, the preview, tests), never by the engine, which only says messages.
 */
import { translator, type Translator } from '../i18n';
import { asLanguage } from '../i18n/languages';
import { render } from '../i18n/render';
import type { PlanResult, PlanVerdict, Settings } from '../core/plan/types';

export function inWords<T extends PlanVerdict>(result: T, tr: Translator): Omit<T, 'stages' | 'warnings'> & PlanResult {
  return {
    ...result,
    stages: result.stages.map((s) => ({ ...s, reason: render(s.reason, tr) })),
    warnings: result.warnings.map((w) => render(w, tr)),
  };
}

/** The translator of a document: its language setting (English when unknown) and the spreadsheet's locale. */
export function documentTranslator(settings: Partial<Pick<Settings, 'language'>>, locale?: string): Translator {
  return translator(asLanguage(settings.language ?? 'en') ?? 'en', locale);
}
