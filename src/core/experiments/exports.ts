/**
 * The ledger handed to media-mix models (docs/contract.md §2.8, 4):
 * - Robyn's `calibration_input` (robyn_inputs(calibration_input = …)): one row per experiment,
 *   `channel, liftStartDate, liftEndDate, liftAbs, spend, confidence, metric, calibration_scope`,
 *   dates as YYYY-MM-DD (R's as.Date), liftAbs the absolute incremental response over the test,
 *   `channel` the Channel cell as typed (it must be one of the model's paid_media_spends), scope
 *   "immediate" as Robyn recommends for lift tests; experiments without a channel are left out.
 * - Meridian ROI priors: `channel,mu,sigma` of a LogNormal per channel (roi_m), fitted as
 *   Meridian's own lognormal_dist_from_range does it — the interval's mass symmetric about the
 *   median — or, when the interval reaches 0 or below, from the estimate and its spread
 *   (lognormal_dist_from_mean_std). Several experiments of one channel are pooled on the log
 *   scale by precision (1/σ²), the posterior of independent log-normal measurements.
 * - The sheet itself as CSV.
 */
import { normQuantile } from '../stats/normal';
import type { Table } from '../plan/types';
import type { Experiment } from '../model/experiment';

export type ExportFormat = 'robyn' | 'meridian' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['robyn', 'meridian', 'csv'];

export const EXPORT_FILE_NAMES: Readonly<Record<ExportFormat, string>> = {
  robyn: 'liftgate-robyn-calibration.csv',
  meridian: 'liftgate-meridian-roi-priors.csv',
  csv: 'liftgate-experiments.csv',
};

/** One CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180). */
function field(v: unknown): string {
  const s = v instanceof Date ? v.toISOString() : v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const line = (cells: readonly unknown[]) => cells.map(field).join(',');
/** A number as R and pandas read it: no thousands separators, at most 10 significant digits. */
const num = (n: number) => String(Number(n.toPrecision(10)));

export function robynCsv(experiments: readonly Experiment[], metric = 'revenue'): string {
  const rows = experiments
    .filter((e) => e.channel.trim() !== '')
    .map((e) => line([e.channel, e.testStart, e.testEnd, num(e.incremental), num(e.spend), num(e.confidence), metric, 'immediate']));
  return [line(['channel', 'liftStartDate', 'liftEndDate', 'liftAbs', 'spend', 'confidence', 'metric', 'calibration_scope']), ...rows].join('\n') + '\n';
}

export interface LogNormal {
  readonly mu: number;
  readonly sigma: number;
}

/** LogNormal(μ, σ) of an estimate with its interval at `confidence`; null when the estimate is not positive. */
export function logNormalOf(estimate: number, lower: number, upper: number, confidence: number): LogNormal | null {
  const z = normQuantile((1 + confidence) / 2);
  if (lower > 0 && upper > lower) return { mu: (Math.log(lower) + Math.log(upper)) / 2, sigma: (Math.log(upper) - Math.log(lower)) / (2 * z) };
  if (!(estimate > 0) || !(upper > lower)) return null;
  const sd = (upper - lower) / (2 * z);
  const s2 = Math.log(1 + (sd / estimate) ** 2);
  return { mu: Math.log(estimate) - s2 / 2, sigma: Math.sqrt(s2) };
}

/** One prior per channel, in the order channels first appear; channels whose iROAS is not positive are left out. */
export function meridianPriors(experiments: readonly Experiment[]): { channel: string; mu: number; sigma: number }[] {
  const by = new Map<string, { channel: string; w: number; wmu: number }>();
  for (const e of experiments) {
    const channel = e.channel.trim();
    const ln = channel ? logNormalOf(e.iroas, e.lower, e.upper, e.confidence) : null;
    if (!ln || !(ln.sigma > 0)) continue;
    const k = channel.toLowerCase();
    const acc = by.get(k) ?? { channel, w: 0, wmu: 0 };
    const w = 1 / (ln.sigma * ln.sigma);
    by.set(k, { channel: acc.channel, w: acc.w + w, wmu: acc.wmu + w * ln.mu });
  }
  return [...by.values()].map((a) => ({ channel: a.channel, mu: a.wmu / a.w, sigma: Math.sqrt(1 / a.w) }));
}

export function meridianCsv(experiments: readonly Experiment[]): string {
  return [line(['channel', 'mu', 'sigma']), ...meridianPriors(experiments).map((p) => line([p.channel, num(p.mu), num(p.sigma)]))].join('\n') + '\n';
}

/** The sheet's values as CSV, dates as ISO text. */
export function tableCsv(table: Table): string {
  return table.map((r) => line(r.map((v) => (v instanceof Date ? v.toISOString() : v)))).join('\n') + '\n';
}
