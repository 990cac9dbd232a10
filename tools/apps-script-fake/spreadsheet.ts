/**
 * Spreadsheet, Sheet and Range, held in memory. Follows the real API's names, 1-based
 * coordinates, value types ("" for blank, numbers, booleans, Dates), copies on read, and the
 * real failures: mis-sized writes, ranges outside the sheet, inserting a sheet twice.
 */
import { CallCounter, counted } from './calls';
import { FakeChartBuilder, getCharts, insertChart, removeChart, updateChart, type ChartData, type FakeEmbeddedChart } from './charts';
import { addMetadata, FakeMetadataFinder, metadataOf, type FakeDeveloperMetadata, type MetadataData } from './metadata';
import { checkDimensions, columnLetters, copyCell, parseA1, type Cell } from './values';

export interface ConditionalRule {
  kind: 'textEqualTo' | 'formula';
  value: string;
  background: string | null;
  fontColor: string | null;
  ranges: { sheet: string; row: number; col: number; numRows: number; numCols: number }[];
}

export interface SheetData {
  name: string;
  values: Cell[][];
  formulas?: string[][];
  backgrounds?: string[][];
  fontColors?: string[][];
  notes?: string[][];
  numberFormats?: string[][];
  validations?: (string | null)[][];
  frozenRows?: number;
  conditionalRules?: ConditionalRule[];
  /** Embedded charts (newChart/insertChart), as plain data. */
  charts?: ChartData[];
  /** Merged cells (1-based), as Range.merge() makes them: only the top-left cell keeps its value. */
  merges?: { row: number; col: number; numRows: number; numCols: number }[];
  /** Developer metadata on the sheet (Sheet.addDeveloperMetadata). */
  developerMetadata?: MetadataData[];
}

const WHITE = '#ffffff';
const BLACK = '#000000';

type Layer = 'values' | 'formulas' | 'backgrounds' | 'fontColors' | 'notes' | 'numberFormats' | 'validations';
const DEFAULTS: Record<Layer, unknown> = { values: '', formulas: '', backgrounds: WHITE, fontColors: BLACK, notes: '', numberFormats: '', validations: null };

export class FakeSheet {
  readonly layers: Record<Layer, unknown[][]> = { values: [], formulas: [], backgrounds: [], fontColors: [], notes: [], numberFormats: [], validations: [] };
  maxRows: number;
  maxCols: number;
  frozenRows = 0;
  conditionalRules: ConditionalRule[] = [];
  columnWidths = new Map<number, number>();
  charts: ChartData[] = [];
  /** The spreadsheet the sheet belongs to, for chart ranges on other sheets. */
  book: FakeSpreadsheet | null = null;
  private static chartIds = 1;
  merges: { row: number; col: number; numRows: number; numCols: number }[] = [];
  metadata: (MetadataData & { id: number })[] = [];

  constructor(
    public name: string,
    readonly calls: CallCounter,
    data?: SheetData,
  ) {
    const rows = data?.values ?? [];
    this.layers.values = rows.map((r) => r.map((v) => copyCell(v)));
    for (const layer of ['formulas', 'backgrounds', 'fontColors', 'notes', 'numberFormats', 'validations'] as const) {
      const src = data?.[layer];
      if (src) this.layers[layer] = src.map((r) => [...r]);
    }
    this.frozenRows = data?.frozenRows ?? 0;
    this.conditionalRules = data?.conditionalRules ? structuredClone(data.conditionalRules) : [];
    this.charts = data?.charts ? structuredClone(data.charts) : [];
    for (const c of this.charts) FakeSheet.chartIds = Math.max(FakeSheet.chartIds, c.id + 1);
    this.merges = data?.merges ? structuredClone(data.merges) : [];
    for (const m of data?.developerMetadata ?? []) addMetadata(this, m.key, m.value);
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    this.maxRows = Math.max(1000, rows.length);
    this.maxCols = Math.max(26, width);
  }

  get(layer: Layer, r: number, c: number): unknown {
    const v = this.layers[layer][r]?.[c];
    return v === undefined ? DEFAULTS[layer] : v;
  }

  set(layer: Layer, r: number, c: number, v: unknown): void {
    const rows = this.layers[layer];
    while (rows.length <= r) rows.push([]);
    rows[r][c] = v;
  }

  lastRow(): number {
    const v = this.layers.values;
    for (let r = v.length - 1; r >= 0; r--) if (v[r].some((x) => x !== '' && x !== undefined) || this.layers.formulas[r]?.some((f) => f)) return r + 1;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    this.layers.values.forEach((row, r) => {
      for (let c = row.length - 1; c >= last; c--) {
        if ((row[c] !== '' && row[c] !== undefined) || this.layers.formulas[r]?.[c]) {
          last = c + 1;
          break;
        }
      }
    });
    return last;
  }

