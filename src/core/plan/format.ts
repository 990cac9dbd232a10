import type { MetricDefinition } from '../metrics/definitions';
/** Numbers as a client reads them in a reason: 20,000 · 3.40 · 2.1% · 64. */

const group = (n: number, decimals: number) => {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 && Number(fixed) !== 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
};

export function formatMoney(n: number): string {
  return group(n, Math.abs(n) >= 100 || Number.isInteger(n) ? 0 : 2);
}

export function formatValue(n: number, format: MetricDefinition['format']): string {
  switch (format) {
    case 'ratio':
      return group(n, 2);
    case 'percent':
      return `${group(n * 100, Math.abs(n) < 0.1 ? 2 : 1)}%`;
    case 'count':
      return group(n, Number.isInteger(n) ? 0 : 1);
    case 'money':
      return formatMoney(n);
  }
}
