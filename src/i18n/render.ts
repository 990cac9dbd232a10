/**
 * Messages into words (src/core/model/message.ts): the one place a core message becomes text,
 * with the document's translator — called by the surfaces that show it (the adapter, the custom
 * functions, the CLI and the preview), never by the core.
 */
import type { Arg, Message, SheetCell } from '../core/model/message';
import type { MessageKey } from './catalogues/en';
import type { Translator } from './index';

/** A core message whose key is in the catalogues (checked by the compiler where it is made). */
export type CoreMessage = Message<MessageKey>;

/** A message with its key checked: `say('reason.stop')`, `say('warning.noTargets', { stage })`. */
export function say(key: MessageKey, params?: Readonly<Record<string, Arg<MessageKey>>>): CoreMessage {
  return params ? { key, params } : { key };
}

/** One argument of a message in words (a name that may be a brand or a catalogue key, a list…). */
export function renderArg(a: Arg<MessageKey>, tr: Translator): string | number {
  return arg(a, tr);
}

function arg(a: Arg<MessageKey>, tr: Translator): string | number {
  if (typeof a === 'string' || typeof a === 'number') return a;
  if ('key' in a) return render(a, tr);
  if ('money' in a) return tr.money(a.money);
  if ('format' in a) return tr.value(a.value, a.format);
  if ('number' in a) return tr.number(a.number, a.decimals);
  if ('percent' in a) return tr.percent(a.percent, a.decimals);
  if ('date' in a) return tr.date(a.date);
  if ('dayMonth' in a) return tr.dayMonth(a.dayMonth);
  if ('decision' in a) return tr.decision(a.decision);
  if ('list' in a) return tr.list(a.list.map((x) => String(arg(x, tr))));
  if ('lower' in a) return String(arg(a.lower, tr)).toLowerCase();
  return a.join.map((x) => String(arg(x, tr))).join(String(arg(a.by, tr)));
}

/** The message in the translator's language. */
export function render(m: CoreMessage, tr: Translator): string {
  if (!m.params) return tr.t(m.key);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params)) params[k] = arg(v, tr);
  return tr.t(m.key, params);
}

/** Is this cell a message (not a value such as a Date)? Messages are plain `{ key, params? }` objects. */
export function isMessage(v: unknown): v is CoreMessage {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as { key?: unknown }).key === 'string';
}

/** A planned cell as written: a message in words, any value as it is. */
export function renderCell<V>(v: V | CoreMessage, tr: Translator): V | string {
  return isMessage(v) ? render(v, tr) : (v as V);
}

/** A planned block of cells (SheetCell) as written. */
export function renderRows<V = Exclude<SheetCell<MessageKey>, CoreMessage>>(rows: readonly (readonly (V | CoreMessage)[])[], tr: Translator): (V | string)[][] {
  return rows.map((row) => row.map((v) => renderCell(v, tr)));
}
