import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../src/registry';
import { README, withReference } from '../../tools/build/readme';

describe('README function reference', () => {
  const readme = readFileSync(README, 'utf8');
  it('is generated from the registry and up to date (run `npm run docs` if this fails)', () => {
    expect(withReference(readme)).toBe(readme);
  });
  it('documents every function', () => {
    for (const f of FUNCTIONS) expect(readme).toContain(`#### \`${f.name}(`);
  });
});
