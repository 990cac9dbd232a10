/**
 * A small ICU MessageFormat subset, enough for whole sentences with their word order kept in
 * each language: `{name}` placeholders, `{n, plural, one {# uke} other {# uker}}` (CLDR
 * categories and `=0`-style exact matches; `#` is the number) and `{x, select, a {…} other {…}}`.
 * No ICU apostrophe quoting: an apostrophe is just an apostrophe ("the stage's budget").
 */
import type { Language } from './languages';
import { pluralCategory } from './plural';

export type Part = string | { readonly arg: string } | { readonly hash: true } | Choice;
export interface Choice {
  readonly arg: string;
  readonly kind: 'plural' | 'select';
  readonly options: Readonly<Record<string, readonly Part[]>>;
}

export type Params = Readonly<Record<string, string | number>>;

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  fail(what: string): never {
    throw new Error(`Message syntax: ${what} at ${this.i} in ${JSON.stringify(this.src)}`);
  }

  /** Text and placeholders until the end, or until the `}` that closes a branch. */
  parts(inBranch: boolean): Part[] {
    const out: Part[] = [];
    let text = '';
    while (this.i < this.src.length) {
      const c = this.src[this.i];
      if (c === '}') {
        if (!inBranch) this.fail('unexpected }');
        break;
      }
      if (c === '#' && inBranch) {
        if (text) {
          out.push(text);
          text = '';
        }
        out.push({ hash: true });
        this.i++;
        continue;
      }
      if (c === '{') {
        if (text) {
          out.push(text);
          text = '';
        }
        out.push(this.placeholder());
        continue;
      }
      text += c;
      this.i++;
    }
    if (text) out.push(text);
    return out;
  }

  word(): string {
    const m = /^\s*([^\s,{}]+)\s*/.exec(this.src.slice(this.i));
    if (!m) this.fail('expected a name');
    this.i += m[0].length;
    return m[1];
  }

  placeholder(): Part {
    this.i++; // {
    const arg = this.word();
    if (this.src[this.i] === '}') {
      this.i++;
      return { arg };
    }
    if (this.src[this.i] !== ',') this.fail('expected , or }');
    this.i++;
    const kind = this.word();
    if (kind !== 'plural' && kind !== 'select') this.fail(`unknown kind "${kind}"`);
    if (this.src[this.i] !== ',') this.fail('expected ,');
    this.i++;
    const options: Record<string, Part[]> = {};
    for (;;) {
      while (/\s/.test(this.src[this.i] ?? '')) this.i++;
      if (this.src[this.i] === '}') break;
      const key = this.word();
      if (this.src[this.i] !== '{') this.fail('expected { after an option');
      this.i++;
      options[key] = kind === 'plural' ? this.parts(true) : this.partsNoHash();
      if (this.src[this.i] !== '}') this.fail('unclosed option');
      this.i++;
    }
    this.i++;
    if (!options.other) this.fail(`${kind} without "other"`);
    return { arg, kind, options };
  }

  partsNoHash(): Part[] {
    return this.parts(true).map((p) => (typeof p === 'object' && 'hash' in p ? '#' : p));
  }
}

const parsed = new Map<string, readonly Part[]>();

export function parseMessage(message: string): readonly Part[] {
  let parts = parsed.get(message);
  if (!parts) {
    const p = new Parser(message);
    parts = p.parts(false);
    parsed.set(message, parts);
  }
  return parts;
}

export interface FormatContext {
  readonly language: Language;
  /** How `#` shows the number of a plural: with the document's grouping and decimal marks. */
  readonly number: (n: number) => string;
  /** The plural category of a number (default: the runtime's Intl, else the written-out rules). */
  readonly plural?: (n: number) => string;
}

function render(parts: readonly Part[], params: Params, ctx: FormatContext, hash: number | null): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if ('hash' in p) out += hash === null ? '#' : ctx.number(hash);
    else if ('kind' in p) {
      const v = params[p.arg];
      if (p.kind === 'plural') {
        const n = typeof v === 'number' ? v : Number(v);
        const branch = p.options[`=${n}`] ?? p.options[ctx.plural ? ctx.plural(n) : pluralCategory(ctx.language, n)] ?? p.options.other;
        out += render(branch, params, ctx, n);
      } else out += render(p.options[String(v)] ?? p.options.other, params, ctx, hash);
    } else {
      const v = params[p.arg];
      out += v === undefined ? `{${p.arg}}` : typeof v === 'number' ? ctx.number(v) : v;
    }
  }
  return out;
}

export function formatMessage(message: string, params: Params, ctx: FormatContext): string {
  return render(parseMessage(message), params, ctx, null);
}

/** The placeholders of a message, as `name` or `name:plural` / `name:select`: what a translation must keep. */
export function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (parts: readonly Part[]) => {
    for (const p of parts) {
      if (typeof p === 'string' || 'hash' in p) continue;
      if ('kind' in p) {
        found.add(`${p.arg}:${p.kind}`);
        for (const b of Object.values(p.options)) walk(b);
      } else found.add(p.arg);
    }
  };
  walk(parseMessage(message));
  return [...found].sort();
}

/** The plural options a message offers, per plural argument (for checking ru has one/few/many). */
export function pluralOptionsOf(message: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (parts: readonly Part[]) => {
    for (const p of parts) {
      if (typeof p === 'string' || 'hash' in p || !('kind' in p)) continue;
      // Every plural of the argument must offer the categories: keep the poorest one.
      if (p.kind === 'plural' && !(out[p.arg] && out[p.arg].length <= Object.keys(p.options).length)) out[p.arg] = Object.keys(p.options);
      for (const b of Object.values(p.options)) walk(b);
    }
  };
  walk(parseMessage(message));
  return out;
}
