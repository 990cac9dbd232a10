/**
 * Gauss–Legendre quadrature on [a, b], adaptive: a panel is split in two until its two halves
 * agree with it to `rel` of the whole integral. Nodes are computed once, by Newton's method on
 * the Legendre polynomial (the textbook construction), so no table of constants can carry a typo.
 */
const ORDER = 16;

function legendreNodes(n: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      // P_n(z) and its derivative by the three-term recurrence.
      let p0 = 1;
      let p1 = z;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (z * p1 - p0)) / (z * z - 1);
      const dz = p1 / dp;
      z -= dz;
      if (Math.abs(dz) < 1e-16) break;
    }
    x[i] = z;
    w[i] = 2 / ((1 - z * z) * dp * dp);
  }
  return { x, w };
}

let nodes: { x: Float64Array; w: Float64Array } | null = null;

function panel(f: (t: number) => number, a: number, b: number): number {
  nodes ??= legendreNodes(ORDER);
  const half = (b - a) / 2;
  const mid = (a + b) / 2;
  let s = 0;
  for (let i = 0; i < ORDER; i++) s += nodes.w[i] * f(mid + half * nodes.x[i]);
  return s * half;
}

/** Refinement stops here: the integrand's own rounding noise must not trigger endless splitting. */
const MAX_PANELS = 256;

/** ∫_a^b f, starting from `panels` equal panels, each refined until it is settled (≤ MAX_PANELS). */
export function integrate(f: (t: number) => number, a: number, b: number, panels = 8, rel = 1e-13): number {
  const width = (b - a) / panels;
  const parts: number[] = [];
  for (let k = 0; k < panels; k++) parts.push(panel(f, a + k * width, k === panels - 1 ? b : a + (k + 1) * width));
  const rough = parts.reduce((s, v) => s + Math.abs(v), 0);
  let total = 0;
  let count = panels;
  const refine = (lo: number, hi: number, whole: number, depth: number): number => {
    const mid = (lo + hi) / 2;
    const left = panel(f, lo, mid);
    const right = panel(f, mid, hi);
    const both = left + right;
    count += 1;
    if (depth >= 20 || count >= MAX_PANELS || Math.abs(both - whole) <= rel * rough) return both;
    return refine(lo, mid, left, depth + 1) + refine(mid, hi, right, depth + 1);
  };
  for (let k = 0; k < panels; k++) total += refine(a + k * width, k === panels - 1 ? b : a + (k + 1) * width, parts[k], 0);
  return total;
}
