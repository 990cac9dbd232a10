/**
 * Text that came from the sheet and is written back must stay text: a stage named
 * `=IMPORTXML(...)` or `+cmd` must never become a formula. Sheets reads a leading apostrophe
 * as "this is text" and does not show it.
 */
export function asText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}
