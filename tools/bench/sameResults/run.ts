/**
 * `npx tsx tools/bench/sameResults/run.ts record|compare FILE [tm] [tmlarge] [geo] [large] [evaluate] [evaluatebig]`:
 * record today's outputs, or compare against a recording to 1e-12 (see cases.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { allOutputs } from './cases';

const [mode, file, ...which] = process.argv.slice(2);
const parts = which.length ? which : ['tm', 'geo', 'evaluate'];
const now = allOutputs(parts);

/** Every leaf that differs by more than 1e-12 × max(1, |recorded|), with its path. */
function differences(a: unknown, b: unknown, path: string, out: string[]): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) && Number.isNaN(b)) return;
    if (!(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a)))) out.push(`${path}: ${a} → ${b}`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
}

// JSON keeps NaN as null; compare what a recording can hold.
const plain = JSON.parse(JSON.stringify(now, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)));
if (mode === 'record') {
  writeFileSync(file, JSON.stringify(plain));
  console.log(`recorded ${Object.keys(plain).length} outputs to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8'));
  const diffs: string[] = [];
  let compared = 0;
  for (const key of Object.keys(plain)) {
    if (!(key in before)) continue;
    compared++;
    differences(before[key], plain[key], key, diffs);
  }
  console.log(`${compared} outputs compared, ${diffs.length} numbers differ by more than 1e-12`);
  for (const d of diffs.slice(0, Number(process.env.SHOW ?? 40))) console.log('  ' + d);
  process.exitCode = diffs.length ? 1 : 0;
}
