/**
 * The schedule's shape (docs/contract.md §2.10): off, daily or weekly at an hour of the spreadsheet's
 * time zone; e-mails on or off; up to 20 recipients (blank: the user who set it); a digest that
 * sends the table every run. Kept in document properties, so everyone with the sheet sees
 * what is set and by whom; the trigger itself belongs to that user (one per user and document).
 */
import type { Frequency, Schedule, Weekday } from '../api/serverApi';
import type { Translator } from '../i18n';

export type { Frequency, Schedule, Weekday };

export const FREQUENCIES: readonly Frequency[] = ['off', 'daily', 'weekly'];
export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** MailApp counts recipients against a daily quota of 100 on a consumer account; 20 leaves room for 5 runs. */
export const MAX_RECIPIENTS = 20;

export const DEFAULT_SCHEDULE: Schedule = { frequency: 'off', weekday: 'monday', hour: 7, email: true, recipients: [], digest: false };

/** An address as mail servers take it: one @, a dot in the domain, no spaces or separators. */
const ADDRESS = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()".]{2,}$/;

const blank = (v: unknown) => v === undefined || v === null || v === '';

export function validateSchedule(input: unknown, tr: Translator): Schedule {
  const src = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const out: Schedule = { ...DEFAULT_SCHEDULE, recipients: [] };
  const bad = (field: string, allowed: string, value: unknown) =>
    new Error(tr.t('error.scheduleValue', { field, allowed, value: JSON.stringify(value ?? null).slice(0, 80) }));
  if (!blank(src.frequency)) {
    const f = String(src.frequency).trim().toLowerCase();
    if (!(FREQUENCIES as readonly string[]).includes(f)) throw bad('frequency', FREQUENCIES.join(', '), src.frequency);
    out.frequency = f as Frequency;
  }
  if (!blank(src.weekday)) {
    const d = String(src.weekday).trim().toLowerCase();
    if (!(WEEKDAYS as readonly string[]).includes(d)) throw bad('weekday', WEEKDAYS.join(', '), src.weekday);
    out.weekday = d as Weekday;
  }
  if (!blank(src.hour)) {
    const h = typeof src.hour === 'string' && /^\s*\d{1,2}\s*$/.test(src.hour) ? Number(src.hour) : src.hour;
    if (typeof h !== 'number' || !Number.isInteger(h) || h < 0 || h > 23) throw bad('hour', '0–23', src.hour);
    out.hour = h;
  }
  for (const key of ['email', 'digest'] as const) {
    if (blank(src[key])) continue;
    if (typeof src[key] !== 'boolean') throw bad(key, ['true', 'false'].join(', '), src[key]);
    out[key] = src[key] as boolean;
  }
  if (!blank(src.recipients)) {
    const list = typeof src.recipients === 'string' ? src.recipients.split(/[,;\s]+/) : src.recipients;
    if (!Array.isArray(list)) throw bad('recipients', tr.t('schedule.recipientsAllowed'), src.recipients);
    const seen = new Set<string>();
    for (const r of list) {
      const a = typeof r === 'string' ? r.trim() : r;
      if (a === '') continue;
      if (typeof a !== 'string' || !ADDRESS.test(a)) throw new Error(tr.t('error.scheduleRecipient', { value: JSON.stringify(a).slice(0, 80) }));
      if (seen.has(a.toLowerCase())) continue;
      seen.add(a.toLowerCase());
      out.recipients.push(a);
    }
    if (out.recipients.length > MAX_RECIPIENTS) throw new Error(tr.t('error.scheduleRecipients', { max: MAX_RECIPIENTS, count: out.recipients.length }));
  }
  return out;
}
