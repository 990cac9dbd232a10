/**
 * Campaign patterns with `*` (any text), matched case-insensitively in linear time. A regular
 * expression `^a.*b.*c…$` backtracks: a pattern with many stars against a long name that almost
 * matches took seconds. Here each literal piece between stars is found left to right, taking the
 * first place it occurs (a later place can never help, since what follows it only gets shorter):
 * one pass over the name per piece at most.
 */
export interface Glob {
  readonly pieces: readonly string[];
}

export function compileGlob(pattern: string): Glob {
  return { pieces: pattern.toLowerCase().split('*') };
}

export function matchGlob(g: Glob, name: string): boolean {
  const s = name.toLowerCase();
  const p = g.pieces;
  if (p.length === 1) return s === p[0];
  const head = p[0];
  const tail = p[p.length - 1];
  if (s.length < head.length + tail.length || !s.startsWith(head) || !s.endsWith(tail)) return false;
  let at = head.length;
  const end = s.length - tail.length;
  for (let i = 1; i < p.length - 1; i++) {
    if (p[i] === '') continue;
    const found = s.indexOf(p[i], at);
    if (found < 0 || found + p[i].length > end) return false;
    at = found + p[i].length;
  }
  return true;
}
