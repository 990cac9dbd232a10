/**
 * No sentence a user reads is written outside the catalogues in the server, the sidebar, the
 * template, the charts or the import (tools/i18n/literals.ts); and the scan itself finds what it
 * must and leaves technical strings alone.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_MESSAGES, findLiterals, literalsIn } from '../../tools/i18n/literals';

const root = join(__dirname, '..', '..');

describe('the scan', () => {
  it('finds JSX text, read attributes, messages of errors and dialogs, and phrases', () => {
    const found = literalsIn(
      'x.tsx',
      `
      const A = () => <p aria-label="Stage list" class="card big">Evaluate now {busy ? 'Saving…' : tr.t('settings.save')}</p>;
      function f() {
        throw new Error(\`Sheet \${name} is missing\`);
      }
      ui.alert('Could not evaluate', msg);
      warnings.push('Stage has no targets');
      const note = 'keep the budget';
      const o = { message: 'Done' };
      `,
    ).map((l) => `${l.why}: ${l.text}`);
    expect(found).toEqual([
      'aria-label=: Stage list',
      'JSX text: Evaluate now',
      'JSX text: Saving…',
      'new Error(): Sheet   is missing',
      'alert(): Could not evaluate',
      'warnings.push(): Stage has no targets',
      'reads like a phrase: keep the budget',
      'message:: Done',
    ]);
  });

  it('leaves keys, codes, classes, comparisons, formats and formulas alone', () => {
    const found = literalsIn(
      'y.tsx',
      `
      // A comment with words in it is not a literal.
      import { x } from './some module';
      const B = () => <li class={\`criterion \${state}\`} data-decision="SCALE UP">{kind === 'ok' && tr.t('card.met')} {tr.decision('NEED DATA')}</li>;
      range.setNumberFormat('yyyy-mm-dd hh:mm');
      cell.setValue('=ROAS(I2:I, D2:D)');
      const code: Decision = 'SCALE DOWN';
      type T = 'some words here';
      `,
    );
    expect(found).toEqual([]);
  });
});

describe('the source', () => {
  it('writes every user-visible sentence through the catalogues', () => {
    const found = findLiterals(root).map((l) => `${l.file}:${l.line} [${l.why}] ${JSON.stringify(l.text)}`);
    expect(found).toEqual([]);
  });

  it('names why each exempt file holds words', () => {
    for (const [file, why] of Object.entries(NOT_MESSAGES)) expect(why.length, file).toBeGreaterThan(20);
  });
});
