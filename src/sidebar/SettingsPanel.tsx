/** Tolerance, scale margin and budget step, saved to the document's properties. */
import { useState } from 'preact/hooks';
import { call, errorText } from './server';
import type { SettingsJson } from './types';

const FIELDS: [keyof SettingsJson & string, string, string][] = [
  ['tolerance', 'Tolerance', 'How far below target still holds (0.1 = 10%).'],
  ['scaleMargin', 'Scale margin', 'How far above target scales up (0.2 = 20%).'],
  ['budgetStep', 'Budget step', 'How much a scale-up adds or a scale-down removes.'],
];

export function SettingsPanel({ settings, onSaved }: { settings: SettingsJson; onSaved: (s: SettingsJson) => void }) {
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(FIELDS.map(([k]) => [k, String(settings[k])])));
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    for (const [k, label] of FIELDS) {
      const n = Number(draft[k].replace(',', '.'));
      if (draft[k].trim() === '' || !Number.isFinite(n) || n < 0 || n > 5) {
        setStatus({ kind: 'error', text: `${label} must be a number from 0 to 5.` });
        return;
      }
    }
    setSaving(true);
    try {
      const saved = await call<SettingsJson>('saveSettings', { ...settings, ...Object.fromEntries(FIELDS.map(([k]) => [k, Number(draft[k].replace(',', '.'))])) });
      onSaved(saved);
      setStatus({ kind: 'ok', text: 'Settings saved. Evaluate again to apply them.' });
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="settings" onSubmit={save} aria-label="Settings">
      {FIELDS.map(([k, label, help]) => (
        <label key={k}>
          <span>{label}</span>
          <input name={k} inputMode="decimal" value={draft[k]} aria-describedby={`${k}-help`} onInput={(e) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value })} />
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
