/** The answers a stage gate can give, best first (docs/contract.md §1.5 and 2.4). */
export const GRADES = ['SCALE UP', 'GO', 'HOLD', 'SCALE DOWN', 'STOP'] as const;
export type Grade = (typeof GRADES)[number];

/** Decisions the plan evaluation adds around the grades. */
export type Decision = Grade | 'READY' | 'NEED DATA' | 'LOCKED';

export const DECISIONS: readonly Decision[] = ['SCALE UP', 'GO', 'READY', 'HOLD', 'NEED DATA', 'SCALE DOWN', 'STOP', 'LOCKED'];

export interface DecisionStyle {
  readonly fill: string;
  readonly text: string;
  /**
   * A symbol beside the word, so colour is never the only cue. Plain symbols that common
   * fonts carry (no emoji: Chromium without an emoji font shows an empty box); the sidebar
   * draws its own SVG icons.
   */
  readonly symbol: string;
}

/**
 * Okabe–Ito fills (docs/contract.md §2.4): distinguishable with the common colour-vision deficiencies.
 * Text colours keep every pair at least 4.5:1 (WCAG AA): white on green is only 3.4:1 and on
 * vermilion 3.9:1, so GO and STOP are black.
 */
export const DECISION_STYLES: Readonly<Record<Decision, DecisionStyle>> = {
  'SCALE UP': { fill: '#0072B2', text: '#FFFFFF', symbol: '⇧' },
  GO: { fill: '#009E73', text: '#000000', symbol: '✓' },
  READY: { fill: '#CCE5D8', text: '#000000', symbol: '►' },
  HOLD: { fill: '#F0E442', text: '#000000', symbol: '‖' },
  'NEED DATA': { fill: '#D9D9D9', text: '#000000', symbol: '…' },
  'SCALE DOWN': { fill: '#E69F00', text: '#000000', symbol: '⇩' },
  STOP: { fill: '#D55E00', text: '#000000', symbol: '✕' },
  LOCKED: { fill: '#EFEFEF', text: '#666666', symbol: '■' },
};

/** A gate passes when the stage may release the next stage's budget. */
export function passes(decision: Decision | ''): boolean {
  return decision === 'GO' || decision === 'SCALE UP';
}
