import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreWordProblems } from '../../../tools/checks/coreMessages';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'liftgate-messages-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const named = (root: string) => coreWordProblems(root).map((p) => `${p.file}:${p.line} ${p.name}`);

describe('the core-says-messages check', () => {
  it('lets the core build messages and read the catalogues', () => {
    const root = tree({
      'src/core/plan/reason.ts': "import { say, type CoreMessage } from '../../i18n/render';\nimport type { MessageKey } from '../../i18n';",
      'src/core/experiments/columns.ts': "import { catalogue } from '../../i18n/catalogues';\nimport { en } from '../../i18n/catalogues/en';",
      // Words are the surfaces' to make: outside src/core, anything goes.
      'src/words/plan.ts': "import { translator } from '../i18n';\nimport { render } from '../i18n/render';",
    });
    expect(named(root)).toEqual([]);
  });

  it('names each core file that imports the translator, its type, ENGLISH or a renderer', () => {
    const root = tree({
      'src/core/charts/pictures.ts': "import { ENGLISH, type Translator } from '../../i18n';",
      'src/core/plan/errors.ts': "import { say } from '../../i18n/render';\nimport { render as words } from '../../i18n/render';",
      'src/core/import/rows.ts': "export { renderRows } from '../../i18n/render';",
      'src/core/import/any.ts': "import * as i18n from '../../i18n';",
      'src/core/dashboard/layout.ts': "let tr: import('../../i18n').Translator;",
    });
    expect(named(root).sort()).toEqual([
      'src/core/charts/pictures.ts:1 ENGLISH',
      'src/core/charts/pictures.ts:1 Translator',
      'src/core/dashboard/layout.ts:1 Translator',
      'src/core/import/any.ts:1 translator',
      'src/core/import/rows.ts:1 renderRows',
      'src/core/plan/errors.ts:2 render',
    ]);
  });
});
