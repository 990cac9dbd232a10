/**
 * Every decision's text/fill pair is readable: WCAG 2.x contrast ratio at least 4.5:1 (AA for
 * normal text), computed here from the sRGB relative luminance, independently of the styles.
 */
import { describe, expect, it } from 'vitest';
import { DECISIONS, DECISION_STYLES } from '../../../src/core/model/decisions';

/** WCAG 2.x relative luminance of "#RRGGBB". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('decision colours (docs/contract.md §2.4)', () => {
  it("the ratio matches known values (black on white 21:1, the issue's 3.4:1 and 3.9:1)", () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 6);
    expect(contrast('#FFFFFF', '#009E73')).toBeCloseTo(3.4, 1);
    expect(contrast('#FFFFFF', '#D55E00')).toBeCloseTo(3.9, 1);
  });

  it.each(DECISIONS.map((d) => [d]))('%s: text on fill is at least 4.5:1', (d) => {
    const { fill, text } = DECISION_STYLES[d];
    expect(contrast(text, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it("fills and text colours are the contract's", () => {
    expect(Object.fromEntries(DECISIONS.map((d) => [d, [DECISION_STYLES[d].fill, DECISION_STYLES[d].text]]))).toEqual({
      'SCALE UP': ['#0072B2', '#FFFFFF'],
      GO: ['#009E73', '#000000'],
      READY: ['#CCE5D8', '#000000'],
      HOLD: ['#F0E442', '#000000'],
      'NEED DATA': ['#D9D9D9', '#000000'],
      'SCALE DOWN': ['#E69F00', '#000000'],
      STOP: ['#D55E00', '#000000'],
      LOCKED: ['#EFEFEF', '#666666'],
    });
  });

  it('no symbol is an emoji (fonts without emoji show an empty box)', () => {
    for (const d of DECISIONS) expect(DECISION_STYLES[d].symbol).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
