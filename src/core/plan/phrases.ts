/**
 * The newcomer-facing sentences added for issue #15, in one place so the message catalogues
 * (contract 5) can take them over. Counted nouns are shaped by Intl.PluralRules categories
 * ({ one, other }, and whatever categories a language adds), never by `n === 1 ? … : …`, so a
 * translation with few/many forms (Russian) fits the same shape.
 */

/** A message that depends on a count: one text per plural category, `{n}` for the number. */
export type PluralForms = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<string, Intl.PluralRules>();

export function plural(n: number, forms: PluralForms, locale = 'en'): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return (forms[r.select(n)] ?? forms.other).replace('{n}', String(n));
}

/** Where the menu puts "Create template" in a spreadsheet (an add-on menu sits under Extensions). */
export const CREATE_TEMPLATE_PATH = 'Extensions → LiftGate → Create template';

export const PHRASES = {
  rowsNameUnknownStage: (n: number, weekly: string, stage: string, stages: string) =>
    plural(n, {
      one: `{n} ${weekly} row names stage "${stage}", which is not in ${stages}; it was left out.`,
      other: `{n} ${weekly} rows name stage "${stage}", which is not in ${stages}; they were left out.`,
    }),
  /** A header that reads like a target but matches none of the forms the engine knows. */
  targetLikeHeader: (sheet: string, header: string, metric: string, lessIsBetter: boolean) =>
    `${sheet} column "${header}" looks like a target but is not read. Name it ` +
    (lessIsBetter ? `"Max ${metric}", "Target ${metric}" or "${metric} <="` : `"Min ${metric}", "Target ${metric}" or "${metric} >="`) +
    ' (or "Min …"/"Max …" for any metric) to gate on it.',
  overspent: (spend: string, budget: string, over: string) => `Overspent: spend ${spend} of a ${budget} budget (${over} over)`,
  nextStageRelease: (next: string, budget: string) => `next stage "${next}": release its ${budget}`,
  thisStageNextBudget: (budget: string) => `this stage: next budget ${budget}`,
  missingSheet: (name: string) =>
    `This spreadsheet has no "${name}" sheet. Use ${CREATE_TEMPLATE_PATH}, or rename your sheet to "${name}", or set the sheet names under Settings in the LiftGate sidebar.`,
  /** Sidebar: criteria of a stage that has not been measured (READY, or LOCKED without data). */
  notYetMeasured: 'not yet measured',
  /** Sidebar: criteria of a LOCKED stage that has data: measured but not judged. */
  notJudgedWhileLocked: 'not judged while locked',
  overBudgetCard: (over: string) => `${over} over budget`,
} as const;

/** Singular/plural nouns of the volume criteria, for "1 week" and "3 weeks". */
export const COUNT_NOUNS: Readonly<Record<string, PluralForms>> = {
  weeks: { one: 'week', other: 'weeks' },
  conversions: { one: 'conversion', other: 'conversions' },
  leads: { one: 'lead', other: 'leads' },
};
