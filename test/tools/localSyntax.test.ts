/** Formulas and numbers typed the way a Norwegian or Russian spreadsheet expects (#26). */
import { describe, expect, it } from 'vitest';
import { localNumber, toEnglishFormula, toLocalFormula, usesDecimalComma } from '../../tools/preview/localSyntax';

describe('the formula syntax of a decimal-comma locale', () => {
  it('knows which locales write 1,5', () => {
    expect(['nb_NO', 'ru_RU', 'de_DE'].map(usesDecimalComma)).toEqual([true, true, true]);
    expect(['en_US', 'zh_CN', 'en_GB', undefined].map(usesDecimalComma)).toEqual([false, false, false, false]);
  });

  it('reads ; as the argument separator and 1,5 as a number, leaving strings and sheet names alone', () => {
    expect(toEnglishFormula('=ROAS(B2;C2)*1,5', 'nb_NO')).toBe('=ROAS(B2,C2)*1.5');
    expect(toEnglishFormula('=SUMIFS(\'Uke; data\'!D:D;B:B;"a;b")', 'nb_NO')).toBe('=SUMIFS(\'Uke; data\'!D:D,B:B,"a;b")');
    expect(toEnglishFormula('=ROAS(B2,C2)', 'nb_NO')).toBe('=ROAS(B2,C2)');
    expect(toEnglishFormula('=ROAS(B2;C2)', 'en_US')).toBe('=ROAS(B2;C2)');
  });

  it("shows a stored formula back in the locale's syntax, and round-trips", () => {
    const stored = '=STAGE_GATE(B2,C2,">=",0.1,0.2)';
    expect(toLocalFormula(stored, 'ru_RU')).toBe('=STAGE_GATE(B2;C2;">=";0,1;0,2)');
    expect(toEnglishFormula(toLocalFormula(stored, 'ru_RU'), 'ru_RU')).toBe(stored);
    expect(toLocalFormula(stored, 'en_US')).toBe(stored);
  });

  it('reads typed numbers as the locale writes them', () => {
    expect(localNumber('3,5', 'nb_NO')).toBe(3.5);
    expect(localNumber('1 234,5', 'nb_NO')).toBe(1234.5);
    expect(localNumber('-2,25', 'ru_RU')).toBe(-2.25);
    expect(localNumber('3,5', 'en_US')).toBeNull();
    expect(localNumber('Test', 'nb_NO')).toBeNull();
  });
});
