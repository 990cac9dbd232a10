/**
 * Text that came from the sheet and is written back must stay text: a stage named
 * `=IMPORTXML(...)` or `+cmd` must never become a formula. Sheets reads a leading apostrophe
 * as "this is text" and does not show it.
 *
 * What counts as a formula start is read the way a forgiving parser might read it: after
 * Unicode compatibility folding (full-width "＝" and "＋", small "﹦" are "=" and "+") and after
 * invisible or blank characters in front (zero-width spaces, joiners, byte-order marks, soft
 * hyphens, spaces). Escaping too much costs nothing (the apostrophe is hidden); too little
 * could run a formula.
 */
// The class lists invisible marks one by one (some combine with what follows): that is the point.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE_START = /^[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]+/;
/** Formula starts, and an apostrophe of the user's own (Sheets would swallow it). */
const FORMULA_START = /^[=+\-@\u2212']/;
const PLAIN_START = /^[A-Za-z0-9"(]/;

export function asText(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  if (PLAIN_START.test(value)) return value; // the common case: a letter or digit first
  const folded = value.normalize('NFKC').replace(INVISIBLE_START, '');
  return FORMULA_START.test(folded) || FORMULA_START.test(value) ? `'${value}` : value;
}
