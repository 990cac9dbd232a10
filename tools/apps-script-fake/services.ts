/** Properties, Lock, Html, Ui, ScriptApp, Session, Utilities and the rule builders. */
import { readFileSync } from 'node:fs';
import type { ConditionalRule, FakeRange } from './spreadsheet';

export class FakeProperties {
  constructor(readonly store: Record<string, string>) {}
  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store, key) ? this.store[key] : null;
  }
  setProperty(key: string, value: unknown): this {
    this.store[key] = String(value);
    return this;
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) for (const k of Object.keys(this.store)) delete this.store[k];
    for (const [k, v] of Object.entries(props)) this.store[k] = String(v);
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this.store };
  }
  getKeys(): string[] {
    return Object.keys(this.store);
  }
  deleteProperty(key: string): this {
    delete this.store[key];
    return this;
  }
}

/** A document lock; `heldElsewhere` imitates another user's evaluation holding it. */
export class FakeLock {
  held = false;
  heldElsewhere = false;
  tryLock(_ms: number): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    return true;
  }
  waitLock(ms: number): void {
    if (!this.tryLock(ms)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}

export class FakeHtmlOutput {
  title = '';
  width = 300;
  constructor(public content: string) {}
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  getContent(): string {
    return this.content;
  }
  setSandboxMode(_m: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_m: unknown): this {
    return this;
  }
}

export function htmlService(distDir: string) {
  return {
    createHtmlOutputFromFile: (name: string) => new FakeHtmlOutput(readFileSync(`${distDir}/${name.replace(/\.html$/, '')}.html`, 'utf8')),
    createHtmlOutput: (html = '') => new FakeHtmlOutput(html),
    SandboxMode: { IFRAME: 'IFRAME' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
  };
}

export interface UiRecord {
  menus: { name: string; items: [string, string][] }[];
  sidebars: { title: string; html: string }[];
  alerts: string[];
}

export function fakeUi(record: UiRecord) {
  const menu = (name: string) => {
    const items: [string, string][] = [];
    const m = {
      addItem(label: string, fn: string) {
        items.push([label, fn]);
        return m;
      },
      addSeparator() {
        return m;
      },
      addSubMenu() {
        return m;
      },
      addToUi() {
        record.menus.push({ name, items });
      },
    };
    return m;
  };
  return {
    createAddonMenu: () => menu('LiftGate'),
    createMenu: (name: string) => menu(name),
    showSidebar: (html: FakeHtmlOutput) => {
      record.sidebars.push({ title: html.getTitle(), html: html.getContent() });
    },
    showModalDialog: (html: FakeHtmlOutput, title: string) => {
      record.sidebars.push({ title, html: html.getContent() });
    },
    alert: (a: string, b?: unknown, _c?: unknown) => {
      record.alerts.push(typeof b === 'string' ? `${a}: ${b}` : a);
      return 'OK';
    },
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' },
    Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' },
  };
}

/** newConditionalFormatRule(): the parts LiftGate uses, kept as plain data the preview can apply. */
export function conditionalFormatRuleBuilder() {
  const rule: ConditionalRule = { kind: 'textEqualTo', value: '', background: null, fontColor: null, ranges: [] };
  const b = {
    whenTextEqualTo(text: string) {
      rule.kind = 'textEqualTo';
      rule.value = text;
      return b;
    },
    whenFormulaSatisfied(formula: string) {
      rule.kind = 'formula';
      rule.value = formula;
      return b;
    },
    setBackground(color: string) {
      rule.background = color;
      return b;
    },
    setFontColor(color: string) {
      rule.fontColor = color;
      return b;
    },
    setBold(_b: boolean) {
      return b;
    },
    setRanges(ranges: FakeRange[]) {
      rule.ranges = ranges.map((r) => r._describe());
      return b;
    },
    build: () => structuredClone(rule),
  };
  return b;
}

export function dataValidationBuilder() {
  let describe = '';
  let helpText = '';
  let allowInvalid = false;
  const b = {
    requireNumberGreaterThanOrEqualTo(n: number) {
      describe = `number >= ${n}`;
      return b;
    },
    requireNumberBetween(lo: number, hi: number) {
      describe = `number between ${lo} and ${hi}`;
      return b;
    },
    requireDate() {
      describe = 'date';
      return b;
    },
    requireValueInList(list: string[], _dropdown?: boolean) {
      describe = `one of ${list.join(', ')}`;
      return b;
    },
    /** true: Sheets shows a warning on a bad cell but keeps what was typed; false: it rejects it. */
    setAllowInvalid(allow: boolean) {
      allowInvalid = allow;
      return b;
    },
    setHelpText(text: string) {
      helpText = text;
      return b;
    },
    build: () => ({ describe: (helpText ? `${describe} (${helpText})` : describe) + (allowInvalid ? ' [warn]' : ' [reject]') }),
  };
  return b;
}

export function utilities() {
  return {
    formatDate(date: Date, _tz: string, format: string) {
      const iso = new Date(date.getTime()).toISOString();
      return format === "yyyy-MM-dd'T'HH:mm:ss'Z'" ? iso.slice(0, 19) + 'Z' : iso.slice(0, 10);
    },
    sleep(_ms: number) {},
  };
}
