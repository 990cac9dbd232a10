/**
 * Plural-safe counting for newcomer-facing sentences (issue #15). Every sentence a user reads
 * now lives in the message catalogues (src/i18n/catalogues, contract 5), whose ICU plurals
 * cover Russian's few/many forms; this helper stays for code that counts outside them.
 */

/** A message that depends on a count: one text per plural category, `{n}` for the number. */
export type PluralForms = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<string, Intl.PluralRules>();

export function plural(n: number, forms: PluralForms, locale = 'en'): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return (forms[r.select(n)] ?? forms.other).replace('{n}', String(n));
}
