/**
 * The e-mail a scheduled run sends (docs/contract.md §2.10): a subject that says what moved
 * ("LiftGate: Stage 2 → SCALE UP (Client X plan)"), and an HTML body with every stage's
 * decision in its colours and words (docs/contract.md §2.4), the reasons, the next budgets, what
 * changed since the last logged decision, how each source read, and a link to the sheet.
 * Pure: the run (schedule.ts) gathers the facts, the preview renders the same message.
 * Every text that comes from the sheet is escaped: a stage named `<img src=x>` stays text.
 */
import type { Translator } from '../i18n';
import type { EvaluationJson } from './evaluate';
import type { SourceReadJson } from './sources';
import { DECISION_STYLES, type Decision } from '../core/model/decisions';

export interface StageChange {
  readonly stage: string;
  readonly decision: Decision;
  readonly nextBudget: number | null;
  /** The stage's logged decision before this run; null when this is its first. */
  readonly before: { readonly decision: Decision | null; readonly word: string; readonly nextBudget: number | null } | null;
}

export interface RunFacts {
  readonly documentName: string;
  readonly url: string;
  readonly evaluation: EvaluationJson | null;
  /** Why the evaluation could not run. */
  readonly error: string | null;
  readonly changes: readonly StageChange[];
  readonly sources: readonly SourceReadJson[];
}

export interface ScheduleEmail {
  readonly subject: string;
  readonly htmlBody: string;
  readonly body: string;
}

/** Everything a sheet holds may hold markup: escaped for text and attribute positions. */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Subjects are one line: a stage name with a line break must not add mail headers. */
const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ').trim();

const money = (n: number | null, tr: Translator) => (n === null || !Number.isFinite(n) ? '–' : tr.money(n));

export function subjectOf(f: RunFacts, tr: Translator): string {
  const doc = oneLine(f.documentName);
  if (f.error) return oneLine(tr.t('email.subjectFailed', { doc }));
  if (f.changes.length) {
    const c = f.changes[0];
    return oneLine(tr.t('email.subjectChanged', { stage: oneLine(c.stage), decision: tr.decision(c.decision), more: f.changes.length - 1, doc }));
  }
  const failed = f.sources.filter((s) => !s.ok).length;
  if (failed) return oneLine(tr.t('email.subjectSources', { count: failed, doc }));
  return oneLine(tr.t('email.subjectDigest', { doc }));
}

function changeText(c: StageChange, tr: Translator): string {
  const now = tr.decision(c.decision);
  if (!c.before) return tr.t('email.changeFirst', { stage: c.stage, decision: now, next: money(c.nextBudget, tr) });
  const was = c.before.decision ? tr.decision(c.before.decision) : c.before.word;
  return tr.t('email.change', { stage: c.stage, before: was, decision: now, nextBefore: money(c.before.nextBudget, tr), next: money(c.nextBudget, tr) });
}

function sourceText(s: SourceReadJson): string {
  return s.ok ? `${s.sheet}: ${s.result?.message ?? ''}` : (s.error ?? s.sheet);
}

const CELL = 'padding:6px 8px;border:1px solid #D0D0D0;text-align:left;vertical-align:top';

function decisionsTable(e: EvaluationJson, tr: Translator): string {
  const head = [tr.t('header.stage'), tr.t('header.decision'), tr.t('header.nextBudget'), tr.t('header.reason')]
    .map((h) => `<th style="${CELL};background:#F3F3F3">${escapeHtml(h)}</th>`)
    .join('');
  const rows = e.stages.map((s) => {
    const st = DECISION_STYLES[s.decision] ?? DECISION_STYLES.HOLD;
    const word = `${st.symbol} ${tr.decision(s.decision)}`;
    return `<tr><td style="${CELL}">${escapeHtml(s.stage)}</td><td style="${CELL};background:${st.fill};color:${st.text};font-weight:bold;white-space:nowrap">${escapeHtml(word)}</td><td style="${CELL};text-align:right;white-space:nowrap">${escapeHtml(money(s.nextBudget, tr))}</td><td style="${CELL}">${escapeHtml(s.reason)}</td></tr>`;
  });
  return `<table style="border-collapse:collapse;margin:8px 0">${'<tr>' + head + '</tr>'}${rows.join('')}</table>`;
}

const section = (title: string, items: readonly string[], colour = '#202124') =>
  items.length
    ? `<h3 style="font-size:15px;margin:16px 0 4px">${escapeHtml(title)}</h3><ul style="margin:0;padding-left:20px;color:${colour}">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
    : '';

export function buildScheduleEmail(f: RunFacts, tr: Translator): ScheduleEmail {
  const subject = subjectOf(f, tr);
  const changes = f.changes.map((c) => changeText(c, tr));
  const failed = f.sources.filter((s) => !s.ok).map(sourceText);
  const read = f.sources.filter((s) => s.ok).map(sourceText);
  const notes = (f.evaluation?.warnings ?? []).slice(0, 20);
  const html = [
    `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124;max-width:760px">`,
    `<h2 style="font-size:18px;margin:0 0 8px">${escapeHtml(tr.t('email.heading', { doc: f.documentName }))}</h2>`,
    f.error ? `<p style="color:#B00020"><strong>${escapeHtml(tr.t('email.failed'))}</strong> ${escapeHtml(f.error)}</p>` : '',
    section(tr.t('email.changed'), changes.length ? changes : f.error ? [] : [tr.t('email.nothingChanged')]),
    f.evaluation ? `<h3 style="font-size:15px;margin:16px 0 4px">${escapeHtml(tr.t('email.decisions'))}</h3>${decisionsTable(f.evaluation, tr)}` : '',
    section(tr.t('email.sourcesFailed'), failed, '#B00020'),
    section(tr.t('email.sourcesRead'), read),
    section(tr.t('email.notes'), notes),
    `<p style="margin-top:16px"><a href="${escapeHtml(f.url)}">${escapeHtml(tr.t('email.open', { doc: f.documentName }))}</a></p>`,
    `<p style="color:#666666;font-size:12px">${escapeHtml(tr.t('email.footer'))}</p>`,
    `</div>`,
  ].join('');
  const text = [
    tr.t('email.heading', { doc: f.documentName }),
    f.error ? `${tr.t('email.failed')} ${f.error}` : '',
    ...changes,
    ...(f.evaluation?.stages ?? []).map((s) => `${s.stage}: ${tr.decision(s.decision)} · ${money(s.nextBudget, tr)} · ${s.reason}`),
    ...failed,
    ...read,
    f.url,
    tr.t('email.footer'),
  ].filter(Boolean);
  return { subject, htmlBody: html, body: text.join('\n') };
}
