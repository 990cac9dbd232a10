/** The sidebar: Evaluate, a card per stage in plan order, warnings, settings. */
import { useEffect, useState } from 'preact/hooks';
import { DashboardButton } from './DashboardButton';
import { call, errorText } from './server';
import { SettingsPanel } from './SettingsPanel';
import { StageCard } from './StageCard';
import type { EvaluationJson, SettingsJson } from './types';

export function App() {
  const [result, setResult] = useState<EvaluationJson | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState<SettingsJson | null>(null);
  const [showSettings, setShowSettings] = useState(false);

  useEffect(() => {
    call<SettingsJson>('getSettings').then(setSettings, (e) => setError(errorText(e)));
  }, []);

  const [notice, setNotice] = useState<string | null>(null);

  /** Offered when a sheet is missing: adds the example sheets, never overwriting one. */
  const createTemplate = async () => {
    setBusy(true);
    try {
      const r = await call<{ message: string }>('createTemplate');
      setError(null);
      setNotice(`${r.message} Press Evaluate to see the decisions.`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const evaluate = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setResult(await call<EvaluationJson>('evaluateStages'));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <h1>LiftGate</h1>
      <p class="intro">Stage gates for your campaign plan: reads <em>Stages</em> and <em>Weekly</em>, writes the decisions.</p>
      <div class="actions">
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus to <body>. */}
        <button class="primary" onClick={evaluate} aria-disabled={busy} aria-busy={busy}>
          {busy ? 'Evaluating…' : 'Evaluate'}
        </button>
        <button aria-expanded={showSettings} aria-controls="settings" onClick={() => setShowSettings(!showSettings)}>
          Settings
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {busy ? 'Evaluating the plan…' : result ? `Evaluated ${result.stages.length} stages at ${new Date(result.evaluatedAt).toLocaleTimeString()}.` : ''}
      </p>
      {error && (
        <div class="error" role="alert">
          <p>{error}</p>
          {/no ".+" sheet/i.test(error) && (
            <button onClick={createTemplate} disabled={busy}>
              Create template
            </button>
          )}
        </div>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {showSettings && settings && (
        <section id="settings">
          <SettingsPanel settings={settings} onSaved={setSettings} />
        </section>
      )}
      {result && (
        <section aria-label="Stages">
          {result.stages.map((s, i) => (
            <StageCard s={s} index={i} key={s.stage} />
          ))}
          {result.warnings.length > 0 && (
            <ul class="warnings" aria-label="Warnings">
              {result.warnings.map((w) => (
                <li>{w}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <DashboardButton />
    </main>
  );
}
