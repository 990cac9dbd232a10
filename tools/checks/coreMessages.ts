/**
 * `npm run lint:messages`: the core says messages, never words (#25). A file under src/core may
 * read the catalogues (headers in every language, the vocabulary) and build messages with
 * `say`, but it may not import what turns a message into text — `translator`, the `Translator`
 * type, `ENGLISH` or any `render…` from src/i18n — so every language is produced in one place,
 * at the surfaces (src/words, the adapter, the registry, the sidebar, the tools).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { listFiles } from './importGraph';

/** Names that make text out of messages: the translator and the renderers. */
const WORD_MAKERS = /^(translator|Translator|ENGLISH|render\w*)$/;

export interface WordsProblem {
  readonly file: string;
  readonly name: string;
  readonly line: number;
}

/** Does a module specifier, written in `file`, point into src/i18n? */
function intoI18n(root: string, file: string, spec: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = relative(root, resolve(root, dirname(file), spec))
    .split('\\')
    .join('/');
  return target === 'src/i18n' || target.startsWith('src/i18n/');
}

/** Every word maker a file imports (or re-exports, or names in an `import('…')` type) from src/i18n. */
export function wordMakersIn(root: string, file: string, text: string): WordsProblem[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: WordsProblem[] = [];
  const flag = (name: string, node: ts.Node) => {
    if (WORD_MAKERS.test(name)) out.push({ file, name, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (intoI18n(root, file, node.moduleSpecifier.text)) {
        if (ts.isImportDeclaration(node)) {
          const clause = node.importClause;
          if (clause?.name) flag(clause.name.text, clause.name);
          const bindings = clause?.namedBindings;
          // `import * as i18n` hands over everything, the translator included.
          if (bindings && ts.isNamespaceImport(bindings)) flag('translator', bindings);
          if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) flag((e.propertyName ?? e.name).text, e);
        } else if (!node.exportClause) flag('translator', node);
        else if (ts.isNamedExports(node.exportClause)) for (const e of node.exportClause.elements) flag((e.propertyName ?? e.name).text, e);
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      if (intoI18n(root, file, node.argument.literal.text) && node.qualifier)
        flag(ts.isIdentifier(node.qualifier) ? node.qualifier.text : node.qualifier.right.text, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

export function coreWordProblems(root: string): WordsProblem[] {
  return listFiles(root, 'src/core').flatMap((f) => wordMakersIn(root, f, readFileSync(join(root, f), 'utf8')));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const problems = coreWordProblems(root);
  for (const p of problems)
    console.log(
      `${p.file}:${p.line} imports ${p.name} from src/i18n: the core returns messages (say); render them at the surface (src/words, the adapter, the sidebar)`,
    );
  console.log(`messages: ${problems.length} core files make words`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
