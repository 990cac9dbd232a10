/**
 * The document's settings: tolerance, scale margin, budget step, confidence and the sheet names, saved to
 * the document's properties. The draft is checked with the server's own rule (validateSettings)
 * before it is sent, so the panel and the server never disagree.
 */
import { useState } from 'preact/hooks';
import { validateSettings } from '../appsscript/settings';
import { call, errorText } from './server';
import type { SettingsJson } from './types';

const FIELDS: [string, string, string, 'decimal' | 'text'][] = [
  ['tolerance', 'Tolerance', 'How far below target still holds: 0.1 or 10%.', 'decimal'],
  ['scaleMargin', 'Scale margin', 'How far above target scales up: 0.2 or 20%.', 'decimal'],
  ['budgetStep', 'Budget step', 'How much a scale-up adds or a scale-down removes: 0.2 or 20%.', 'decimal'],
  ['confidence', 'Confidence', 'How sure a range must be before money moves: 0.8, 0.9 or 0.95; 0 decides on averages alone.', 'decimal'],
  ['stagesSheet', 'Stages sheet', 'The sheet with the plan (names match in any case).', 'text'],
  ['weeklySheet', 'Weekly sheet', 'The sheet with the weekly numbers.', 'text'],
  ['logSheet', 'Decision log sheet', 'Where decisions are logged; not the plan or the weekly sheet.', 'text'],
];

export function SettingsPanel({ settings, onSaved }: { settings: SettingsJson; onSaved: (s: SettingsJson) => void }) {
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(FIELDS.map(([k]) => [k, String(settings[k] ?? '')])));
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    let checked: SettingsJson;
    try {
      // A blank field would quietly fall back to the default: say so instead.
      const blank = FIELDS.find(([k]) => draft[k].trim() === '');
      if (blank) throw new Error(`${blank[1]} is blank.`);
      checked = validateSettings({ ...settings, ...draft }) as unknown as SettingsJson;
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
      return;
    }
    setSaving(true);
    try {
      const saved = await call<SettingsJson>('saveSettings', checked);
      onSaved(saved);
      setDraft(Object.fromEntries(FIELDS.map(([k]) => [k, String(saved[k] ?? '')])));
      setStatus({ kind: 'ok', text: 'Settings saved. Evaluate again to apply them.' });
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="settings" onSubmit={save} aria-label="Settings">
      {FIELDS.map(([k, label, help, mode]) => (
        <label key={k}>
          <span>{label}</span>
          <input name={k} inputMode={mode} value={draft[k]} aria-describedby={`${k}-help`} onInput={(e) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value })} />
          <small id={`${k}-help`}>{help}</small>
        </label>
      ))}
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save settings'}
      </button>
      {status && (
        <p class={status.kind} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
