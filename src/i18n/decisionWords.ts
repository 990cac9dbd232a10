/**
 * Decision words as people type them in any of the four languages ("SKALER OPP", "стоп",
 * "扩量") → the English code. NEXT_BUDGET and the engine accept them; results stay English.
 */
import { DECISIONS, type Decision } from '../core/model/decisions';
import { catalogue } from './catalogues';
import { LANGUAGES } from './languages';

/** How a typed word is compared: case-insensitive, spaces collapsed. */
export const wordKey = (s: string) => s.trim().toUpperCase().replace(/\s+/g, ' ');

let words: Readonly<Record<string, Decision>> | undefined;

/** Words earlier versions wrote into Decision cells (before the #26 translation review): still read. */
const FORMER_WORDS: Readonly<Record<string, Decision>> = { ДАЛЬШЕ: 'GO', ЗАКРЫТ: 'LOCKED' };

/** Every language's word for every decision, by wordKey (built on first use). */
export function decisionWords(): Readonly<Record<string, Decision>> {
  if (!words) {
    const out: Record<string, Decision> = { ...FORMER_WORDS };
    for (const l of LANGUAGES) for (const d of DECISIONS) out[wordKey(catalogue(l)[`decision.${d.replace(' ', '_')}` as 'decision.GO'])] ??= d;
    words = out;
  }
  return words;
}

/** The decision a cell's word names, in any language, or null. */
export function decisionFromWord(word: unknown): Decision | null {
  return typeof word === 'string' ? (decisionWords()[wordKey(word)] ?? null) : null;
}
