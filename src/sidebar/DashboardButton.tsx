/** Create dashboard: the Dashboard sheet of native charts for clients (docs/contract.md §4, createDashboard). */
import { useState } from 'preact/hooks';
import { call, errorText } from './server';
import { useT } from './i18n';

export function DashboardButton() {
  const tr = useT();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const create = async () => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const r = await call('createDashboard');
      setStatus({ ok: true, text: tr.t('dashboard.doneNote', { message: r.message }) });
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="dashboard" aria-label={tr.t('dashboard.aria')}>
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus. */}
      <button type="button" onClick={create} aria-disabled={busy} aria-busy={busy}>
        {busy ? tr.t('dashboard.creating') : tr.t('dashboard.button')}
      </button>
      <p class={status ? (status.ok ? 'notice' : 'error') : 'hint'} aria-live="polite">
        {status ? status.text : tr.t('dashboard.hint')}
      </p>
    </section>
  );
}
