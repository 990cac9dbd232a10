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
  return Object.fromEntries(FIELDS.map(([k, , , mode]) => [k, mode === 'decimal' && typeof s[k] === 'number' ? String(s[k]).replace('.', decimalMark) : String(s[k] ?? '')]));
};

export function SettingsPanel({ settings, onSaved }: { settings: SettingsJson; onSaved: (s: SettingsJson) => void }) {
  const tr = useT();
  const decimalMark = tr.number(0.5, 1).replace(/\d/g, '') || '.';
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
    let checked: SettingsJson;
    try {
      // A blank field would quietly fall back to the default: say so instead.
      const blank = FIELDS.find(([k]) => draft[k].trim() === '');
      if (blank) throw new Error(tr.t('settings.blank', { setting: tr.t(blank[1]) }));
      checked = validateSettings({ ...settings, ...draft }, language) as unknown as SettingsJson;
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
      return;
    }
    await send(checked);
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
          <input name={k} inputMode={mode} value={draft[k]} aria-describedby={`${k}-help`} onInput={(e) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value })} />
          <small id={`${k}-help`}>{tr.t(help)}</small>
        </label>
      ))}
      <label>
        <span>{tr.t('setting.language')}</span>
        <select name="language" value={language} aria-describedby="language-help" onChange={(e) => chooseLanguage((e.target as HTMLSelectElement).value as Language)}>
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
          {status.kind === 'ok' ? tr.t('settings.saved') : status.text}
        </p>
      )}
    </form>
  );
}
