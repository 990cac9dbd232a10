import { describe, expect, it } from 'vitest';
import { benchFormulaSheet } from '../../tools/bench/formulaSheet';

describe('the hand-built formula sheet of the benchmark', () => {
  it('grades like STAGE_GATE, so the comparison is like for like', () => {
    const stages = [
      ['Stage', 'Budget', 'Min ROAS', 'Max CPA'],
      ['A', 1000, 3, 50],
      ['B', 1000, 3, 50],
      ['C', 1000, 3, 50],
    ];
    const weekly = [
      ['Week', 'Stage', 'Spend', 'Conversions', 'Revenue'],
      [new Date(Date.UTC(2025, 0, 6)), 'A', 1000, 40, 3700],
      [new Date(Date.UTC(2025, 0, 6)), 'B', 1000, 40, 2800],
      [new Date(Date.UTC(2025, 0, 6)), 'C', 1000, 40, 1500],
    ];
    expect(benchFormulaSheet(stages, weekly).decisions).toEqual(['SCALE UP', 'HOLD', 'STOP']);
  });
});
