/**
 * Embedded charts as Sheets keeps them, with the real names: Sheet.newChart() gives an
 * EmbeddedChartBuilder (setChartType, addRange, removeRange, clearRanges, setPosition,
 * setOption, setNumHeaders, build); Sheet.insertChart / updateChart / removeChart / getCharts;
 * EmbeddedChart.getChartId / getRanges / getContainerInfo / getOptions / modify; the `Charts`
 * enums. A chart is data (type, ranges, anchor, options), which the preview draws.
 *
 * Followed from the reference: a built chart has no id until it is inserted (getChartId() is
 * null); modify() edits a copy that only updateChart() saves; addRange ignores a range the
 * chart already has; setPosition takes a 1-based anchor row and column and pixel offsets.
 * Not known from the reference, so chosen here: new charts sit at A1 until positioned, and
 * updateChart/removeChart of a chart the sheet does not hold throw.
 */
import { counted, type CallCounter } from './calls';

export const CHART_TYPE = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;

export const chartsService = {
  ChartType: CHART_TYPE,
  ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' },
  ChartHiddenDimensionStrategy: { IGNORE_BOTH: 'IGNORE_BOTH', IGNORE_ROWS: 'IGNORE_ROWS', IGNORE_COLUMNS: 'IGNORE_COLUMNS', SHOW_BOTH: 'SHOW_BOTH' },
  CurveStyle: { NORMAL: 'NORMAL', SMOOTH: 'SMOOTH' },
  PointStyle: { NONE: 'NONE', TINY: 'TINY', MEDIUM: 'MEDIUM', LARGE: 'LARGE', HUGE: 'HUGE' },
  Position: { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' },
};

export interface RangeRef {
  sheet: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A chart as plain data: what the workbook snapshot holds and the preview draws. */
export interface ChartData {
  id: number;
  type: string;
  ranges: RangeRef[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
}

interface Draft extends Omit<ChartData, 'id'> {
  id: number | null;
}

const clone = <T>(v: T): T => structuredClone(v);

/**
 * What a chart needs of a range and of a sheet; the spreadsheet's FakeRange and FakeSheet are
 * both (declared here, so charts and the spreadsheet do not import each other).
 */
export interface FakeRange {
  _describe(): RangeRef;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getSheet(): { getName(): string };
}
export interface FakeSheet {
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange;
}

/** Where charts live: the sheet, and a way to look up a sheet by name for their ranges. */
export interface ChartHost {
  readonly calls: CallCounter;
  charts: ChartData[];
  _sheetNamed(name: string): FakeSheet | undefined;
  _nextChartId(): number;
}

export class FakeContainerInfo {
  constructor(private readonly p: ChartData['position']) {}
  getAnchorRow(): number {
    return this.p.row;
  }
  getAnchorColumn(): number {
    return this.p.col;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

export class FakeChartOptions {
  constructor(private readonly options: Record<string, unknown>) {}
  /** An option as set; a dotted key also reads into an object set under its first part. */
  get(option: string): unknown {
    if (option in this.options) return clone(this.options[option]);
    let v: unknown = this.options;
    for (const part of option.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    return v === undefined ? null : clone(v);
  }
}

export class FakeEmbeddedChart {
  constructor(
    readonly _host: ChartHost,
    readonly _data: Draft,
  ) {}
  getChartId(): number | null {
    return this._data.id;
  }
  getRanges(): FakeRange[] {
    return this._data.ranges.map((r) => {
      const sheet = this._host._sheetNamed(r.sheet);
      if (!sheet) throw new Error(`Exception: The sheet "${r.sheet}" of a chart range no longer exists.`);
      return sheet.getRange(r.row, r.col, r.numRows, r.numCols);
    });
  }
  getContainerInfo(): FakeContainerInfo {
    return counted(new FakeContainerInfo({ ...this._data.position }), 'ContainerInfo', this._host.calls);
  }
  getOptions(): FakeChartOptions {
    return counted(new FakeChartOptions(clone(this._data.options)), 'ChartOptions', this._host.calls);
  }
  getNumHeaders(): number {
    return this._data.numHeaders;
  }
  modify(): FakeChartBuilder {
    return FakeChartBuilder.create(this._host, clone(this._data));
  }
}

export class FakeChartBuilder {
  private self!: FakeChartBuilder;
  private constructor(
    readonly _host: ChartHost,
    readonly _draft: Draft,
  ) {}

  /** The counted builder; every method returns it, so chained calls are counted too. */
  static create(host: ChartHost, draft?: Draft): FakeChartBuilder {
    const b = new FakeChartBuilder(
      host,
      draft ?? { id: null, type: CHART_TYPE.LINE, ranges: [], position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, options: {}, numHeaders: -1 },
    );
    b.self = counted(b, 'EmbeddedChartBuilder', host.calls);
    return b.self;
  }

  addRange(range: FakeRange): FakeChartBuilder {
    const r = range._describe();
    const same = (x: RangeRef) => x.sheet === r.sheet && x.row === r.row && x.col === r.col && x.numRows === r.numRows && x.numCols === r.numCols;
    if (!this._draft.ranges.some(same)) this._draft.ranges.push(r);
    return this.self;
  }
  removeRange(range: FakeRange): FakeChartBuilder {
    const r = range._describe();
    this._draft.ranges = this._draft.ranges.filter(
      (x) => !(x.sheet === r.sheet && x.row === r.row && x.col === r.col && x.numRows === r.numRows && x.numCols === r.numCols),
    );
    return this.self;
  }
  clearRanges(): FakeChartBuilder {
    this._draft.ranges = [];
    return this.self;
  }
  getRanges(): FakeRange[] {
    return new FakeEmbeddedChart(this._host, this._draft).getRanges();
  }
  setChartType(type: string): FakeChartBuilder {
    if (!Object.values(CHART_TYPE).includes(type as never)) throw new Error(`Exception: Invalid argument: type`);
    this._draft.type = type;
    return this.self;
  }
  getChartType(): string {
    return this._draft.type;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): FakeChartBuilder {
    for (const v of [anchorRowPos, anchorColPos, offsetX, offsetY])
      if (!Number.isInteger(v))
        throw new Error(
          "Exception: The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setPosition.",
        );
    if (anchorRowPos < 1 || anchorColPos < 1) throw new Error('Exception: The starting row and column of the range must be at least 1.');
    this._draft.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this.self;
  }
  getContainer(): FakeContainerInfo {
    return counted(new FakeContainerInfo({ ...this._draft.position }), 'ContainerInfo', this._host.calls);
  }
  setOption(option: string, value: unknown): FakeChartBuilder {
    this._draft.options[option] = clone(value);
    return this.self;
  }
  setNumHeaders(headers: number): FakeChartBuilder {
    this._draft.numHeaders = headers;
    return this.self;
  }
  setMergeStrategy(_s: string): FakeChartBuilder {
    return this.self;
  }
  setHiddenDimensionStrategy(_s: string): FakeChartBuilder {
    return this.self;
  }
  setTransposeRowsAndColumns(_t: boolean): FakeChartBuilder {
    return this.self;
  }
  build(): FakeEmbeddedChart {
    return counted(new FakeEmbeddedChart(this._host, clone(this._draft)), 'EmbeddedChart', this._host.calls);
  }
}

/** Sheet.insertChart / updateChart / removeChart / getCharts over a host's chart list. */
export function insertChart(host: ChartHost, chart: FakeEmbeddedChart): void {
  host.charts.push({ ...clone(chart._data), id: host._nextChartId() });
}

export function updateChart(host: ChartHost, chart: FakeEmbeddedChart): void {
  const i = host.charts.findIndex((c) => c.id === chart._data.id);
  if (chart._data.id === null || i < 0) throw new Error('Exception: The chart to update is not on this sheet.');
  host.charts[i] = { ...clone(chart._data), id: host.charts[i].id };
}

export function removeChart(host: ChartHost, chart: FakeEmbeddedChart): void {
  const i = host.charts.findIndex((c) => c.id === chart._data.id);
  if (chart._data.id === null || i < 0) throw new Error('Exception: The chart to remove is not on this sheet.');
  host.charts.splice(i, 1);
}

export function getCharts(host: ChartHost): FakeEmbeddedChart[] {
  return host.charts.map((c) => counted(new FakeEmbeddedChart(host, clone(c)), 'EmbeddedChart', host.calls));
}
