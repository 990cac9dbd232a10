import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../src/registry';
import { REFERENCE, withReference } from '../../tools/build/readme';

describe('the function reference (docs/reference.md)', () => {
  const readme = readFileSync(REFERENCE, 'utf8');
  it('is generated from the registry and up to date (run `npm run docs` if this fails)', () => {
    expect(withReference(readme)).toBe(readme);
  });
  it('documents every function', () => {
    for (const f of FUNCTIONS) expect(readme).toContain(`#### \`${f.name}(`);
  });
});
