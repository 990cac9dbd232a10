/**
 * Finds text a user would read that is written in the source instead of the catalogues
 * (src/i18n/catalogues): JSX text, user-facing JSX attributes, the messages of errors and
 * dialogs, and any string that reads like words of a sentence. Parsed with TypeScript's own
 * parser, so comments, imports and types never count. `npx tsx tools/i18n/literals.ts` lists them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Literal {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

/** Where users read LiftGate's words: the server (adapter), the engine's sentences, the sidebar, charts and imports. */
export const SCANNED = [
  'src/appsscript',
  'src/sidebar',
  'src/words',
  'src/core/plan',
  'src/core/charts',
  'src/core/dashboard',
  'src/core/import',
  'src/core/geo',
  'src/core/evidence',
  'src/core/experiments',
];

/**
 * Files whose words are data, not messages, each for a stated reason. Custom functions' errors
 * (src/registry, src/core/stats, the geo solvers and the dispatcher) stay English by design: see
 * the README's Languages section.
 */
export const NOT_MESSAGES: Readonly<Record<string, string>> = {
  'src/core/plan/example.ts': 'the English example; localizedExample.ts makes its words catalogue messages, cell by cell',
  'src/core/plan/headers.ts': 'header names to recognise, and the English metric labels of the JSON',
  'src/core/plan/types.ts': 'English default settings; the adapter fills sheet names from the catalogues',
  'src/core/import/platforms.ts': 'the headers ad platforms write in their exports, matched, never shown',
  'src/appsscript/customFunctions.ts': "the custom functions' dispatcher: their errors stay English",
  'src/appsscript/lazyModules.ts': 'its one error is a fault of the build (lazy code asking for a module the build did not pass it), never of the input',
  // The geo room (issue #25): its sentences for the plan are catalogue keys (geo.warning.*, geo.error.*); these stay English.
  'src/core/geo/geoLift.ts': "GEO_LIFT's input errors: the custom functions' errors are English by design (README, Languages)",
  'src/core/geo/panel.ts':
    'the geo input checks shared by GEO_LIFT and GEO_MARKETS: custom-function errors, English by design; the plan puts them inside translated messages as their detail',
  'src/core/geo/simplexLeastSquares.ts': "the donor-weight solver's failure, a custom-function error (English by design)",
  'src/core/geo/plan/example.ts': 'the example Geo sheet: market names, data not messages',
  'src/core/geo/plan/stageGeo.ts':
    "GeoInputError details in GEO_LIFT's words (English, as its errors are), carried as the {problem} of the translated geo.warning.* messages; column names for cell errors",
  'src/core/evidence/providers.ts':
    "range method codes of the JSON (MetricRange.method: 'weekly ratio', 'sales growth'), read by the ledger, never shown as sentences",
  'src/core/experiments/readLedger.ts':
    "the ledger's method codes ('Control group', 'Trimmed Match'), written into the sheet as codes in every language (docs/contract.md §2.8)",
  'src/core/experiments/stageExperiment.ts': "the ledger's method codes, matched from the range's method",
};

/** JSX attributes a person reads or hears (screen readers). */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-valuetext']);
/** Calls whose string argument reaches a person. */
const SINK_CALLS = new Set([
  'alert',
  'addItem',
  'setTitle',
  'setNotes',
  'setNote',
  'setHelpText',
  'setNotice',
  'setError',
  'setStatus',
  'showModalDialog',
  'toast',
  'setValue',
]);
const ERRORS = new Set(['Error', 'PlanError', 'ImportError', 'TypeError', 'RangeError']);
/** Object keys whose string values are shown. */
const SHOWN_KEYS = new Set(['message', 'text', 'title', 'label', 'legend', 'caption', 'summary', 'note', 'help', 'description']);

/** Two words of letters: a sentence or a phrase, not an identifier, a key, a CSS class or a format. */
const PHRASE = /\p{L}{2,}[ ,;:!?…]+\p{L}{2,}/u;
const LETTERS = /\p{L}{2,}/u;

/**
 * Technical strings that look like words but are not read as prose: CSS classes, number and
 * date formats, HTML/ARIA values, sheet formulas, property names. Each is explained where used.
 */
export const ALLOWED: readonly RegExp[] = [
  /^(criterion|spend|badge|card|settings|evidence|range|reason|status|error|notice|hint|next|warnings|intro|actions|primary|overspent|dashboard|chart|charts|legend|swatch|winner|mark|name|vals|gap|bar|axis|tick|ticks|series|line|dot|dots|band|small|numbers|table|sr-only|visually-hidden)( [a-z-]+)*$/, // class lists
  /^[#0.,]+( ?[a-z]+)?$/, // number formats
  /^yyyy-mm-dd( hh:mm)?$/, // date formats
  /^=/, // formulas
  /^(application\/json|text\/html|image\/svg\+xml)/, // MIME types
  /^(SCALE UP|SCALE DOWN|NEED DATA|GO|HOLD|STOP|READY|LOCKED)$/, // decision codes (docs/contract.md §5: they stay English)
  /^LiftGate$/, // the product's name
  /^\[object \w+\]$/, // Object.prototype.toString tags
  /^(undated|Control|Control × test\/control size)$/, // chart series keys; pictures.ts names them through the catalogues
  /^geo-fit( poor)?$/, // CSS classes of the geo card
  /^Test markets$/, // the geo reader's column name (docs/contract.md §2.6), English in every document like the function names
  /^test vs control$/, // part of a Dashboard chart's key, which a refresh finds its charts by in any language
  /^(same numbers|a row typed by hand is there|the row there already covers these days)$/, // skip-reason codes; importData names them through the catalogues
  /^<[a-z][a-z0-9]*( style="[^"]*")?>/, // the schedule e-mail's markup; its words come from the catalogues
  /^([a-z-]+:[^;"<>]+;?)+$/, // inline CSS declarations of that e-mail
];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|tsx)$/.test(f) && !/\.d\.ts$/.test(f)) out.push(p);
  }
  return out;
}

