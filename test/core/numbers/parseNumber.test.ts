import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalSeparatorFor, parseNumber } from '../../../src/core/numbers/parseNumber';

describe('text numbers as exports write them', () => {
  it.each([
    ['1 234,50 kr', 1234.5],
    ['kr 1.234,50', 1234.5],
    ['$1,200.00', 1200],
    ['NOK 12 500', 12500],
    ['12%', 0.12],
    ['12,5 %', 0.125],
    ['(300)', -300],
    ['−300', -300],
    ['-$1,200', -1200],
    ['1 234 ₽', 1234],
    ['¥1,234', 1234],
    ['１２３', 123],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    ["1'234.50", 1234.5],
    ['1.5e3', 1500],
    ['R$ 1.234,56', 1234.56],
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['0,123', 0.123],
    ['(1 234,50 kr)', -1234.5],
  ])('%j → %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 10);
  });

  it.each(['abc', '12abc', '1.2.3,4,5', '12 34', '', '-', '1e400', '€', '1,2,34'])('%j is not a number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('the locale settles a single separator before three digits; the English reading otherwise', () => {
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1.234')).toBe(1.234);
    expect(parseNumber('€1.000')).toBe(1);
    expect(parseNumber('1,234', 'nb_NO')).toBe(1.234);
    expect(parseNumber('1.234', 'ru_RU')).toBe(1234);
    expect(parseNumber('€1.000', 'de_DE')).toBe(1000);
    expect(parseNumber('1,234', 'zh_CN')).toBe(1234);
    expect(parseNumber('1.234', 'en_US')).toBe(1.234);
  });

  it('knows the decimal separator of each locale we serve', () => {
    expect(['en_US', 'nb_NO', 'ru_RU', 'zh_CN', 'de_DE', 'en_GB', 'sv_SE'].map(decimalSeparatorFor)).toEqual(['.', ',', ',', '.', ',', '.', ',']);
    expect(decimalSeparatorFor(undefined)).toBe('.');
  });

  it('reads back any number formatted the way each locale writes it', () => {
    for (const locale of ['en-US', 'nb-NO', 'ru-RU', 'zh-CN', 'de-DE']) {
      fc.assert(
        fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(x);
          const back = parseNumber(text, locale.replace('-', '_'));
          expect(back).not.toBeNull();
          expect(Math.abs(back! - Math.round(x * 100) / 100)).toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(x));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('never throws and never returns NaN or Infinity, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,  %()-−+$€krNOK₽¥eE\u00a0\u202fa'.split('')), maxLength: 16 }), (text) => {
        const n = parseNumber(text);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the fast parser reads every text exactly as the parser before it', () => {
  it('agrees with the earlier parser on random export-like texts, in every locale we serve', async () => {
    const { parseNumber: before } = await import('./parseNumberBefore');
    const unit = fc.constantFrom(..."0123456789.,  %()-−+$€£krNOKUSDруб.₽¥元e\u00a0\u202f\u2009'１２,".split(''), 'R$', 'kr.', 'руб.', 'HK$', 'CHF', 'Kč');
    for (const locale of [undefined, 'en_US', 'nb_NO', 'ru_RU', 'zh_CN', 'de_DE']) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 14 }), (text) => {
          expect(parseNumber(text, locale)).toBe(before(text, locale));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('agrees with the earlier parser on grouped numbers with every separator pairing', async () => {
    const { parseNumber: before } = await import('./parseNumberBefore');
    const sep = fc.constantFrom(' ', '\u00a0', '\u202f', "'", '.', ',');
    const text = fc
      .tuple(
        fc.integer({ min: 0, max: 999 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 3 }),
        sep,
        sep,
        fc.option(fc.stringMatching(/^\d{1,4}$/)),
        fc.constantFrom('', ' kr', '%', '$'),
      )
      .map(
        ([head, groups, g, d, frac, tail]) =>
          `${tail === '$' ? '$' : ''}${head}${groups.map((x) => g + String(x).padStart(3, '0')).join('')}${frac === null ? '' : d + frac}${tail === '$' ? '' : tail}`,
      );
    for (const locale of [undefined, 'en_US', 'nb_NO']) {
      fc.assert(
        fc.property(text, (t) => {
          expect(parseNumber(t, locale)).toBe(before(t, locale));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('a separator resolved once per call gives the same reading as the locale', () => {
    let lookups = 0;
    const decimal = () => {
      lookups++;
      return decimalSeparatorFor('nb_NO');
    };
    expect(parseNumber('1,234', decimal)).toBe(1.234);
    expect(parseNumber('28,89 kr', decimal)).toBe(28.89);
    expect(lookups).toBe(1); // only the ambiguous text asked
  });
});
