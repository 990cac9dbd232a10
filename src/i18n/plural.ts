/**
 * CLDR plural categories: "1 неделя, 2 недели, 5 недель". Intl.PluralRules when the runtime
 * has the language's data (Apps Script's V8 does); otherwise the CLDR rules of our four
 * languages written out, so a runtime without ICU data still says "5 недель", not "5 недели".
 */
import type { Language } from './languages';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** CLDR 44 cardinal rules for en, nb, ru and zh (integers and decimals). */
export function fallbackPlural(language: Language, n: number): PluralCategory {
  const abs = Math.abs(n);
  const integer = Number.isInteger(abs);
  switch (language) {
    case 'en': // one: i = 1 and v = 0
      return abs === 1 ? 'one' : 'other';
    case 'nb': // one: n = 1
      return abs === 1 ? 'one' : 'other';
    case 'ru': {
      // one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14;
      // many: v = 0 and (i % 10 = 0 or 5..9 or i % 100 = 11..14); other: decimals
      if (!integer) return 'other';
      const d = abs % 10;
      const h = abs % 100;
      if (d === 1 && h !== 11) return 'one';
      if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 'few';
      return 'many';
    }
    case 'zh-Hans':
      return 'other';
  }
}

type Rules = { select(n: number): string } | null;
const cache = new Map<Language, Rules>();

/** The runtime's rules, or null when it lacks Intl or this language's data. */
function intlRules(language: Language, I: typeof Intl | null | undefined): Rules {
  if (!I) return null;
  if (I === (globalThis as { Intl?: typeof Intl }).Intl && cache.has(language)) return cache.get(language)!;
  let rules: Rules = null;
  try {
    if (typeof I.PluralRules === 'function') {
      const r = new I.PluralRules(language);
      // Without locale data Intl quietly answers with its default locale's rules: refuse that.
      if (r.resolvedOptions().locale.split('-')[0] === language.split('-')[0]) rules = r;
    }
  } catch {
    rules = null;
  }
  cache.set(language, rules);
  return rules;
}

/** @param intl the runtime's Intl (default), or null to use the written-out rules */
export function pluralCategory(language: Language, n: number, intl: typeof Intl | null = (globalThis as { Intl?: typeof Intl }).Intl ?? null): PluralCategory {
  const rules = intlRules(language, intl);
  return rules ? (rules.select(n) as PluralCategory) : fallbackPlural(language, n);
}
