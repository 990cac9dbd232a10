/**
 * One picture as a small SVG chart for the 300 px sidebar: marks told apart by shape and line
 * style as well as colour, a legend in words, the numbers in one sentence (the chart's
 * accessible description), and the data as a table behind "Show numbers".
 */
import { useState } from 'preact/hooks';
import type { Picture } from '../../core/charts/pictures';
import { pictureInWords, pictureTableInWords, type ShownPicture } from '../../words/pictures';
import { linearScale, valueExtent } from './scale';
import { cellText, tickText, weekText } from './ticks';
import { useT } from '../i18n';

const W = 260;
const H = 124;
const M = { left: 34, right: 6, top: 6, bottom: 16 };
const DASH = '5 3';

type Pt = number | null;

/** Path segments through the non-blank points; a blank week breaks the line. */
function linePath(values: readonly Pt[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

type Layer = ShownPicture['layers'][number];

function Swatch({ l }: { l: Layer }) {
  return (
    <svg width="18" height="10" aria-hidden="true" class="swatch">
      {l.kind === 'bars' || l.kind === 'span' || l.kind === 'band' ? (
        <rect x="2" y="1" width="14" height="8" fill={l.colour} fill-opacity={l.kind === 'band' ? 0.45 : 1} />
      ) : l.kind === 'line' && l.style === 'dots' ? (
        <circle cx="9" cy="5" r="3" fill={l.colour} />
      ) : (
        <line
          x1="1"
          y1="5"
          x2="17"
          y2="5"
          stroke={l.colour}
          stroke-width="2"
          stroke-dasharray={l.kind === 'rule' || (l.kind === 'line' && l.style === 'dashed') ? DASH : undefined}
        />
      )}
    </svg>
  );
}

function Marks({ l, x, y, step, n }: { l: Layer; x: (i: number) => number; y: (v: number) => number; step: number; n: number }) {
  switch (l.kind) {
    case 'span': {
      if (l.from >= n) return null;
      const x0 = x(l.from) - step / 2;
      return (
        <g>
          <rect x={x0} y={M.top} width={W - M.right - x0} height={H - M.top - M.bottom} fill={l.colour} fill-opacity="0.35" />
          <text x={x0 + 3} y={H - M.bottom - 4} class="note">
            {l.label}
          </text>
        </g>
      );
    }
    case 'bars':
      return (
        <g fill={l.colour}>
          {l.values.map((v, i) =>
            v === null ? null : <rect x={x(i) - step * 0.35} width={step * 0.7} y={Math.min(y(v), y(0))} height={Math.abs(y(0) - y(v))} />,
          )}
        </g>
      );
    case 'rule':
      return <line x1={M.left} x2={W - M.right} y1={y(l.value)} y2={y(l.value)} stroke={l.colour} stroke-width="1.5" stroke-dasharray={DASH} />;
    case 'band': {
      // A week with a range and no neighbour: an interval bar with caps.
      return (
        <g stroke={l.colour} stroke-width="3" fill={l.colour} fill-opacity="0.3">
          {l.lower.map((lo, i) => {
            const hi = l.upper[i];
            if (lo === null || hi === null) return null;
            const prev = i > 0 && l.lower[i - 1] !== null && l.upper[i - 1] !== null;
            if (prev) {
              const x0 = x(i - 1);
              return <polygon stroke="none" points={`${x0},${y(l.upper[i - 1]!)} ${x(i)},${y(hi)} ${x(i)},${y(lo)} ${x0},${y(l.lower[i - 1]!)}`} />;
            }
            return <line x1={x(i)} x2={x(i)} y1={y(lo)} y2={y(hi)} stroke-opacity="0.6" />;
          })}
        </g>
      );
    }
    case 'line':
      return (
        <g>
          {l.style !== 'dots' && (
            <path d={linePath(l.values, x, y)} fill="none" stroke={l.colour} stroke-width="2" stroke-dasharray={l.style === 'dashed' ? DASH : undefined} />
          )}
          {l.values.map((v, i) =>
            v === null ? null : l.style === 'dots' || n < 3 ? <circle cx={x(i)} cy={y(v)} r={l.style === 'dots' ? 2.8 : 2.2} fill={l.colour} /> : null,
          )}
        </g>
      );
  }
}

export function SmallChart({ picture, id }: { picture: Picture; id: string }) {
  const tr = useT();
  const p = pictureInWords(picture, tr);
  const [open, setOpen] = useState(false);
  const n = p.weeks.length;
  const [lo, hi] = valueExtent(p.layers);
  const y = linearScale(lo, hi, H - M.bottom, M.top, 4);
  const step = (W - M.left - M.right) / Math.max(1, n);
  const x = (i: number) => M.left + step * (i + 0.5);
  const table = pictureTableInWords(picture, tr);
  const xLabels = n === 0 ? [] : n === 1 ? [0] : [0, n - 1];
  return (
    <figure class="chart" data-kind={p.kind}>
      <figcaption id={`${id}-title`}>{p.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
        <g class="grid">
          {y.ticks.map((t) => (
            <g>
              <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
              <text x={M.left - 3} y={y(t) + 3} text-anchor="end">
                {tickText(t, p.format, tr)}
              </text>
            </g>
          ))}
          {xLabels.map((i) => (
            <text x={x(i)} y={H - 4} text-anchor={n === 1 ? 'middle' : i === 0 ? 'start' : 'end'} dx={n === 1 ? 0 : i === 0 ? -step / 2 + 1 : step / 2 - 1}>
              {weekText(p.weeks[i], tr)}
            </text>
          ))}
        </g>
        {p.layers.map((l) => (
          <Marks l={l} x={x} y={y} step={step} n={n} />
        ))}
      </svg>
      <ul class="legend">
        {p.layers.map((l) => (
          <li>
            <Swatch l={l} />
            {l.label}
          </li>
        ))}
      </ul>
      <p class="summary" id={`${id}-summary`}>
        {p.summary}
      </p>
      <button type="button" class="link" aria-expanded={open} aria-controls={`${id}-numbers`} onClick={() => setOpen(!open)}>
        {open ? tr.t('chart.hideNumbers') : tr.t('chart.showNumbers')}
      </button>
      {open && (
        <div class="numbers" id={`${id}-numbers`}>
          <table>
            <caption class="sr-only">{p.title}</caption>
            <thead>
              <tr>
                {table.header.map((h) => (
                  <th scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr>
                  <th scope="row">{String(r[0])}</th>
                  {r.slice(1).map((v) => (
                    <td>{cellText(v, p.format, tr)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
