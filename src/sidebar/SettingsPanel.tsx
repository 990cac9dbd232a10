/**
 * The document's settings: tolerance, scale margin, budget step, confidence, the sheet names
 * and the language, saved to the document's properties. The draft is checked with the server's own
 * rule (validateSettings) before it is sent, so the panel and the server never disagree.
 * Choosing a language re-renders the sidebar in it at once and saves it for the document.
 */
import { useState } from 'preact/hooks';
import { validateSettings } from '../appsscript/settings';
import type { MessageKey } from '../i18n';
import { LANGUAGES, LANGUAGE_NAMES, asLanguage, type Language } from '../i18n/languages';
import { useT } from './i18n';
import { call, errorText } from './server';
import type { SettingsJson } from './types';

const FIELDS: [string, MessageKey, MessageKey, 'decimal' | 'text'][] = [
  ['tolerance', 'setting.tolerance', 'setting.toleranceHelp', 'decimal'],
  ['scaleMargin', 'setting.scaleMargin', 'setting.scaleMarginHelp', 'decimal'],
  ['budgetStep', 'setting.budgetStep', 'setting.budgetStepHelp', 'decimal'],
  ['confidence', 'setting.confidence', 'setting.confidenceHelp', 'decimal'],
  ['lagWeeks', 'setting.lagWeeks', 'setting.lagWeeksHelp', 'decimal'],
  ['margin', 'setting.margin', 'setting.marginHelp', 'decimal'],
  ['ltvMultiple', 'setting.ltvMultiple', 'setting.ltvMultipleHelp', 'decimal'],
  ['rangeKind', 'setting.rangeKind', 'setting.rangeKindHelp', 'text'],
  ['stagesSheet', 'setting.stagesSheet', 'setting.stagesSheetHelp', 'text'],
  ['weeklySheet', 'setting.weeklySheet', 'setting.weeklySheetHelp', 'text'],
  ['logSheet', 'setting.logSheet', 'setting.logSheetHelp', 'text'],
  ['weekStart', 'setting.weekStart', 'setting.weekStartHelp', 'text'],
  ['cooldownWeeks', 'setting.cooldownWeeks', 'setting.cooldownWeeksHelp', 'decimal'],
];

/** The draft as the user would type it: 0,1 where the locale writes decimals with a comma. */
const fromSettings = (settings: SettingsJson, decimalMark: string) => {
  const s = settings as unknown as Readonly<Record<string, unknown>>;
  return Object.fromEntries(
    FIELDS.map(([k, , , mode]) => [k, mode === 'decimal' && typeof s[k] === 'number' ? String(s[k]).replace('.', decimalMark) : String(s[k] ?? '')]),
  );
};

/** Settings with few values are chosen, not typed (#26): the values as the draft holds them, and their words. */
function choicesOf(tr: ReturnType<typeof useT>, decimalMark: string): Readonly<Record<string, readonly [string, string][]>> {
  const decimal = (n: number) => String(n).replace('.', decimalMark);
  return {
    confidence: [[decimal(0), tr.t('setting.confidenceOff')], ...[0.8, 0.9, 0.95].map((c): [string, string] => [decimal(c), tr.percent(c, 0)])],
    weekStart: (['monday', 'sunday', 'saturday'] as const).map((d): [string, string] => [d, tr.t(`setting.day.${d}`)]),
    rangeKind: (['sequential', 'fixed'] as const).map((k): [string, string] => [k, tr.t(`setting.rangeKind.${k}`)]),
  };
}

/** Every field's problem at once (#26), by the server's own rule: each field checked alone, then together. */
function problemsOf(settings: SettingsJson, draft: Record<string, string>, language: Language, tr: ReturnType<typeof useT>): string[] {
  const problems: string[] = [];
  for (const [k, label] of FIELDS) {
    if (draft[k].trim() === '') problems.push(tr.t('settings.blank', { setting: tr.t(label) }));
    else {
      try {
        validateSettings({ ...settings, [k]: draft[k] }, language);
      } catch (err) {
        problems.push(errorText(err));
      }
    }
  }
  if (problems.length === 0) {
    try {
      validateSettings({ ...settings, ...draft }, language);
    } catch (err) {
      problems.push(errorText(err));
    }
  }
  return problems;
}

export function SettingsPanel({ settings, onSaved }: { settings: SettingsJson; onSaved: (s: SettingsJson) => void }) {
  const tr = useT();
  const decimalMark = tr.number(0.5, 1).replace(/\d/g, '') || '.';
  const choices = choicesOf(tr, decimalMark);
  const [draft, setDraft] = useState<Record<string, string>>(() => fromSettings(settings, decimalMark));
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const language = asLanguage(settings.language) ?? tr.language;

  const send = async (checked: SettingsJson) => {
    setSaving(true);
    try {
      const saved = await call('saveSettings', checked);
      onSaved({ ...saved, locale: saved.locale ?? settings.locale });
      setDraft(fromSettings(saved, decimalMark));
      setStatus({ kind: 'ok', text: '' });
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setSaving(false);
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    // A blank field would quietly fall back to the default: say so, with every other problem.
    const problems = problemsOf(settings, draft, language, tr);
    if (problems.length > 0) {
      setStatus({ kind: 'error', text: problems.join('\n') });
      return;
    }
    await send(validateSettings({ ...settings, ...draft }, language) as unknown as SettingsJson);
  };

  /** The sidebar speaks the new language at once; the choice is saved for the document. */
  const chooseLanguage = (next: Language) => {
    onSaved({ ...settings, language: next });
    let checked: SettingsJson;
    try {
      checked = validateSettings({ ...settings, language: next }, next) as unknown as SettingsJson;
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
      return;
    }
    void send(checked);
  };

  return (
    <form class="settings" onSubmit={save} aria-label={tr.t('settings.title')}>
      {FIELDS.map(([k, label, help, mode]) => (
        <label key={k}>
          <span>{tr.t(label)}</span>
          {choices[k] ? (
            <select
              name={k}
              value={draft[k]}
              aria-describedby={`${k}-help`}
              onChange={(e) => setDraft({ ...draft, [k]: (e.target as HTMLSelectElement).value })}
            >
              {/* A value saved before (e.g. 0.85) stays choosable. */}
              {(choices[k].some(([v]) => v === draft[k]) ? choices[k] : [...choices[k], [draft[k], draft[k]] as [string, string]]).map(([v, text]) => (
                <option value={v}>{text}</option>
              ))}
            </select>
          ) : (
            <input
              name={k}
              inputMode={mode}
              value={draft[k]}
              aria-describedby={`${k}-help`}
              onInput={(e) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value })}
            />
          )}
          <small id={`${k}-help`}>{tr.t(help)}</small>
        </label>
      ))}
      <label>
        <span>{tr.t('setting.language')}</span>
        <select
          name="language"
          value={language}
          aria-describedby="language-help"
          onChange={(e) => chooseLanguage((e.target as HTMLSelectElement).value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <small id="language-help">{tr.t('setting.languageHelp')}</small>
      </label>
      <button type="submit" disabled={saving}>
        {saving ? tr.t('settings.saving') : tr.t('settings.save')}
      </button>
      {status && (
        <p class={status.kind} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.kind === 'ok' ? tr.t('settings.saved') : status.text.split('\n').map((line, i) => (i ? [<br />, line] : line))}
        </p>
      )}
    </form>
  );
}
