/** The settings issue #21 adds (docs/contract.md §3): lagWeeks, margin, ltvMultiple — checked by the one rule. */
import { describe, expect, it } from 'vitest';
import { validateSettings } from '../../src/appsscript/settings';

describe('lagWeeks, margin, ltvMultiple', () => {
  it('default to 0, 1 and 1, and take numbers as users type them', () => {
    expect(validateSettings({})).toMatchObject({ lagWeeks: 0, margin: 1, ltvMultiple: 1 });
    expect(validateSettings({ lagWeeks: '2', margin: '40%', ltvMultiple: '2,5' })).toMatchObject({ lagWeeks: 2, margin: 0.4, ltvMultiple: 2.5 });
  });
  it('refuse what makes no sense, naming the setting', () => {
    expect(() => validateSettings({ lagWeeks: 1.5 })).toThrow(/Lag weeks/);
    expect(() => validateSettings({ margin: 1.4 })).toThrow(/Margin/);
    expect(() => validateSettings({ ltvMultiple: -1 })).toThrow(/LTV multiple/);
  });
});
