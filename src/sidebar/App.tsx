/** The sidebar: Evaluate, a card per stage in plan order, warnings, settings — in the document's language. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator } from '../i18n';
import { asLanguage } from '../i18n/languages';
import { DashboardButton } from './DashboardButton';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { SchedulePanel } from './SchedulePanel';
import { I18n, initialTranslator } from './i18n';
import { call, errorText, failedWith, setClientTranslator } from './server';
import { SettingsPanel } from './SettingsPanel';
import { StageCard } from './StageCard';
import type { EvaluationJson, SettingsJson } from './types';

export function App() {
  const [result, setResult] = useState<EvaluationJson | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setErrorText] = useState<string | null>(null);
  // A missing sheet (by its code, in any language) makes the sidebar offer the template.
  const [noSheet, setNoSheet] = useState(false);
  const setError = (e: unknown) => {
    setErrorText(e === null ? null : errorText(e));
    setNoSheet(e !== null && failedWith(e, 'error.noSheet'));
  };
  const [settings, setSettings] = useState<SettingsJson | null>(null);
  const [showSettings, setShowSettings] = useState(false);
  const [showImport, setShowImport] = useState(false);
  const [showSchedule, setShowSchedule] = useState(false);

  const tr = useMemo(() => {
    const language = asLanguage(settings?.language);
    return language ? translator(language, typeof settings?.locale === 'string' ? settings.locale : undefined) : initialTranslator();
  }, [settings?.language, settings?.locale]);
  setClientTranslator(tr);

  useEffect(() => {
    call('getSettings').then(setSettings, setError);
  }, []);

  const [notice, setNotice] = useState<string | null>(null);

  /** Offered when a sheet is missing: adds the example sheets, never overwriting one. */
  const createTemplate = async () => {
    setBusy(true);
    try {
      const r = await call('createTemplate');
      setError(null);
      setNotice(tr.t('sidebar.templateDone', { message: r.message }));
    } catch (e) {
      setError(e);
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
      setResult(await call('evaluateStages'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const quoted = (name: unknown) => tr.t('text.quoted', { text: String(name ?? '') });
  return (
    <I18n.Provider value={tr}>
      <main lang={tr.language}>
        <h1>LiftGate</h1>
        <p class="intro">
          {tr.t('sidebar.intro', {
            stages: quoted(settings?.stagesSheet ?? tr.t('sheet.stages')),
            weekly: quoted(settings?.weeklySheet ?? tr.t('sheet.weekly')),
          })}
        </p>
        <div class="actions">
          {/* aria-disabled, not disabled: a disabled button drops keyboard focus to <body>. */}
          <button class="primary" onClick={evaluate} aria-disabled={busy} aria-busy={busy}>
            {busy ? tr.t('sidebar.evaluating') : tr.t('sidebar.evaluate')}
          </button>
          <button aria-expanded={showSettings} aria-controls="settings" onClick={() => setShowSettings(!showSettings)}>
            {tr.t('settings.title')}
          </button>
        </div>
        <p class="status" role="status" aria-live="polite">
          {busy
            ? tr.t('sidebar.statusBusy')
            : result
              ? tr.t('sidebar.statusDone', { count: result.stages.length, time: tr.time(new Date(result.evaluatedAt)) })
              : ''}
        </p>
        {error && (
          <div class="error" role="alert">
            <p>{error}</p>
            {noSheet && (
              <button onClick={createTemplate} disabled={busy}>
                {tr.t('sidebar.createTemplate')}
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
        {/* After Settings, so the Settings form still follows its button in the tab order. */}
        <div class="actions">
          <button aria-expanded={showImport} aria-controls="import" onClick={() => setShowImport(!showImport)}>
            {tr.t('import.button')}
          </button>
          <button aria-expanded={showSchedule} aria-controls="schedule" onClick={() => setShowSchedule(!showSchedule)}>
            {tr.t('schedule.button')}
          </button>
        </div>
        {/* Near the top, before the stage cards: a user looks for it with the other actions (#26). */}
        <DashboardButton />
        {showImport && (
          <section id="import">
            <ImportPanel
              onImported={evaluate}
              weeklySheet={typeof settings?.weeklySheet === 'string' ? settings.weeklySheet : undefined}
              settings={settings}
              onSettings={setSettings}
            />
          </section>
        )}
        {showSchedule && (
          <section id="schedule">
            <SchedulePanel />
          </section>
        )}
        {result && (
          // Under an error, the cards are the last evaluation that worked: marked stale, never passed off as current (#26).
          <section aria-label={tr.t('sidebar.stages')} class={error ? 'stale' : undefined} aria-describedby={error ? 'stale-note' : undefined}>
            {error && (
              <p id="stale-note" class="stale-note">
                {tr.t('sidebar.stale')}
              </p>
            )}
            {result.stages.map((s, i) => (
              <StageCard s={s} index={i} key={s.stage} />
            ))}
            {result.warnings.length > 0 && (
              <ul class="warnings" aria-label={tr.t('sidebar.warnings')}>
                {result.warnings.map((w) => (
                  <li>{w}</li>
                ))}
              </ul>
            )}
          </section>
        )}
        <ExportPanel experimentsSheet={tr.t('experiments.sheet')} />
      </main>
    </I18n.Provider>
  );
}
