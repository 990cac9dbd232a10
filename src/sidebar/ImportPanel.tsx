/**
 * The Import panel (docs/contract.md §2.7): choose an export, see the dry run — what would be added,
 * replaced and skipped, the campaigns without a stage, the lines that could not be read —
 * then Import. Native controls only, so the keyboard works throughout; the summary heading
 * takes focus when the dry run arrives, and progress is announced while a large file loads.
 */
import { useRef, useState } from 'preact/hooks';
import { useT } from './i18n';
import { readExportPayload, type ExportPayload } from './readExportFile';
import { call, errorText } from './server';
import { SourcesList } from './SourcesList';
import type { ImportResultJson, SettingsJson } from './types';

/** Rows shown per kind; the count says how many there are in all. */
const SHOWN = 50;

type Phase = { kind: 'idle' } | { kind: 'reading'; share: number } | { kind: 'checking' } | { kind: 'ready' } | { kind: 'importing' } | { kind: 'done' };

export function ImportPanel({
  onImported,
  weeklySheet,
  settings,
  onSettings,
}: {
  onImported: () => void;
  weeklySheet?: string;
  settings?: SettingsJson | null;
  onSettings?: (s: SettingsJson) => void;
}) {
  const tr = useT();
  const money = (n: number | undefined) => (n === undefined ? '' : tr.money(n));
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [file, setFile] = useState<{ name: string; payload: ExportPayload } | null>(null);
  const [result, setResult] = useState<ImportResultJson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const summary = useRef<HTMLHeadingElement>(null);
  const busy = phase.kind === 'reading' || phase.kind === 'checking' || phase.kind === 'importing';

  const choose = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const chosen = input.files?.[0];
    setError(null);
    setResult(null);
    if (!chosen) return;
    try {
      setPhase({ kind: 'reading', share: 0 });
      const payload = await readExportPayload(chosen, (share) => setPhase({ kind: 'reading', share }), tr);
      setFile({ name: chosen.name, payload });
      setPhase({ kind: 'checking' });
      const dry = await call('importData', chosen.name, payload, { dryRun: true });
      setResult(dry);
      setPhase({ kind: 'ready' });
      setTimeout(() => summary.current?.focus(), 0);
    } catch (err) {
      setError(errorText(err));
      setPhase({ kind: 'idle' });
    }
  };

  const run = async () => {
    if (!file || busy) return;
    setPhase({ kind: 'importing' });
    setError(null);
    try {
      const done = await call('importData', file.name, file.payload, { dryRun: false });
      setResult(done);
      setPhase({ kind: 'done' });
      setTimeout(() => summary.current?.focus(), 0);
      if (done.adds.length + done.replaces.length > 0) onImported();
    } catch (err) {
      setError(errorText(err));
      setPhase({ kind: 'ready' });
    }
  };

  const changes = result ? result.adds.length + result.replaces.length + result.newCampaigns.length : 0;
  const status =
    phase.kind === 'reading'
      ? tr.t('import.reading', { percent: Math.round(phase.share * 100) })
      : phase.kind === 'checking'
        ? tr.t('import.checking', { weekly: weeklySheet ?? tr.t('sheet.weekly') })
        : phase.kind === 'importing'
          ? tr.t('import.importing')
          : '';

  return (
    <div class="import" aria-label={tr.t('import.button')}>
      <h2>{tr.t('import.title')}</h2>
      <p class="help">{tr.t('import.help', { campaigns: tr.t('sheet.campaigns') })}</p>
      <label class="file">
        <span>{tr.t('import.file')}</span>
        <input type="file" accept=".csv,.tsv,.txt,.xlsx" onChange={choose} disabled={busy} />
      </label>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {busy && <progress max={1} value={phase.kind === 'reading' ? phase.share : undefined} aria-label={status} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <section class="dry-run" aria-label={result.dryRun ? tr.t('import.dryRun', { file: result.fileName }) : tr.t('import.done', { file: result.fileName })}>
          <h3 tabIndex={-1} ref={summary}>
            {result.dryRun ? tr.t('import.dryRun', { file: result.fileName }) : tr.t('import.done', { file: result.fileName })}
          </h3>
          <p>
            {tr.t('import.read', { format: result.format, rows: result.rowsRead })} {result.message}
          </p>
          <table class="import-summary">
            <tbody>
              <tr>
                <th scope="row">{tr.t(result.dryRun ? 'import.toAdd' : 'import.added')}</th>
                <td data-count="adds">{result.adds.length}</td>
              </tr>
              <tr>
                <th scope="row">{tr.t(result.dryRun ? 'import.toReplace' : 'import.replaced')}</th>
                <td data-count="replaces">{result.replaces.length}</td>
              </tr>
              <tr>
                <th scope="row">{tr.t(result.dryRun ? 'import.toSkip' : 'import.skipped')}</th>
                <td data-count="skips">{result.skips.length}</td>
              </tr>
              <tr>
                <th scope="row">{tr.t('import.unmapped')}</th>
                <td data-count="unmapped">{result.unmappedCampaigns.length}</td>
              </tr>
              <tr>
                <th scope="row">{tr.t('import.problems')}</th>
                <td data-count="problems">{result.problemCount}</td>
              </tr>
            </tbody>
          </table>
          {result.adds.length + result.replaces.length + result.skips.length > 0 && (
            <table class="import-rows">
              <caption>{tr.t('import.rows')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr.t('import.what')}</th>
                  <th scope="col">{tr.t('header.week')}</th>
                  <th scope="col">{tr.t('header.stage')}</th>
                  <th scope="col">{tr.t('header.variant')}</th>
                  <th scope="col">{tr.t('header.spend')}</th>
                </tr>
              </thead>
              <tbody>
                {result.adds.slice(0, SHOWN).map((r) => (
                  <tr data-action="add">
                    <td>{tr.t('import.add')}</td>
                    <td>{r.week}</td>
                    <td>{r.stage}</td>
                    <td>{r.variant}</td>
                    <td class="num">{money(r.values.spend)}</td>
                  </tr>
                ))}
                {result.replaces.slice(0, SHOWN).map((r) => (
                  <tr data-action="replace">
                    <td>{tr.t('import.replace', { row: r.row })}</td>
                    <td>{r.week}</td>
                    <td>{r.stage}</td>
                    <td>{r.variant}</td>
                    <td class="num">
                      {money(r.before.spend)} → {money(r.values.spend)}
                    </td>
                  </tr>
                ))}
                {result.skips.slice(0, SHOWN).map((r) => (
                  <tr data-action="skip">
                    <td>{tr.t('import.skip', { reason: r.reason })}</td>
                    <td>{r.week}</td>
                    <td>{r.stage}</td>
                    <td>{r.variant}</td>
                    <td class="num">{money(r.values.spend)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {[result.adds, result.replaces, result.skips].some((x) => x.length > SHOWN) && <p class="help">{tr.t('import.firstRows', { count: SHOWN })}</p>}
          {result.unmappedCampaigns.length > 0 && (
            <div class="unmapped">
              <h4>{tr.t('import.unmapped')}</h4>
              <p class="help">{tr.t('import.unmappedHelp', { campaigns: tr.t('sheet.campaigns') })}</p>
              <ul>
                {result.unmappedCampaigns.slice(0, SHOWN).map((u) => (
                  <li>{tr.t('import.unmappedItem', { campaign: u.campaign, rows: u.rows, spend: money(u.spend) })}</li>
                ))}
              </ul>
            </div>
          )}
          {result.problems.length > 0 && (
            <div class="problems">
              <h4>{tr.t('import.problems')}</h4>
              <ul>
                {result.problems.slice(0, SHOWN).map((p) => (
                  <li>{tr.t('import.problemItem', { line: p.line, message: p.message })}</li>
                ))}
              </ul>
            </div>
          )}
          {phase.kind === 'ready' && result.dryRun && (
            <div class="actions">
              <button class="primary" onClick={run} disabled={changes === 0}>
                {tr.t('import.button')}
              </button>
            </div>
          )}
        </section>
      )}
      {settings && onSettings && <SourcesList settings={settings} onSettings={onSettings} onRead={onImported} />}
    </div>
  );
}
