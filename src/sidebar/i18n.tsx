/**
 * The sidebar's words: the translator of the document's language and locale, for every
 * component, and messages with elements inside them ("Next budget <strong>20 000</strong>")
 * without cutting a sentence into pieces whose order only English would keep.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type MessageKey, type Translator } from '../i18n';
import { asLanguage } from '../i18n/languages';

/** Before the settings arrive: the browser's language, which is usually the user's. */
export const initialTranslator = (): Translator => translator(asLanguage(typeof navigator === 'undefined' ? '' : navigator.language) ?? 'en');

export const I18n = createContext<Translator>(translator('en'));
export const useT = (): Translator => useContext(I18n);

const MARK = '\u0001';

/** A message whose placeholders may be elements: `rich(tr, 'card.spend', { spend: <b>…</b> })`. */
export function rich(tr: Translator, key: MessageKey, params: Record<string, string | number | ComponentChildren>): ComponentChildren[] {
  const nodes: ComponentChildren[] = [];
  const flat: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string' || typeof v === 'number') flat[k] = v;
    else {
      flat[k] = `${MARK}${nodes.length}${MARK}`;
      nodes.push(v);
    }
  }
  return tr
    .t(key, flat)
    .split(MARK)
    .map((part, i) => (i % 2 === 1 ? nodes[Number(part)] : part));
}
