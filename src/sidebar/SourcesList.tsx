/**
 * The sources in the Import panel (docs/contract.md §2.10): the tabs a connector fills, each with its
 * platform and its last read; add or remove one (saved as the `sources` setting, checked with
 * the server's own rule), and "Read now" reads every source as an import.
 */
import { useState } from 'preact/hooks';
import { validateSettings } from '../appsscript/settings';
import type { SourcesJson } from '../appsscript/sources';
import { SOURCE_PLATFORMS, type SourceLastRead } from '../appsscript/sourceSettings';
import { platformName as formatPlatform } from '../core/import/formatName';
import { PLATFORMS } from '../core/import/platforms';
import type { SourceSetting } from '../core/plan/types';
import { asLanguage } from '../i18n/languages';
import { renderArg } from '../i18n/render';
import { useT } from './i18n';
import { call, errorText } from './server';
import type { SettingsJson } from './types';

type Listed = SourceSetting & { lastRead?: SourceLastRead };

export function SourcesList({ settings, onSettings, onRead }: { settings: SettingsJson; onSettings: (s: SettingsJson) => void; onRead: () => void }) {
  const tr = useT();
  const sources = (Array.isArray(settings.sources) ? settings.sources : []) as Listed[];
  const [sheet, setSheet] = useState('');
  const [platform, setPlatform] = useState('auto');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // The generic layout in the reader's language, brand names as the platforms write them (#26).
  const platformName = (id: string) => {
    if (id === 'auto') return tr.t('sources.auto');
    const platform = PLATFORMS.find((p) => p.id === id);
    return platform ? String(renderArg(formatPlatform(platform), tr)) : id;
  };

  const saveSources = async (next: SourceSetting[]) => {
    try {
      const checked = validateSettings({ ...settings, sources: next }, asLanguage(settings.language) ?? tr.language);
      setBusy(true);
      const saved = await call('saveSettings', checked);
      onSettings({ ...saved, locale: saved.locale ?? settings.locale });
      setStatus(null);
      return true;
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (e: Event) => {
    e.preventDefault();
    if (await saveSources([...sources.map(({ sheet, platform }) => ({ sheet, platform })), { sheet, platform }])) setSheet('');
  };

  const readNow = async () => {
    setBusy(true);
    setStatus({ kind: 'ok', text: tr.t('sources.reading') });
    try {
      const r: SourcesJson = await call('readSources', { dryRun: false });
      onSettings(await call('getSettings'));
      setStatus(null);
      if (r.sources.some((s) => s.ok && s.result && s.result.adds.length + s.result.replaces.length > 0)) onRead();
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="sources" aria-label={tr.t('sources.title')}>
      <h3>{tr.t('sources.title')}</h3>
      <p class="help">{tr.t('sources.help')}</p>
      {sources.length === 0 ? (
        <p class="help">{tr.t('sources.none')}</p>
      ) : (
        <ul class="source-list">
          {sources.map((s) => (
            <li data-source={s.sheet}>
              <strong>{s.sheet}</strong> · {platformName(s.platform)}
              <small class={s.lastRead && !s.lastRead.ok ? 'failed' : ''}>
                {s.lastRead
                  ? tr.t('sources.lastRead', { time: `${tr.date(new Date(s.lastRead.at))} ${tr.time(new Date(s.lastRead.at))}`, message: s.lastRead.message })
                  : tr.t('sources.neverRead')}
              </small>
              <button
                type="button"
                aria-label={tr.t('sources.remove', { sheet: s.sheet })}
                disabled={busy}
                onClick={() => saveSources(sources.filter((x) => x !== s).map(({ sheet, platform }) => ({ sheet, platform })))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="settings" onSubmit={add}>
        <label>
          <span>{tr.t('sources.sheet')}</span>
          <input name="source-sheet" value={sheet} onInput={(e) => setSheet((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          <span>{tr.t('sources.platform')}</span>
          <select name="source-platform" value={platform} onChange={(e) => setPlatform((e.target as HTMLSelectElement).value)}>
            {SOURCE_PLATFORMS.map((p) => (
              <option value={p}>{platformName(p)}</option>
            ))}
          </select>
        </label>
        <div class="actions">
          <button type="submit" disabled={busy || sheet.trim() === ''}>
            {tr.t('sources.add')}
          </button>
          <button type="button" class="primary" disabled={busy || sources.length === 0} onClick={readNow}>
            {tr.t('sources.readNow')}
          </button>
        </div>
      </form>
      {status && (
        <p class={status.kind === 'error' ? 'error' : 'status'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
