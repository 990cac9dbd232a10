import { ENGLISH, type Translator } from '../i18n';

/** One evaluation at a time per document: two people clicking at once must not interleave or double-log. */
export function withDocumentLock<T>(fn: () => T, tr: Translator = ENGLISH): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new Error(tr.t('error.busy'));
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
