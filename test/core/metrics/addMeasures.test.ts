import { describe, expect, it } from 'vitest';
import { addMeasures } from '../../../src/core/metrics/addMeasures';
import { emptySums, MEASURES } from '../../../src/core/metrics/measures';

describe('addMeasures', () => {
  it('adds every measure of MEASURES, each into its own field', () => {
    const into = emptySums();
    const row = emptySums();
    MEASURES.forEach((m, i) => (row[m] = i + 1));
    addMeasures(into, row);
    addMeasures(into, row);
    for (const [i, m] of MEASURES.entries()) expect(into[m]).toBe(2 * (i + 1));
    expect(Object.keys(into).sort()).toEqual([...MEASURES].sort());
  });
});
