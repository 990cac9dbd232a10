/** Create dashboard: the Dashboard sheet of native charts for clients (contract 4, createDashboard). */
import { useState } from 'preact/hooks';
import { call, errorText } from './server';

interface DashboardJson {
  message: string;
}

export function DashboardButton() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const create = async () => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const r = await call<DashboardJson>('createDashboard');
      setStatus({ ok: true, text: `${r.message} Its charts and values need no add-on to be seen.` });
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="dashboard" aria-label="Dashboard">
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus. */}
      <button type="button" onClick={create} aria-disabled={busy} aria-busy={busy}>
        {busy ? 'Creating dashboard…' : 'Create dashboard'}
      </button>
      <p class={status ? (status.ok ? 'notice' : 'error') : 'hint'} aria-live="polite">
        {status ? status.text : 'A Dashboard sheet with a chart per stage and picture, for clients who open the spreadsheet.'}
      </p>
    </section>
  );
}
