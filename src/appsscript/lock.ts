import { ENGLISH, type Translator } from '../i18n';

/** How deep this execution is inside its own document lock (a scheduled run reads sources, then evaluates). */
let depth = 0;

/**
 * One evaluation at a time per document: two people clicking at once must not interleave or
 * double-log. Re-entrant within one execution: the scheduled run holds the lock around its
 * imports and evaluation, which take it themselves when called alone.
 */
export function withDocumentLock<T>(fn: () => T, tr: Translator = ENGLISH): T {
  if (depth > 0) {
    depth++;
    try {
      return fn();
    } finally {
      depth--;
    }
  }
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new Error(tr.t('error.busy'));
  depth = 1;
  try {
    return fn();
  } finally {
    depth = 0;
    lock.releaseLock();
  }
}
