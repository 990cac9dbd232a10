/**
 * The four languages LiftGate speaks (docs/contract.md §5) and how a spreadsheet's locale picks one.
 * Pure: no Apps Script globals, so the core, the adapter and the sidebar share it.
 */
export const LANGUAGES = ['en', 'nb', 'ru', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, for the settings panel's picker. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  nb: 'Norsk (bokmål)',
  ru: 'Русский',
  'zh-Hans': '简体中文',
};

/**
 * A language code or a locale as Sheets and browsers write them ("nb_NO", "no", "nn-NO",
 * "ru_RU", "zh_CN", "zh-Hans", "zh-TW") → one of ours, or null when it is none of them.
 * Nynorsk users read bokmål far better than English, so "nn" counts as Norwegian too.
 */
export function asLanguage(value: unknown): Language | null {
  if (typeof value !== 'string') return null;
  const lang = value.trim().toLowerCase().split(/[-_]/)[0];
  if (lang === 'en') return 'en';
  if (lang === 'nb' || lang === 'no' || lang === 'nn') return 'nb';
  if (lang === 'ru') return 'ru';
  if (lang === 'zh') return 'zh-Hans';
  return null;
}

/** The default language of a document: from the spreadsheet's locale, else English. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return asLanguage(locale) ?? 'en';
}

/** "nb_NO" → "nb-NO", "no_NO" → "nb-NO" (Intl knows bokmål as nb), "" → the language's own. */
export function intlLocale(locale: string | undefined | null, language: Language): string {
  const tag = String(locale ?? '')
    .trim()
    .replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return language === 'zh-Hans' ? 'zh-CN' : language;
  return tag.replace(/^no(?=-|$)/i, 'nb');
}
