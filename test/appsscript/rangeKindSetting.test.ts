/** The document's `rangeKind` setting (docs/contract.md §2.5, issue #27) through the built add-on: validated, saved, echoed. */
import { describe, expect, it } from 'vitest';
import { load, messageOf } from '../support/workbook';

describe('the rangeKind setting', () => {
  it("defaults to 'sequential' and takes 'fixed' (any case)", () => {
    const { gs } = load();
    expect(gs.getSettings()).toMatchObject({ rangeKind: 'sequential' });
    expect(gs.saveSettings({ rangeKind: 'Fixed' })).toMatchObject({ rangeKind: 'fixed' });
    expect(gs.getSettings()).toMatchObject({ rangeKind: 'fixed' });
    expect(gs.saveSettings({ rangeKind: 'sequential' })).toMatchObject({ rangeKind: 'sequential' });
  });
  it('refuses anything else, naming the setting and the choices', () => {
    const { gs } = load();
    expect(messageOf(() => gs.saveSettings({ rangeKind: 'bayesian' }))).toBe('Ranges must be one of sequential, fixed; got "bayesian".');
  });
});
