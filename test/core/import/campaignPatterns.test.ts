/**
 * Campaign patterns with `*` (#20): matched in linear time — the regular expression they were
 * before backtracked for seconds on many stars against a long near-miss — and with the same
 * answers as that expression on every small case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCampaigns } from '../../../src/core/import/campaigns';

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const reference = (pattern: string, name: string) => new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`, 'is').test(name);

describe('campaign patterns', () => {
  it('a pattern with many stars against a long name that almost matches answers at once', () => {
    const pattern = `${'a*'.repeat(30)}b`;
    const map = readCampaigns([
      ['Campaign', 'Stage'],
      [pattern, 'Test'],
    ]);
    expect(map.lookup('a'.repeat(20_000))).toBeNull();
    expect(map.lookup(`${'a'.repeat(20_000)}b`)).toEqual({ stage: 'Test', variant: '' });
  });

  it('matches exactly what the regular expression matched, case-insensitively', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '*', '.', ' '), maxLength: 8 });
    fc.assert(
      fc.property(piece, fc.string({ unit: fc.constantFrom('a', 'b', 'B', '.', ' '), maxLength: 10 }), (pattern, name) => {
        fc.pre(pattern.includes('*') && pattern.trim() === pattern && pattern.length > 0);
        const map = readCampaigns([
          ['Campaign', 'Stage'],
          [pattern, 'S'],
        ]);
        expect(map.lookup(name) !== null).toBe(reference(pattern, name));
      }),
      { numRuns: 3000 },
    );
  });
});
