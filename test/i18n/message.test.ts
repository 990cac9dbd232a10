/** The ICU subset: placeholders, plural with # and =N, select, nesting, and clear syntax errors. */
import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf } from '../../src/i18n/message';

const ctx = { language: 'en' as const, number: (n: number) => n.toLocaleString('en') };

describe('formatMessage', () => {
  it('fills placeholders and keeps apostrophes and unknown placeholders', () => {
    expect(formatMessage("the stage's {name} ({n})", { name: 'Test', n: 1200 }, ctx)).toBe("the stage's Test (1,200)");
    expect(formatMessage('{missing} stays', {}, ctx)).toBe('{missing} stays');
  });

  it('plural: exact match first, then the category; # is the number', () => {
    const m = '{n, plural, =0 {none} one {# row} other {# rows}}';
    expect([0, 1, 2, 1000].map((n) => formatMessage(m, { n }, ctx))).toEqual(['none', '1 row', '2 rows', '1,000 rows']);
  });

  it('select, and placeholders nested inside branches', () => {
    const m = '{start, select, none {} other {starts {start}, }}no data';
    expect(formatMessage(m, { start: 'none' }, ctx)).toBe('no data');
    expect(formatMessage(m, { start: 'Jan 6' }, ctx)).toBe('starts Jan 6, no data');
    expect(formatMessage('{n, plural, one {# {sheet} row} other {# {sheet} rows}}', { n: 3, sheet: 'Weekly' }, ctx)).toBe('3 Weekly rows');
  });

  it('lists its placeholders for the catalogue check', () => {
    expect(placeholdersOf('{a} {n, plural, one {# {b}} other {#}} {c, select, x {{d}} other {}}')).toEqual(['a', 'b', 'c:select', 'd', 'n:plural']);
  });

  it('refuses a broken message, naming it', () => {
    expect(() => formatMessage('{n, plural, one {x}}', { n: 1 }, ctx)).toThrow(/without "other"/);
    expect(() => formatMessage('a } b', {}, ctx)).toThrow(/unexpected \}/);
    expect(() => formatMessage('{n, number}', {}, ctx)).toThrow(/unknown kind "number"/);
  });
});
