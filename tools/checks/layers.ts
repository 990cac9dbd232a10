/**
 * `npm run lint:layers`: the house's floors. Each room (a folder of src/core, src/, tools/) may
 * import only rooms on lower floors and itself; no two rooms import each other, and no files
 * import each other in a circle. The floors are the architecture a newcomer should see in the
 * folder names (docs/design.md): the shared model at the bottom, the words above it, then
 * numbers, statistics, evidence, the plan, geo tests, imports, the core's messages in words,
 * and the surfaces on top.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importGraph, type SourceFile } from './importGraph';

/** Lowest first. A room not listed is an error, so a new folder gets a floor on purpose. */
export const FLOORS: readonly (readonly string[])[] = [
  ['src/core/model'],
  ['src/i18n'],
  ['src/core/numbers', 'src/core/calendar', 'src/core/vocabulary'],
  ['src/core/stats', 'src/core/gates', 'src/core/metrics'],
  ['src/core/evidence', 'src/core/charts'],
  ['src/core/plan'],
  ['src/core/geo', 'src/core/experiments'],
  ['src/core/import', 'src/core/workbook'],
  ['src/core/dashboard'],
  ['src/words'],
  ['src/registry'],
  ['src/api'],
  ['src/appsscript'],
  ['src/sidebar'],
  ['src/main.ts'],
  ['tools/apps-script-fake', 'tools/workbooks', 'tools/i18n', 'tools/checks', 'tools/chromium'],
  ['tools/build'],
  ['tools/preview'],
  ['tools/bench', 'tools/screenshots'],
  ['tools/simulate'],
  ['tools/testSummary.mjs'],
];

/** The room of a file: the longest listed folder that holds it. */
export function roomOf(file: string, floors = FLOORS): string | null {
  let best: string | null = null;
  for (const room of floors.flat()) if ((file === room || file.startsWith(room + '/')) && (!best || room.length > best.length)) best = room;
  return best;
}

export interface LayerProblem {
  readonly kind: 'no floor' | 'upward' | 'room cycle' | 'file cycle';
  readonly text: string;
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
function cycles(nodes: readonly string[], edges: (n: string) => readonly string[]): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return out;
}

export function layerProblems(files: readonly SourceFile[], floors = FLOORS): LayerProblem[] {
  const floorOf = new Map(floors.flatMap((rooms, i) => rooms.map((r) => [r, i] as const)));
  const problems: LayerProblem[] = [];
  const roomEdges = new Map<string, Set<string>>();
  for (const f of files) {
    const from = roomOf(f.file, floors);
    if (!from) {
      problems.push({ kind: 'no floor', text: `${f.file} is in no room of tools/checks/layers.ts` });
      continue;
    }
    for (const target of f.imports) {
      const to = roomOf(target, floors);
      if (!to || to === from) continue;
      if (!roomEdges.has(from)) roomEdges.set(from, new Set());
      roomEdges.get(from)!.add(to);
      if (floorOf.get(to)! > floorOf.get(from)!)
        problems.push({ kind: 'upward', text: `${f.file} imports ${target}: ${from} may not depend on ${to}, a floor above it` });
    }
  }
  for (const scc of cycles([...roomEdges.keys()], (r) => [...(roomEdges.get(r) ?? [])]))
    problems.push({ kind: 'room cycle', text: `rooms import each other: ${scc.join(' ⇄ ')}` });
  const byFile = new Map(files.map((f) => [f.file, f.imports]));
  for (const scc of cycles([...byFile.keys()], (f) => byFile.get(f) ?? []))
    problems.push({ kind: 'file cycle', text: `files import each other: ${scc.join(' ⇄ ')}` });
  return problems;
}

const here = dirname(fileURLToPath(import.meta.url));
/** Problems known when the check arrived, one per line: they may only go away (the file shrinks), never come back or grow. */
export const KNOWN = join(here, 'layers-known.txt');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(here, '..', '..');
  const problems = layerProblems(importGraph(root, ['src', 'tools'])).map((p) => `${p.kind}: ${p.text}`);
  if (process.argv.includes('--write-known')) writeFileSync(KNOWN, problems.sort().join('\n') + '\n');
  const known = new Set(existsSync(KNOWN) ? readFileSync(KNOWN, 'utf8').split('\n').filter(Boolean) : []);
  const fresh = problems.filter((p) => !known.has(p));
  const gone = [...known].filter((k) => !problems.includes(k));
  for (const p of fresh) console.log(`new ${p}`);
  for (const g of gone) console.log(`fixed (remove it from tools/checks/layers-known.txt): ${g}`);
  console.log(`layers: ${problems.length} problems, ${problems.length - fresh.length} of them known (tools/checks/layers-known.txt), ${fresh.length} new`);
  process.exitCode = fresh.length === 0 && gone.length === 0 ? 0 : 1;
}
