import type { Decision } from '../core/model/decisions';
/**
 * Small inline SVG icons beside each decision word. Drawn, not typed: an emoji or a rare
 * symbol shows as an empty box where the browser has no font for it (Debian's Chromium has no
 * emoji font). The word is always beside the icon; the icon is decoration (aria-hidden).
 */

const PATHS: Record<Decision, string> = {
  'SCALE UP': 'M6 1 L11 6 H8 V11 H4 V6 H1 Z',
  GO: 'M1.5 6.5 L4.5 9.5 L10.5 2.5',
  READY: 'M3 1.5 L10 6 L3 10.5 Z',
  HOLD: 'M3.5 2 V10 M8.5 2 V10',
  'NEED DATA': 'M2 6 h0.01 M6 6 h0.01 M10 6 h0.01',
  'SCALE DOWN': 'M6 11 L11 6 H8 V1 H4 V6 H1 Z',
  STOP: 'M2.5 2.5 L9.5 9.5 M9.5 2.5 L2.5 9.5',
  // A padlock: the shackle and the body.
  LOCKED: 'M3.5 5.5 V3.8 A2.5 2.5 0 0 1 8.5 3.8 V5.5 M2 5.5 H10 V11 H2 Z',
};

/** Filled shapes; the others are strokes. */
const FILLED = new Set<Decision>(['SCALE UP', 'READY', 'SCALE DOWN']);

export function DecisionIcon({ decision }: { decision: Decision }) {
  const filled = FILLED.has(decision);
  return (
    <svg class="icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false" data-icon={decision}>
      <path
        d={PATHS[decision]}
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width={decision === 'NEED DATA' ? 2.6 : filled ? 0.5 : 1.8}
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
