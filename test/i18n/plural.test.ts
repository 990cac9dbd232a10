/** Plural categories: Intl.PluralRules and the written-out fallback agree, and Russian says 1 неделя, 2 недели, 5 недель. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import { fallbackPlural, pluralCategory } from '../../src/i18n/plural';

describe('plural categories', () => {
  it.each(LANGUAGES)('%s: the fallback gives what Intl.PluralRules gives, 0 to 1000 and some decimals', (language) => {
    const rules = new Intl.PluralRules(language);
    for (const n of [...Array.from({ length: 1001 }, (_, i) => i), 1.5, 2.5, 0.1, 21.5]) expect(fallbackPlural(language, n), `${n}`).toBe(rules.select(n));
  });

  it('Russian: one, few, many at 1, 2, 5, 21, 22, 25, 11, 12, 111', () => {
    const cases: [number, string][] = [
      [1, 'one'],
      [2, 'few'],
      [5, 'many'],
      [21, 'one'],
      [22, 'few'],
      [25, 'many'],
      [11, 'many'],
      [12, 'many'],
      [111, 'many'],
    ];
    for (const [n, cat] of cases) {
      expect(pluralCategory('ru', n)).toBe(cat);
      expect(fallbackPlural('ru', n)).toBe(cat);
    }
  });
});

describe('Russian weeks in a reason', () => {
  const expected: [number, string][] = [
    [1, '1 неделя'],
    [2, '2 недели'],
    [5, '5 недель'],
    [21, '21 неделя'],
    [22, '22 недели'],
    [25, '25 недель'],
  ];
  it.each([
    ['Intl', Intl],
    ['the fallback (no Intl)', null],
  ] as const)('with %s', (_name, intl) => {
    const tr = translator('ru', 'ru_RU', intl);
    for (const [n, words] of expected) expect(tr.t('criterion.weeksMet', { actual: n, bound: 'min', target: '4' })).toBe(`${words} (мин. 4)`);
    // After "из" the genitive: из 1 недели, из 2 недель, из 5 недель, из 21 недели.
    expect([1, 2, 5, 21, 22, 25].map((n) => tr.t('criterion.weeksShort', { actual: '0', target: n }))).toEqual([
      '0 из 1 недели',
      '0 из 2 недель',
      '0 из 5 недель',
      '0 из 21 недели',
      '0 из 22 недель',
      '0 из 25 недель',
    ]);
  });

  it('conversions and leads too', () => {
    const tr = translator('ru', 'ru_RU');
    expect([1, 2, 5, 21, 22, 25].map((n) => tr.t('criterion.conversionsMet', { actual: n, bound: 'min', target: '1' }).split(' (')[0])).toEqual([
      '1 конверсия',
      '2 конверсии',
      '5 конверсий',
      '21 конверсия',
      '22 конверсии',
      '25 конверсий',
    ]);
    expect([1, 2, 5].map((n) => tr.t('criterion.leadsMet', { actual: n, bound: 'min', target: '1' }).split(' (')[0])).toEqual(['1 лид', '2 лида', '5 лидов']);
  });

  it('English and Norwegian have one and other; Chinese has one form', () => {
    expect([1, 2].map((n) => translator('en').t('criterion.weeksMet', { actual: n, bound: 'min', target: '1' }))).toEqual([
      '1 week (min 1)',
      '2 weeks (min 1)',
    ]);
    expect([1, 2].map((n) => translator('nb').t('criterion.weeksMet', { actual: n, bound: 'max', target: '1' }))).toEqual([
      '1 uke (maks. 1)',
      '2 uker (maks. 1)',
    ]);
    expect([1, 2].map((n) => translator('zh-Hans').t('criterion.weeksMet', { actual: n, bound: 'min', target: '1' }))).toEqual([
      '1周（最少1周）',
      '2周（最少1周）',
    ]);
  });
});
