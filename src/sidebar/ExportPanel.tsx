/**
 * Export experiments (docs/contract.md §4, exportExperiments): the Experiments sheet handed to a media-mix
 * model — Robyn's calibration_input, Meridian's ROI priors — or as plain CSV, saved as a file.
 */
import { useState } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { useT } from './i18n';
import { call, errorText } from './server';

/** The saved file's type (a Blob of text is UTF-8, so names in any language survive). */
const CSV_TYPE = 'text/csv';

const FORMATS: readonly ['robyn' | 'meridian' | 'csv', MessageKey][] = [
  ['robyn', 'experiments.export.robyn'],
  ['meridian', 'experiments.export.meridian'],
  ['csv', 'experiments.export.csv'],
];

/** Saves text as a file through the browser (the sidebar's frame allows downloads). */
function download(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: CSV_TYPE }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportPanel({ experimentsSheet }: { experimentsSheet: string }) {
  const tr = useT();
  const [format, setFormat] = useState<'robyn' | 'meridian' | 'csv'>('robyn');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const r = await call('exportExperiments', format);
      if (r.rows === 0) setStatus({ ok: false, text: tr.t('experiments.export.none') });
      else {
        download(r.fileName, r.csv);
        setStatus({ ok: true, text: tr.t('experiments.export.done', { file: r.fileName, rows: r.rows }) });
      }
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="dashboard export" aria-label={tr.t('experiments.export.title')}>
      <label>
        {tr.t('experiments.export.title')}{' '}
        <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as typeof format)}>
          {FORMATS.map(([f, key]) => (
            <option value={f}>{tr.t(key)}</option>
          ))}
        </select>
      </label>{' '}
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus. */}
      <button type="button" onClick={run} aria-disabled={busy} aria-busy={busy}>
        {tr.t('experiments.export.button')}
      </button>
      <p class={status ? (status.ok ? 'notice' : 'error') : 'hint'} aria-live="polite">
        {status ? status.text : tr.t('experiments.export.help', { sheet: experimentsSheet })}
      </p>
    </section>
  );
}
