/**
 * The Schedule panel (docs/contract.md §2.10): off, daily or weekly at an hour; e-mails, recipients,
 * digest; the last run with its warnings (a spent mail quota shows here). The draft is checked
 * with the server's own rule (validateSchedule) before it is sent.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ScheduleJson } from '../appsscript/schedule';
import { FREQUENCIES, WEEKDAYS, validateSchedule, type Schedule } from '../appsscript/scheduleSettings';
import type { MessageKey } from '../i18n';
import { useT } from './i18n';
import { call, errorText } from './server';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function SchedulePanel() {
  const tr = useT();
  const [saved, setSaved] = useState<ScheduleJson | null>(null);
  const [draft, setDraft] = useState<Schedule & { recipientsText: string }>({
    frequency: 'off',
    weekday: 'monday',
    hour: 7,
    email: true,
    recipients: [],
    digest: false,
    recipientsText: '',
  });
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const show = (s: ScheduleJson) => {
    setSaved(s);
    setDraft({ ...s, recipientsText: s.recipients.join(', ') });
  };
  useEffect(() => {
    call('getSchedule').then(show, (e) => setStatus({ kind: 'error', text: errorText(e) }));
  }, []);

  const when = (s: Schedule) =>
    s.frequency === 'weekly'
      ? tr.t('schedule.whenWeekly', { weekday: tr.t(`weekday.${s.weekday}` as MessageKey), hour: String(s.hour).padStart(2, '0') })
      : tr.t('schedule.whenDaily', { hour: String(s.hour).padStart(2, '0') });

  const save = async (e: Event) => {
    e.preventDefault();
    let checked: Schedule;
    try {
      const { recipientsText, ...rest } = draft;
      checked = validateSchedule({ ...rest, recipients: recipientsText }, tr);
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
      return;
    }
    setSaving(true);
    try {
      const s = await call('saveSchedule', checked);
      show(s);
      setStatus({ kind: 'ok', text: s.frequency === 'off' ? tr.t('schedule.savedOff') : tr.t('schedule.savedOn', { when: when(s) }) });
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setSaving(false);
    }
  };

  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  const last = saved?.lastRun;
  return (
    <form class="settings schedule" onSubmit={save} aria-label={tr.t('schedule.title')}>
      <h2>{tr.t('schedule.title')}</h2>
      <p class="help">{tr.t('schedule.help')}</p>
      <label>
        <span>{tr.t('schedule.frequency')}</span>
        <select name="frequency" value={draft.frequency} onChange={(e) => set({ frequency: (e.target as HTMLSelectElement).value as Schedule['frequency'] })}>
          {FREQUENCIES.map((f) => (
            <option value={f}>{tr.t(`schedule.${f}` as MessageKey)}</option>
          ))}
        </select>
      </label>
      {draft.frequency === 'weekly' && (
        <label>
          <span>{tr.t('schedule.weekday')}</span>
          <select name="weekday" value={draft.weekday} onChange={(e) => set({ weekday: (e.target as HTMLSelectElement).value as Schedule['weekday'] })}>
            {WEEKDAYS.map((d) => (
              <option value={d}>{tr.t(`weekday.${d}` as MessageKey)}</option>
            ))}
          </select>
        </label>
      )}
      {draft.frequency !== 'off' && (
        <label>
          <span>{tr.t('schedule.hour')}</span>
          <select name="hour" value={String(draft.hour)} onChange={(e) => set({ hour: Number((e.target as HTMLSelectElement).value) })}>
            {HOURS.map((h) => (
              <option value={String(h)}>{`${String(h).padStart(2, '0')}:00`}</option>
            ))}
          </select>
        </label>
      )}
      <label class="check">
        <input type="checkbox" name="email" checked={draft.email} onChange={(e) => set({ email: (e.target as HTMLInputElement).checked })} />
        <span>{tr.t('schedule.email')}</span>
      </label>
      <label>
        <span>{tr.t('schedule.recipients')}</span>
        <input
          name="recipients"
          type="text"
          inputMode="email"
          value={draft.recipientsText}
          aria-describedby="recipients-help"
          onInput={(e) => set({ recipientsText: (e.target as HTMLInputElement).value })}
        />
        <small id="recipients-help">{tr.t('schedule.recipientsHelp', { owner: saved?.owner || tr.t('schedule.you') })}</small>
      </label>
      <label class="check">
        <input type="checkbox" name="digest" checked={draft.digest} onChange={(e) => set({ digest: (e.target as HTMLInputElement).checked })} />
        <span>{tr.t('schedule.digest')}</span>
      </label>
      <button type="submit" disabled={saving}>
        {saving ? tr.t('schedule.saving') : tr.t('schedule.save')}
      </button>
      {status && (
        <p class={status.kind} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      {saved && saved.frequency !== 'off' && !saved.active && saved.owner && <p class="help">{tr.t('schedule.otherOwner', { owner: saved.owner })}</p>}
      <p class="last-run">
        {last
          ? tr.t('schedule.lastRun', {
              time: `${tr.date(new Date(last.at))} ${tr.time(new Date(last.at))}`,
              changed: last.changed.length,
              emailed: last.emailed ? 'yes' : 'no',
            })
          : tr.t('schedule.never')}
      </p>
      {last && last.warnings.length > 0 && (
        <ul class="warnings" aria-label={tr.t('schedule.warnings')}>
          {last.warnings.map((w) => (
            <li>{w}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
