/** Every catalogue says everything English says, with the same placeholders, and plural forms its language needs. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogues';
import { en, type MessageKey } from '../../src/i18n/catalogues/en';
import { LANGUAGES } from '../../src/i18n/languages';
import { placeholdersOf, pluralOptionsOf } from '../../src/i18n/message';

const KEYS = Object.keys(en).sort() as MessageKey[];
/** The CLDR categories a plural must offer in each language (integers: what counts can be). */
const NEEDED = { en: ['one', 'other'], nb: ['one', 'other'], ru: ['few', 'many', 'one', 'other'], 'zh-Hans': ['other'] } as const;

describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s catalogue', (language) => {
  const c = catalogue(language);

  it('has every English key and no other', () => {
    expect(Object.keys(c).sort()).toEqual(KEYS);
  });

  it.each(KEYS)('%s: the same placeholders as English', (key) => {
    expect(placeholdersOf(c[key])).toEqual(placeholdersOf(en[key]));
  });

  it('offers the plural forms the language needs, and no empty message', () => {
    for (const key of KEYS) {
      expect(c[key].trim(), key).not.toBe('');
      for (const [arg, options] of Object.entries(pluralOptionsOf(c[key]))) {
        for (const category of NEEDED[language]) expect(options, `${key} {${arg}}`).toContain(category);
      }
    }
  });

  it('translates what is a word: only names, codes and formulas may stay as in English', () => {
    const same = KEYS.filter(
      (k) =>
        c[k] === en[k] &&
        !/^(metric\.(roas|iroas|cp.|ctr)|dialog\.decision|text\.(list|separator|sentences)|header\.(min|max)(Roas|Iroas|Cpa)|header\.(variant|leads|start)|card\.variant|metric\.leads|metric\.(cac|ltv|ltvCac|roi)|header\.minLtvCac|geo\.region|geo\.error\.panel|reason\.graded(NoCriteria)?|example\.(test|video))$/.test(
          k,
        ),
    );
    expect(same).toEqual([]);
  });
});

describe('English catalogue', () => {
  it('parses, and its plurals offer one and other', () => {
    for (const key of KEYS) for (const options of Object.values(pluralOptionsOf(en[key]))) expect(options).toEqual(expect.arrayContaining(['one', 'other']));
  });
});

describe('Chinese', () => {
  it('has no space between two Chinese characters', () => {
    const c = catalogue('zh-Hans');
    for (const key of KEYS) expect(c[key], key).not.toMatch(/[\u4e00-\u9fff，。：；（）“”、]\s+[\u4e00-\u9fff，。：；（）“”、]/u);
  });
});
