/** Sheets refuses a cell of more than 50,000 characters; a write that would hit it is stopped before anything is written. */
import type { Translator } from '../i18n';

export const MAX_CELL_CHARS = 50_000;

const preview = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Throws, naming what the text is for, when `text` would not fit in a cell. */
export function checkCellText(text: unknown, what: 'text.reason' | 'text.logReason', stage: string, tr: Translator): void {
  if (typeof text === 'string' && text.length > MAX_CELL_CHARS) {
    throw new Error(tr.t('error.cellTooLong', { what: tr.t(what), stage: preview(stage), length: tr.number(text.length, 0) }));
  }
}
