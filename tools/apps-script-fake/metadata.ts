/**
 * Developer metadata (Sheet.addDeveloperMetadata, Sheet/Spreadsheet.createDeveloperMetadataFinder),
 * as the real service has it: key–value pairs attached to a sheet, found by key and value,
 * kept when the sheet is renamed, gone with the sheet. Only sheet-level metadata is imitated.
 */
import { counted, type CallCounter } from './calls';

export interface MetadataData {
  key: string;
  value: string | null;
}

interface Owner {
  metadata: (MetadataData & { id: number })[];
  calls: CallCounter;
  name: string;
}

let nextId = 1;

/** Sheets allows a key of at most 256 characters and 30,000 characters of metadata per sheet. */
export function addMetadata(sheet: Owner, key: string, value?: string | null): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > 256) throw new Error('Exception: Invalid argument: key');
  const v = value === undefined || value === null ? null : String(value);
  const used = sheet.metadata.reduce((n, m) => n + m.key.length + (m.value?.length ?? 0), 0);
  if (used + key.length + (v?.length ?? 0) > 30000) throw new Error('Exception: Developer metadata size limit exceeded for this sheet.');
  sheet.metadata.push({ id: nextId++, key, value: v });
}

export class FakeDeveloperMetadata {
  constructor(
    private readonly sheet: Owner & object,
    private readonly entry: MetadataData & { id: number },
  ) {}
  getId(): number {
    return this.entry.id;
  }
  getKey(): string {
    return this.entry.key;
  }
  getValue(): string | null {
    return this.entry.value;
  }
  setValue(value: string): this {
    this.entry.value = value;
    return this;
  }
  setKey(key: string): this {
    this.entry.key = key;
    return this;
  }
  remove(): void {
    this.sheet.metadata = this.sheet.metadata.filter((m) => m !== this.entry);
  }
  getVisibility(): string {
    return 'DOCUMENT';
  }
  getLocation(): { getLocationType: () => string; getSheet: () => unknown } {
    const sheet = this.sheet;
    return { getLocationType: () => 'SHEET', getSheet: () => counted(sheet, 'Sheet', sheet.calls) };
  }
}

export function metadataOf(sheet: Owner & object): FakeDeveloperMetadata[] {
  return sheet.metadata.map((m) => counted(new FakeDeveloperMetadata(sheet, m), 'DeveloperMetadata', sheet.calls));
}

/** DeveloperMetadataFinder over some sheets: withKey/withValue narrow, find() returns the matches. */
export class FakeMetadataFinder {
  private key: string | null = null;
  private value: string | null = null;
  constructor(private readonly sheets: () => (Owner & object)[]) {}
  withKey(key: string): this {
    this.key = key;
    return this;
  }
  withValue(value: string): this {
    this.value = value;
    return this;
  }
  withLocationType(_t: unknown): this {
    return this;
  }
  withVisibility(_v: unknown): this {
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    const out: FakeDeveloperMetadata[] = [];
    for (const s of this.sheets())
      for (const m of metadataOf(s)) if ((this.key === null || m.getKey() === this.key) && (this.value === null || m.getValue() === this.value)) out.push(m);
    return out;
  }
}
