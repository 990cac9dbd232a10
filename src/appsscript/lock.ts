/** One evaluation at a time per document: two people clicking at once must not interleave or double-log. */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new Error('Another evaluation is running in this spreadsheet; try again in a moment.');
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