  checkInside(row: number, col: number, numRows: number, numCols: number): void {
    if (row < 1 || col < 1 || numRows < 1 || numCols < 1)
      throw new Error('Exception: The starting row and column of the range must be at least 1, and the number of rows and columns at least 1.');
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxCols) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  toData(): SheetData {
    const h = Math.max(this.lastRow(), 0);
    const w = Math.max(this.lastColumn(), 0);
    const grid = <T>(layer: Layer) => Array.from({ length: h }, (_, r) => Array.from({ length: w }, (_, c) => copyCell(this.get(layer, r, c)) as unknown as T));
    return {
      name: this.name,
      values: grid<Cell>('values'),
      formulas: grid<string>('formulas'),
      backgrounds: grid<string>('backgrounds'),
      fontColors: grid<string>('fontColors'),
      notes: grid<string>('notes'),
      numberFormats: grid<string>('numberFormats'),
      validations: Array.from({ length: h }, (_, r) => Array.from({ length: w }, (_, c) => (this.get('validations', r, c) as string | null) ?? null)),
      frozenRows: this.frozenRows,
      conditionalRules: structuredClone(this.conditionalRules),
      charts: structuredClone(this.charts),
      merges: structuredClone(this.merges),
      developerMetadata: this.metadata.map((m) => ({ key: m.key, value: m.value })),
    };
  }

