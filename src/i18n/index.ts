/**
 * The translator: a language's catalogue plus the spreadsheet locale's number and date
 * formats. Everything a user reads goes through one of these; the core, the adapter and the
 * sidebar each make one from the document's language and locale.
 */
import type { Decision } from '../core/model/decisions';
import type { ValueFormat } from '../core/model/message';
import { catalogue } from './catalogues';
import { en } from './catalogues/en';
import type { MessageKey } from './catalogues/en';
import { intlLocale, type Language } from './languages';
import { formatMessage, type Params } from './message';
import { numberFormatter, type NumberFormatter } from './numbers';
import { pluralCategory } from './plural';

export type { Language } from './languages';
export type { MessageKey } from './catalogues/en';

export type { ValueFormat } from '../core/model/message';

export interface Translator {
  readonly language: Language;
  /** The BCP 47 locale numbers and dates are written in ("nb-NO"). */
  readonly locale: string;
  t(key: MessageKey, params?: Params): string;
  /** The decision as people read it in this language ("SKALER OPP"); the code stays English elsewhere. */
  decision(d: Decision): string;
  /** A list joined the language's way: "A, B and C", "A、B 和 C". */
  list(items: readonly string[]): string;
  number(n: number, decimals: number): string;
  /** A share as a percentage: 0.95 → "95%", "95 %". */
  percent(share: number, decimals: number): string;
  money(n: number): string;
  value(n: number, format: ValueFormat): string;
  date(d: Date): string;
  time(d: Date): string;
  /** "6 Jan", "6. jan.", "6 янв.", "1月6日": a week on a chart's axis. */
  dayMonth(d: Date): string;
  /** 12K, 12k, 12 тыс., 1.2万: a number on a chart's axis. */
  compact(n: number): string;
}

/** The catalogue key of a decision's word in the language (`decision.SCALE_UP`). */
export const decisionKey = (d: Decision): MessageKey => `decision.${d.replace(' ', '_')}` as MessageKey;

/**
 * @param language the document's language
 * @param locale the spreadsheet's locale ("nb_NO"); numbers follow it, not the language, so a
 *   German-locale sheet read in English still shows 1.234,50
 * @param intl the runtime's Intl (tests pass null to exercise the fallback)
 */
export function translator(
  language: Language,
  locale?: string | null,
  intl: typeof Intl | null = (globalThis as { Intl?: typeof Intl }).Intl ?? null,
): Translator {
  const messages = catalogue(language);
  const tag = intlLocale(locale, language);
  const nf: NumberFormatter = numberFormatter(tag, intl);
  // 34.97 conversions read "35", not "35.0": the decimal shows only when it survives rounding.
  const count = (n: number) => {
    const shown = Math.round(n * 10) / 10;
    return nf.fixed(shown, Number.isInteger(shown) ? 0 : 1);
  };
  const ctx = { language, number: count, plural: (n: number) => pluralCategory(language, n, intl) };
  const t = (key: MessageKey, params: Params = {}) => formatMessage(messages[key] ?? en[key] ?? key, params, ctx);
  const money = (n: number) => nf.fixed(n, Math.abs(n) >= 100 || Number.isInteger(n) ? 0 : 2);
  return {
    language,
    locale: tag,
    t,
    decision: (d) => t(decisionKey(d)),
    list: (items) => {
      if (items.length <= 1) return items.join('');
      if (items.length === 2) return t('text.and', { first: items[0], second: items[1] });
      return t('text.list', { first: items[0], rest: translatorList(t, items.slice(1)) });
    },
    number: (n, d) => nf.fixed(n, d),
    percent: (s, d) => nf.percent(s, d),
    money,
    value: (n, format) => {
      switch (format) {
        case 'ratio':
          return nf.fixed(n, 2);
        case 'percent':
          return nf.percent(n, Math.abs(n) < 0.1 ? 2 : 1);
        case 'count':
          return count(n);
        case 'money':
          return money(n);
      }
    },
    // Without a known locale, the unambiguous ISO form (2025-03-03).
    date: (d) => (locale ? nf.date(d) : d.toISOString().slice(0, 10)),
    time: (d) => nf.time(d),
    dayMonth: (d) => nf.dayMonth(d),
    compact: (n) => nf.compact(n),
  };
}

function translatorList(t: (k: MessageKey, p?: Params) => string, items: readonly string[]): string {
  if (items.length === 2) return t('text.and', { first: items[0], second: items[1] });
  return t('text.list', { first: items[0], rest: translatorList(t, items.slice(1)) });
}

/** English with no locale: what the core says when nobody asked for a language. */
export const ENGLISH = translator('en');
