/**
 * The `Variant split` cell of a stage (docs/contract.md §2.1): the planned share of visitors per
 * variant, as people write it — `50/50`, `60:40`, `60% / 40%`, `A 60, B 40`, `Video: 70%;
 * Carousel: 30%`. Shares are relative (`1/1` is `50/50`). Positional shares follow the order in
 * which the variants first appear in `Weekly`; named ones are matched by name, ignoring case.
 */

import type { VariantSplit } from '../model/stagePlan';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)\s*%?`;
const ONLY_NUMBERS = new RegExp(String.raw`^\s*${NUMBER}(?:\s*[/:|;,\s]\s*${NUMBER})+\s*$`, 'u');
const NAMED_PART = new RegExp(String.raw`^\s*(.*?\S)\s*[:=]?\s*${NUMBER}\s*$`, 'u');

const toNumber = (text: string) => Number(text.replace(',', '.'));

/** The split a cell describes, or null when it is not one (the caller names the cell). */
export function parseVariantSplit(text: string): VariantSplit | null {
  const t = text.trim();
  if (!t) return null;
  if (ONLY_NUMBERS.test(t)) {
    // "50/50", "60:40", "50 50", "60%/40%"; a decimal comma only inside a number ("0,5/0,5").
    const parts = t.split(/\s*[/:|;]\s*|\s+|,\s+/u).filter(Boolean);
    const shares = (parts.length > 1 ? parts : t.split(',')).map((p) => toNumber(p.replace('%', '').trim()));
    return shares.length >= 2 && shares.every((s) => s >= 0 && Number.isFinite(s)) && shares.some((s) => s > 0) ? { kind: 'positional', shares } : null;
  }
  const names: string[] = [];
  const shares = new Map<string, number>();
  for (const part of t.split(/[,;/|]/u)) {
    if (!part.trim()) continue;
    const m = NAMED_PART.exec(part);
    if (!m || /^\d/u.test(m[1])) return null;
    const key = m[1].toLowerCase();
    if (shares.has(key)) return null;
    names.push(m[1]);
    shares.set(key, toNumber(m[2]));
  }
  return names.length >= 2 && [...shares.values()].some((s) => s > 0) ? { kind: 'named', shares, names } : null;
}

/**
 * The planned shares of `variants` (in Weekly order), or null when the split does not name
 * them all (a warning says so): equal shares when there is no split.
 */
export function plannedShares(split: VariantSplit | null, variants: readonly string[]): number[] | null {
  if (!split) return variants.map(() => 1);
  if (split.kind === 'positional') return split.shares.length === variants.length ? [...split.shares] : null;
  if (split.shares.size !== variants.length) return null;
  const out: number[] = [];
  for (const v of variants) {
    const s = split.shares.get(v.toLowerCase());
    if (s === undefined) return null;
    out.push(s);
  }
  return out;
}

/** Shares as whole percentages that add up to 100 ("58/42"), largest remainders rounded up. */
export function percentSplit(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return values.map(() => 0);
  const exact = values.map((v) => (v / total) * 100);
  const out = exact.map(Math.floor);
  let left = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]++;
    left--;
  }
  return out;
}
