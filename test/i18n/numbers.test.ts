/** Numbers, percentages and dates as the spreadsheet's locale writes them, through Intl and through the fallback. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { intlLocale, languageFromLocale } from '../../src/i18n/languages';

const NBSP = '\u00a0';

describe('locale → language', () => {
  it.each([
    ['nb_NO', 'nb'],
    ['no_NO', 'nb'],
    ['nn_NO', 'nb'],
    ['ru_RU', 'ru'],
    ['zh_CN', 'zh-Hans'],
    ['zh_TW', 'zh-Hans'],
    ['en_US', 'en'],
    ['de_DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (locale, language) => expect(languageFromLocale(locale)).toBe(language));

  it('Sheets locales become BCP 47 tags', () => {
    expect(intlLocale('nb_NO', 'nb')).toBe('nb-NO');
    expect(intlLocale('no_NO', 'nb')).toBe('nb-NO');
    expect(intlLocale(undefined, 'zh-Hans')).toBe('zh-CN');
    expect(intlLocale('not a locale!', 'ru')).toBe('ru');
  });
});

describe.each([
  ['Intl', Intl],
  ['the fallback', null],
] as const)('formatted with %s', (_name, intl) => {
  const cases: [string, string, string, string][] = [
    // locale, 1234.5 with 2 decimals, 20000 as money, 2.1% (two decimals under 10%)
    ['en_US', '1,234.50', '20,000', '2.10%'],
    ['nb_NO', `1${NBSP}234,50`, `20${NBSP}000`, `2,10${NBSP}%`],
    ['ru_RU', `1${NBSP}234,50`, `20${NBSP}000`, `2,10${NBSP}%`],
    ['zh_CN', '1,234.50', '20,000', '2.10%'],
    ['de_DE', '1.234,50', '20.000', `2,10${NBSP}%`],
  ];
  it.each(cases)('%s', (locale, decimal, money, percent) => {
    const tr = translator(languageFromLocale(locale), locale, intl);
    // Intl writes some spaces as narrow no-break spaces (U+202F) in newer CLDR: accept both.
    const plain = (s: string) => s.replace(/\u202f/g, NBSP);
    expect(plain(tr.number(1234.5, 2))).toBe(decimal);
    expect(plain(tr.money(20000))).toBe(money);
    expect(plain(tr.value(0.021, 'percent'))).toBe(percent);
    expect(tr.value(-0.001, 'ratio')).toBe(tr.value(0, 'ratio')); // never "-0.00"
  });

  it("dates: the locale's own short form, ISO when no locale is known", () => {
    const d = new Date(Date.UTC(2025, 0, 6));
    expect(translator('en', undefined, intl).date(d)).toBe('2025-01-06');
    const nb = translator('nb', 'nb_NO', intl).date(d);
    if (!intl)
      expect(nb).toBe('2025-01-06'); // without Intl: the unambiguous ISO form
    else {
      expect(nb).toMatch(/^6\. jan/);
      expect(translator('zh-Hans', 'zh_CN', intl).date(d)).toBe('2025年1月6日');
      expect(translator('ru', 'ru_RU', intl).date(d)).toMatch(/^6 янв/);
    }
  });
});