  // ---- the API user code sees (through a counting proxy) ----
  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  getRange(a: number | string, col?: number, numRows = 1, numCols = 1): FakeRange {
    let r: number, c: number;
    if (typeof a === 'string') {
      const p = parseA1(a);
      ({ row: r, col: c, numRows, numCols } = p);
    } else {
      r = a;
      c = col!;
    }
    if (typeof r !== 'number' || typeof c !== 'number' || !Number.isInteger(r) || !Number.isInteger(c)) {
      throw new Error("Exception: The parameters (number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    this.checkInside(r, c, numRows, numCols);
    return counted(new FakeRange(this, r, c, numRows, numCols), 'Range', this.calls);
  }
  getDataRange(): FakeRange {
    return counted(new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn())), 'Range', this.calls);
  }
  getLastRow(): number {
    return this.lastRow();
  }
  getLastColumn(): number {
    return this.lastColumn();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  insertRowsAfter(after: number, howMany: number): this {
    if (after < 1 || after > this.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    for (const layer of Object.keys(this.layers) as Layer[]) this.layers[layer].splice(after, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    if (after < 1 || after > this.maxCols) throw new Error('Exception: Those columns are out of bounds.');
    for (const layer of Object.keys(this.layers) as Layer[])
      for (const row of this.layers[layer]) if (row.length > after) row.splice(after, 0, ...Array.from({ length: howMany }, () => DEFAULTS[layer]));
    this.maxCols += howMany;
    return this;
  }
  appendRow(rowContents: unknown[]): this {
    const r = this.lastRow();
    if (r + 1 > this.maxRows) this.maxRows = r + 1;
    if (rowContents.length > this.maxCols) this.maxCols = rowContents.length;
    rowContents.forEach((v, c) => writeCell(this, r, c, v));
    return this;
  }
  setFrozenRows(n: number): void {
    this.frozenRows = n;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setConditionalFormatRules(rules: ConditionalRule[]): void {
    this.conditionalRules = rules.map((r) => structuredClone(r));
  }
  getConditionalFormatRules(): ConditionalRule[] {
    return this.conditionalRules.map((r) => structuredClone(r));
  }
  autoResizeColumns(_start: number, _n: number): this {
    return this;
  }
  setColumnWidth(col: number, width: number): this {
    this.columnWidths.set(col, width);
    return this;
  }
  setColumnWidths(start: number, n: number, width: number): this {
    for (let c = start; c < start + n; c++) this.columnWidths.set(c, width);
    return this;
  }
  setTabColor(_color: string): this {
    return this;
  }
  // ---- developer metadata (./metadata.ts) ----
  addDeveloperMetadata(key: string, value?: string): this {
    addMetadata(this, key, value);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return metadataOf(this);
  }
  createDeveloperMetadataFinder(): FakeMetadataFinder {
    return counted(new FakeMetadataFinder(() => [this]), 'DeveloperMetadataFinder', this.calls);
  }
  // ---- embedded charts (./charts.ts) ----
  newChart(): FakeChartBuilder {
    return FakeChartBuilder.create(this);
  }
  insertChart(chart: FakeEmbeddedChart): void {
    insertChart(this, chart);
  }
  updateChart(chart: FakeEmbeddedChart): void {
    updateChart(this, chart);
  }
  removeChart(chart: FakeEmbeddedChart): void {
    removeChart(this, chart);
  }
  getCharts(): FakeEmbeddedChart[] {
    return getCharts(this);
  }
  _sheetNamed(name: string): FakeSheet | undefined {
    return name === this.name ? this : (this.book?.raw(name) ?? undefined);
  }
  _nextChartId(): number {
    return FakeSheet.chartIds++;
  }
}

/** What Sheets makes of typed text in an automatic-format cell: "1e5" is 100000, "TRUE" is true (a subset of its rules). */
const TYPED_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * Writing a value as setValues does: in a plain-text cell (number format "@") text stays as it
 * is; otherwise text starting with "=" becomes a formula (unevaluated: its value is ""), and text
 * that reads as a number or TRUE/FALSE becomes that number or boolean, as if typed.
 */
function writeCell(sheet: FakeSheet, r: number, c: number, v: unknown): void {
  if (typeof v === 'string' && v.length > 50000) throw new Error('Exception: Your input contains more than the maximum of 50000 characters in a single cell.');
  if (typeof v === 'string' && sheet.get('numberFormats', r, c) !== '@') {
    const t = v.trim();
    if (TYPED_NUMBER.test(t) && Number.isFinite(Number(t))) v = Number(t);
    else if (/^(true|false)$/i.test(t)) v = t.toLowerCase() === 'true';
  }
  if (typeof v === 'string' && v.startsWith('=') && v.length > 1 && sheet.get('numberFormats', r, c) !== '@') {
    sheet.set('formulas', r, c, v);
    sheet.set('values', r, c, '');
  } else {
    sheet.set('formulas', r, c, '');
    sheet.set('values', r, c, copyCell(v));
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  private read<T>(layer: Layer, map: (v: unknown) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numCols; c++) row.push(map(this.sheet.get(layer, this.row - 1 + r, this.col - 1 + c)));
      out.push(row);
    }
    return out;
  }

  private write(layer: Layer, data: unknown, map: (v: unknown) => unknown = (v) => v): this {
    checkDimensions(data, this.numRows, this.numCols);
    (data as unknown[][]).forEach((row, r) => row.forEach((v, c) => this.sheet.set(layer, this.row - 1 + r, this.col - 1 + c, map(v))));
    return this;
  }

  private fill(layer: Layer, v: unknown): this {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) this.sheet.set(layer, this.row - 1 + r, this.col - 1 + c, v);
    return this;
  }

  getValues(): Cell[][] {
    const D = this.sheet.book?.scriptDate ?? Date;
    return this.read('values', (v) => copyCell(v, D));
  }
  getValue(): Cell {
    return copyCell(this.sheet.get('values', this.row - 1, this.col - 1), this.sheet.book?.scriptDate);
  }
  getDisplayValues(): string[][] {
    return this.read('values', (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')));
  }
  getFormulas(): string[][] {
    return this.read('formulas', (v) => String(v ?? ''));
  }
  setValues(values: unknown[][]): this {
    checkDimensions(values, this.numRows, this.numCols);
    // One write is all or nothing, as in Sheets: check every cell before changing any.
    for (const row of values) for (const v of row) if (typeof v === 'string' && v.length > 50000) writeCell(this.sheet, -1, -1, v);
    values.forEach((row, r) => row.forEach((v, c) => writeCell(this.sheet, this.row - 1 + r, this.col - 1 + c, v)));
    return this;
  }
  setValue(v: unknown): this {
    return this.fillWith(v);
  }
  private fillWith(v: unknown): this {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) writeCell(this.sheet, this.row - 1 + r, this.col - 1 + c, v);
    return this;
  }
  setFormula(f: string): this {
    return this.fillWith(f.startsWith('=') ? f : `=${f}`);
  }
  setFormulas(f: string[][]): this {
    return this.setValues(f);
  }
  getBackgrounds(): string[][] {
    return this.read('backgrounds', String);
  }
  setBackgrounds(colors: string[][]): this {
    return this.write('backgrounds', colors, (v) => (v === null || v === '' ? WHITE : v));
  }
  setBackground(color: string | null): this {
    return this.fill('backgrounds', color ?? WHITE);
  }
  getFontColors(): string[][] {
    return this.read('fontColors', String);
  }
  setFontColors(colors: string[][]): this {
    return this.write('fontColors', colors, (v) => (v === null || v === '' ? BLACK : v));
  }
  setFontColor(color: string | null): this {
    return this.fill('fontColors', color ?? BLACK);
  }
  getNotes(): string[][] {
    return this.read('notes', String);
  }
  setNotes(notes: string[][]): this {
    return this.write('notes', notes, (v) => (v === null ? '' : v));
  }
  setNote(note: string | null): this {
    return this.fill('notes', note ?? '');
  }
  setNumberFormat(format: string): this {
    return this.fill('numberFormats', format);
  }
  setNumberFormats(formats: string[][]): this {
    return this.write('numberFormats', formats);
  }
  setDataValidation(rule: { describe?: string } | null): this {
    return this.fill('validations', rule ? (rule.describe ?? 'rule') : null);
  }
  setFontWeight(_w: string | null): this {
    return this;
  }
  setWrap(_w: boolean): this {
    return this;
  }
  setHorizontalAlignment(_a: string | null): this {
    return this;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getA1Notation(): string {
    const a = `${columnLetters(this.col)}${this.row}`;
    return this.numRows === 1 && this.numCols === 1 ? a : `${a}:${columnLetters(this.col + this.numCols - 1)}${this.row + this.numRows - 1}`;
  }
  getSheet(): FakeSheet {
    return counted(this.sheet, 'Sheet', this.sheet.calls);
  }
  /** The merged ranges that lie in or overlap this range, as the real Range.getMergedRanges(). */
  getMergedRanges(): FakeRange[] {
    return this.sheet.merges
      .filter(
        (m) =>
          m.row <= this.row + this.numRows - 1 &&
          m.row + m.numRows - 1 >= this.row &&
          m.col <= this.col + this.numCols - 1 &&
          m.col + m.numCols - 1 >= this.col,
      )
      .map((m) => counted(new FakeRange(this.sheet, m.row, m.col, m.numRows, m.numCols), 'Range', this.sheet.calls));
  }
  isPartOfMerge(): boolean {
    return this.getMergedRanges().length > 0;
  }
  /** Merges the range; like Sheets, only the top-left value survives. */
  merge(): this {
    if (this.isPartOfMerge()) throw new Error('Exception: You must select all cells in a merged range to merge or unmerge them.');
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) if (r || c) writeCell(this.sheet, this.row - 1 + r, this.col - 1 + c, '');
    this.sheet.merges.push({ row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols });
    return this;
  }
  breakApart(): this {
    this.sheet.merges = this.sheet.merges.filter(
      (m) => !(m.row >= this.row && m.row + m.numRows <= this.row + this.numRows && m.col >= this.col && m.col + m.numCols <= this.col + this.numCols),
    );
    return this;
  }
  /** What the conditional-format builder stores about a range. */
  _describe(): ConditionalRule['ranges'][number] {
    return { sheet: this.sheet.name, row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols };
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  toasts: string[] = [];
  /**
   * The Date of the script that reads the cells (loadCodeJs sets its context's): Apps Script
   * hands a script its own realm's Dates, which `instanceof Date` there recognises.
   */
  scriptDate: DateConstructor = Date;

  constructor(
    readonly calls: CallCounter,
    sheets: SheetData[] = [],
    public locale = 'en_US',
    public timeZone = 'Etc/UTC',
  ) {
    for (const s of sheets) this.sheets.push(Object.assign(new FakeSheet(s.name, calls, s), { book: this }));
  }

  raw(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getSheetByName(name: string): FakeSheet | null {
    const s = this.raw(name);
    return s ? counted(s, 'Sheet', this.calls) : null;
  }
  getSheets(): FakeSheet[] {
    return this.sheets.map((s) => counted(s, 'Sheet', this.calls));
  }
  insertSheet(name: string, index?: number): FakeSheet {
    // Sheets refuses a name that differs from an existing one only in case.
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = Object.assign(new FakeSheet(name, this.calls), { book: this });
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return counted(sheet, 'Sheet', this.calls);
  }
  deleteSheet(sheet: FakeSheet): void {
    const i = this.sheets.findIndex((s) => s.name === sheet.getName());
    if (i < 0) throw new Error('Exception: Sheet not found.');
    if (this.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
  }
  createDeveloperMetadataFinder(): FakeMetadataFinder {
    return counted(new FakeMetadataFinder(() => this.sheets), 'DeveloperMetadataFinder', this.calls);
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  toast(msg: string, _title?: string, _seconds?: number): void {
    this.toasts.push(msg);
  }
  getName(): string {
    return 'LiftGate preview';
  }
  getId(): string {
    return 'fake-spreadsheet';
  }
  getUrl(): string {
    return 'https://docs.google.com/spreadsheets/d/fake-spreadsheet/edit';
  }
}
