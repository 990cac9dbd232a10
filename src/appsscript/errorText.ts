/** The message of anything thrown, also of errors from another realm (a service's own Error). */
export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** The message without the "Exception: " / "Error: " that Apps Script puts before a service's own. */
export function plainErrorText(e: unknown): string {
  return errorText(e).replace(/^(Error|Exception):\s*/, '');
}
