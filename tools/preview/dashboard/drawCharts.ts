/**
 * The preview's stand-in for Sheets' chart renderer: draws each embedded chart of the shown
 * sheet from its spec (type, range, anchor, options as EmbeddedChartBuilder set them) and the
 * sheet's values, as SVG over the grid at its anchor cell. Browser code, bundled by the preview
 * server; never pushed. It reads only the option keys LiftGate sets (title, width, height,
 * seriesType, series.N.type/color/lineWidth/lineDashStyle/pointSize/areaOpacity, vAxis.viewWindow.min).
 */
import { nice, ticks } from 'd3-array';

interface RangeRef {
  sheet: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}
interface ChartSpec {
  id: number;
  type: string;
  ranges: RangeRef[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, any>;
  numHeaders: number;
}
interface SheetSpec {
  name: string;
  values: unknown[][];
  charts?: ChartSpec[];
}

const NS = 'http://www.w3.org/2000/svg';
const el = (name: string, attrs: Record<string, string | number>, parent?: Element, text?: string): SVGElement => {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  parent?.appendChild(e);
  return e;
};

const revive = (v: unknown): unknown => (v && typeof v === 'object' && '$date' in (v as object) ? new Date((v as { $date: string }).$date) : v);
const label = (v: unknown): string => {
  const x = revive(v);
  return x instanceof Date ? x.toISOString().slice(0, 10) : String(x ?? '');
};
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const short = (v: number) => (Math.abs(v) >= 1e4 ? `${+(v / 1e3).toFixed(0)}k` : Math.abs(v) >= 1e3 ? `${+(v / 1e3).toFixed(1)}k` : String(+v.toFixed(2)));

export function drawChart(spec: ChartSpec, sheet: SheetSpec): SVGSVGElement {
  const o = spec.options;
  const W = Number(o.width) || 400;
  const H = Number(o.height) || 250;
  const r = spec.ranges[0];
  const block = Array.from({ length: r.numRows }, (_, i) => Array.from({ length: r.numCols }, (_, j) => sheet.values[r.row - 1 + i]?.[r.col - 1 + j] ?? ''));
  const heads = Math.max(0, spec.numHeaders);
  const header = heads ? block[0].map(label) : block[0].map((_, j) => `Series ${j}`);
  const rows = block.slice(heads).filter((row) => row.some((v) => v !== ''));
  const cats = rows.map((row) => label(row[0]));
  const series = header.slice(1).map((name, j) => {
    const s = (o.series?.[j] ?? o.series?.[String(j)] ?? {}) as Record<string, any>;
    return {
      name,
      values: rows.map((row) => num(row[j + 1])),
      type: String(s.type ?? o.seriesType ?? 'line'),
      color: String(s.color ?? o.colors?.[j] ?? '#444'),
      lineWidth: s.lineWidth ?? 2,
      dash: s.lineDashStyle as number[] | undefined,
      pointSize: s.pointSize ?? 0,
      opacity: s.areaOpacity ?? 0.3,
    };
  });
  const svg = el('svg', {
    width: W,
    height: H,
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': String(o.title ?? 'Chart'),
    class: 'chart',
  }) as SVGSVGElement;
  el('rect', { x: 0, y: 0, width: W, height: H, fill: o.backgroundColor ?? '#fff', stroke: '#dadce0' }, svg);
  el('text', { x: 12, y: 20, 'font-size': 14, 'font-weight': 'bold', fill: '#202124' }, svg, String(o.title ?? ''));
  const legendRows = Math.ceil(series.length / 3);
  const M = { left: 48, right: 12, top: 32, bottom: 28 + 16 * legendRows };
  let hi = 0;
  let lo = num(o.vAxis?.viewWindow?.min) ?? Infinity;
  for (const s of series) for (const v of s.values) if (v !== null && s.type !== 'steppedArea') [hi, lo] = [Math.max(hi, v), Math.min(lo, v)];
  if (!Number.isFinite(lo)) lo = 0;
  if (hi <= lo) hi = lo + 1;
  [lo, hi] = nice(lo, hi, 5);
  const y = (v: number) => H - M.bottom - ((v - lo) / (hi - lo)) * (H - M.top - M.bottom);
  const step = (W - M.left - M.right) / Math.max(1, cats.length);
  const x = (i: number) => M.left + step * (i + 0.5);
  for (const t of ticks(lo, hi, 5)) {
    el('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), stroke: '#e8eaed' }, svg);
    el('text', { x: M.left - 4, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#5f6368' }, svg, short(t));
  }
  const every = Math.max(1, Math.ceil(cats.length / 6));
  cats.forEach((c, i) => {
    if (i % every === 0 || i === cats.length - 1)
      el('text', { x: x(i), y: H - M.bottom + 14, 'text-anchor': 'middle', 'font-size': 10, fill: '#5f6368' }, svg, c.slice(5));
  });
  const bars = series.filter((s) => s.type === 'bars');
  series.forEach((s) => {
    if (s.type === 'steppedArea') {
      s.values.forEach((v, i) => {
        if (v !== null) el('rect', { x: x(i) - step / 2, y: M.top, width: step, height: H - M.top - M.bottom, fill: s.color, 'fill-opacity': s.opacity }, svg);
      });
    }
  });
  series.forEach((s) => {
    if (s.type === 'bars') {
      const k = bars.indexOf(s);
      const w = (step * 0.7) / bars.length;
      s.values.forEach((v, i) => {
        if (v !== null) el('rect', { x: x(i) - step * 0.35 + k * w, y: Math.min(y(v), y(0)), width: w, height: Math.abs(y(0) - y(v)), fill: s.color }, svg);
      });
    } else if (s.type === 'line') {
      if (s.lineWidth > 0) {
        let d = '';
        let pen = false;
        s.values.forEach((v, i) => {
          if (v === null) return void (pen = false);
          d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
          pen = true;
        });
        el('path', { d, fill: 'none', stroke: s.color, 'stroke-width': s.lineWidth, ...(s.dash ? { 'stroke-dasharray': s.dash.join(' ') } : {}) }, svg);
      }
      if (s.pointSize > 0) s.values.forEach((v, i) => v !== null && el('circle', { cx: x(i), cy: y(v), r: s.pointSize / 2, fill: s.color }, svg));
    }
  });
  series.forEach((s, j) => {
    const lx = 12 + (j % 3) * ((W - 24) / 3);
    const ly = H - 14 - 16 * (legendRows - 1 - Math.floor(j / 3));
    if (s.type === 'line' && s.lineWidth > 0)
      el(
        'line',
        { x1: lx, x2: lx + 18, y1: ly - 4, y2: ly - 4, stroke: s.color, 'stroke-width': 2, ...(s.dash ? { 'stroke-dasharray': s.dash.join(' ') } : {}) },
        svg,
      );
    else if (s.type === 'line') el('circle', { cx: lx + 9, cy: ly - 4, r: 3, fill: s.color }, svg);
    else el('rect', { x: lx, y: ly - 9, width: 18, height: 10, fill: s.color, 'fill-opacity': s.type === 'steppedArea' ? s.opacity : 1 }, svg);
    el('text', { x: lx + 22, y: ly, 'font-size': 11, fill: '#202124' }, svg, s.name);
  });
  return svg;
}

/**
 * Pixel position of a cell's top-left corner as Sheets lays it out: columns of 100 px (the
 * preview's own columns are as wide as their text, Sheets' are not), rows as the grid shows them.
 */
function cellOrigin(table: HTMLTableElement, row: number, col: number): { top: number; left: number } {
  const rows = table.rows;
  const first = rows[0].cells[1] as HTMLElement | undefined;
  const left = (first ? first.offsetLeft : 40) + (col - 1) * 100;
  if (row < rows.length) return { top: rows[row].offsetTop, left };
  const last = rows[rows.length - 1];
  return { top: last.offsetTop + last.offsetHeight + (row - rows.length) * 21, left };
}

export function drawSheetCharts(sheet: SheetSpec, grid: HTMLElement, table: HTMLTableElement): void {
  grid.style.position = 'relative';
  for (const spec of sheet.charts ?? []) {
    if (!spec.ranges.length || spec.ranges[0].sheet !== sheet.name) continue;
    const at = cellOrigin(table, spec.position.row, spec.position.col);
    const box = document.createElement('div');
    box.className = 'dashboard-chart';
    box.dataset.chartId = String(spec.id);
    Object.assign(box.style, {
      position: 'absolute',
      top: `${at.top + spec.position.offsetY}px`,
      left: `${at.left + spec.position.offsetX}px`,
      boxShadow: '0 1px 3px rgba(0,0,0,.25)',
      background: '#fff',
    });
    box.appendChild(drawChart(spec, sheet));
    grid.appendChild(box);
  }
}

(window as unknown as { liftgateDrawCharts: typeof drawSheetCharts }).liftgateDrawCharts = drawSheetCharts;
