/** Counts as a reader expects them (#26): "35 conversions", never "35.0 conversions". */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';

describe('a count in a sentence', () => {
  const en = translator('en', 'en_US');
  it('drops a decimal that rounding makes zero', () => {
    expect(en.value(34.97, 'count')).toBe('35');
    expect(en.t('criterion.conversionsMet', { actual: 34.97, bound: 'min', target: 30 })).toBe('35 conversions (min 30)');
  });
  it('keeps a decimal that is there', () => {
    expect(en.value(34.5, 'count')).toBe('34.5');
    expect(translator('nb', 'nb_NO').value(34.5, 'count')).toBe('34,5');
  });
});