/** The literal text of a string or template (placeholders removed), or null. */
function textOf(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

function calleeName(e: ts.Expression): string | null {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}

/** Why a string literal at this place would be read by a person, or null. */
function sinkOf(node: ts.Node): string | null {
  for (let p: ts.Node | undefined = node.parent, child: ts.Node = node; p; child = p, p = p.parent) {
    if (ts.isNewExpression(p) && ts.isIdentifier(p.expression) && ERRORS.has(p.expression.text)) return `new ${p.expression.text}()`;
    if (ts.isThrowStatement(p)) return 'throw';
    if (ts.isCallExpression(p) && child !== p.expression) {
      const name = calleeName(p.expression);
      if (name && SINK_CALLS.has(name)) return `${name}()`;
      if (name === 'push' && ts.isPropertyAccessExpression(p.expression) && /warnings|problems|notes|messages/i.test(p.expression.expression.getText()))
        return `${p.expression.expression.getText()}.push()`;
      return null; // an argument of some other call: judged by the phrase rule
    }
    if (ts.isPropertyAssignment(p) && child === p.initializer) {
      const key = p.name.getText().replace(/['"]/g, '');
      return SHOWN_KEYS.has(key) ? `${key}:` : null;
    }
    if (ts.isJsxAttribute(p)) {
      const name = p.name.getText();
      return READ_ATTRIBUTES.has(name) ? `${name}=` : null;
    }
    if (ts.isJsxExpression(p) && p.parent && (ts.isJsxElement(p.parent) || ts.isJsxFragment(p.parent))) return 'JSX text';
    // Only a value that is itself rendered: `{busy ? 'Saving…' : 'Save'}`, `{x && 'text'}`, not `{kind === 'ok' && …}`.
    const passesThrough =
      ts.isParenthesizedExpression(p) ||
      (ts.isConditionalExpression(p) && child !== p.condition) ||
      (ts.isBinaryExpression(p) &&
        child === p.right &&
        [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(
          p.operatorToken.kind,
        )) ||
      ts.isTemplateSpan(p) ||
      ts.isTemplateExpression(p) ||
      ts.isArrayLiteralExpression(p) ||
      ts.isSpreadElement(p);
    if (
      !passesThrough &&
      !ts.isNewExpression(p) &&
      !ts.isCallExpression(p) &&
      !ts.isThrowStatement(p) &&
      !ts.isPropertyAssignment(p) &&
      !ts.isJsxAttribute(p) &&
      !ts.isJsxExpression(p)
    )
      return null;
  }
  return null;
}

/** The literals of one file's text (`file` ends in .tsx for JSX). */
export function literalsIn(file: string, text: string): Literal[] {
  const out: Literal[] = [];
  {
    {
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const add = (node: ts.Node, text: string, why: string) => {
        const t = text.trim();
        if (ALLOWED.some((re) => re.test(t))) return;
        out.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: t, why });
      };
      const visit = (node: ts.Node) => {
        if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node) || ts.isLiteralTypeNode(node)) return;
        if (ts.isJsxText(node)) {
          if (LETTERS.test(node.text)) add(node, node.text, 'JSX text');
          return;
        }
        const text = textOf(node);
        if (text !== null) {
          // Catalogue keys (tr.t('card.spend')) and element lookups are not prose.
          const parent = node.parent;
          // A CodedError's first argument is the catalogue key the sidebar translates (src/api/serverError.ts).
          const isKey =
            (ts.isCallExpression(parent) && ['t', 'rich', 'decision'].includes(calleeName(parent.expression) ?? '')) ||
            (ts.isNewExpression(parent) && calleeName(parent.expression) === 'CodedError' && parent.arguments?.[0] === node);
          const isIndex = ts.isElementAccessExpression(parent) || (ts.isPropertyAssignment(parent) && parent.name === node);
          if (!isKey && !isIndex && LETTERS.test(text)) {
            const sink = sinkOf(node);
            if (sink) add(node, text, sink);
            else if (PHRASE.test(text)) add(node, text, 'reads like a phrase');
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return out;
}

export function findLiterals(root: string, dirs: readonly string[] = SCANNED): Literal[] {
  const out: Literal[] = [];
  for (const dir of dirs) {
    for (const path of files(join(root, dir))) {
      const file = relative(root, path);
      if (!NOT_MESSAGES[file]) out.push(...literalsIn(file, readFileSync(path, 'utf8')));
    }
  }
  return out;
}

if (process.argv[1] && process.argv[1].endsWith('literals.ts')) {
  const found = findLiterals(process.cwd());
  for (const l of found) console.log(`${l.file}:${l.line}  [${l.why}]  ${JSON.stringify(l.text)}`);
  console.log(`${found.length} literal(s)`);
}
