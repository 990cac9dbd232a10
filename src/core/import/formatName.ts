/**
 * How an export's format is named to the user: the platform as it calls itself (brand names are
 * not translated), the interface language and the generic layout in the user's language (#26).
 */
import type { MessageKey } from '../../i18n/catalogues/en';
import type { Translator } from '../../i18n';
import type { Language, Platform } from './platforms';

const LANGUAGE_KEYS: Readonly<Record<Language, MessageKey>> = {
  en: 'import.languageEn',
  nb: 'import.languageNb',
  ru: 'import.languageRu',
  zh: 'import.languageZh',
};

export const exportLanguageName = (language: Language, tr: Translator): string => tr.t(LANGUAGE_KEYS[language]);

export const platformName = (platform: Platform, tr: Translator): string => (platform.id === 'generic' ? tr.t('import.genericFormat') : platform.name);

/** "Google Ads, norsk", "Meta Ads Manager, русский". */
export const formatName = (layout: { platform: Platform; language: Language }, tr: Translator): string =>
  `${platformName(layout.platform, tr)}, ${exportLanguageName(layout.language, tr)}`;

/** Every interface language an export may be in, for the message about an unknown file. */
export const exportLanguageNames = (tr: Translator): string => (Object.keys(LANGUAGE_KEYS) as Language[]).map((l) => exportLanguageName(l, tr)).join(', ');
