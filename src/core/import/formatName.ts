/**
 * How an export's format is named to the user: the platform as it calls itself (brand names are
 * not translated), the interface language and the generic layout in the user's language (#26).
 * Each is an argument of a message (a brand's name, or a catalogue key), put in words where shown.
 */
import type { Arg } from '../model/message';
import type { MessageKey } from '../../i18n/catalogues/en';
import { say } from '../../i18n/render';
import type { Language, Platform } from './platforms';

const LANGUAGE_KEYS: Readonly<Record<Language, MessageKey>> = {
  en: 'import.languageEn',
  nb: 'import.languageNb',
  ru: 'import.languageRu',
  zh: 'import.languageZh',
};

type Words = Arg<MessageKey>;

export const exportLanguageName = (language: Language): Words => say(LANGUAGE_KEYS[language]);

export const platformName = (platform: Platform): Words => (platform.id === 'generic' ? say('import.genericFormat') : platform.name);

/** "Google Ads, norsk", "Meta Ads Manager, русский". */
export const formatName = (layout: { platform: Platform; language: Language }): Words => ({
  join: [platformName(layout.platform), exportLanguageName(layout.language)],
  by: ', ',
});

/** Every interface language an export may be in, for the message about an unknown file. */
export const exportLanguageNames = (): Words => ({ join: (Object.keys(LANGUAGE_KEYS) as Language[]).map(exportLanguageName), by: ', ' });
