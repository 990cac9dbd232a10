/**
 * All four catalogues, in the server bundle and in the sidebar, so switching is instant.
 * English is the reference; the others are built on first use (most custom-function calls
 * never need a word of them).
 */
import type { Language } from '../languages';
import { en, type Catalogue } from './en';
import { nb } from './nb';
import { ru } from './ru';
import { zhHans } from './zh-Hans';

const BUILD: Readonly<Record<Language, () => Catalogue>> = { en: () => en, nb, ru, 'zh-Hans': zhHans };
const built = new Map<Language, Catalogue>();

export function catalogue(language: Language): Catalogue {
  let c = built.get(language);
  if (!c) built.set(language, (c = BUILD[language]()));
  return c;
}
