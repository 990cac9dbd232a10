import type { Direction } from '../model/criterion';
import type { Grade } from '../model/decisions';

/** Looked up once (a global lookup per call is slow in sandboxed global scopes). */
const { round, abs } = Math;

export interface GateSettings {
  /** How far below target (relative) still counts as HOLD; twice this is SCALE DOWN. */
  readonly tolerance: number;
  /** How far above target (relative) earns SCALE UP. */
  readonly scaleMargin: number;
}

export const DEFAULT_GATE: GateSettings = { tolerance: 0.1, scaleMargin: 0.2 };

/**
 * Relative gap of one criterion: positive is better than target, whatever the direction.
 * g = (actual − target)/|target| for ">=", (target − actual)/|target| for "<=".
 * A target of 0 has no relative scale: meeting it counts as exactly on target (0),
 * missing it as infinitely far (−∞), beating it as +∞.
 */
export function relativeGap(actual: number, target: number, direction: Direction): number {
  const diff = direction === '>=' ? actual - target : target - actual;
  if (target === 0) return diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity;
  // Round away binary noise so a gap that is exactly on a threshold in decimal is graded as
  // such: ROAS 2.4 against 3 is 20% short, not 20.000000000000004% (which would be STOP).
  return round((diff / abs(target)) * 1e12) / 1e12;
}

/** The grade of one gap: g ≥ margin SCALE UP; ≥ 0 GO; ≥ −tol HOLD; ≥ −2·tol SCALE DOWN; else STOP. */
export function gradeGap(gap: number, settings: GateSettings = DEFAULT_GATE): Grade {
  if (gap >= settings.scaleMargin) return 'SCALE UP';
  if (gap >= 0) return 'GO';
  if (gap >= -settings.tolerance) return 'HOLD';
  if (gap >= -2 * settings.tolerance) return 'SCALE DOWN';
  return 'STOP';
}

/** A row's decision follows its worst criterion (the smallest gap). */
export function gradeWorst(gaps: readonly number[], settings: GateSettings = DEFAULT_GATE): Grade | '' {
  if (gaps.length === 0) return '';
  let worst = Infinity;
  for (const g of gaps) if (g < worst) worst = g;
  return gradeGap(worst, settings);
}
