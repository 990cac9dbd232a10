/**
 * A geo panel from long-format rows, as GeoLift reads it: one row per region per period
 * (day or week). Regions match case-insensitively (GeoLift lower-cases them); rows repeating a
 * region and period are added up, as GeoLift's GeoDataRead aggregates them (one row per channel
 * or product line is common in exports). Every region needs every period: a gap would shift the
 * series against each other, so it is an error that names what is missing.
 */

export interface Panel {
  /** Region names as first written. */
  readonly regions: readonly string[];
  /** Sorted period keys (serial day numbers, or period numbers). */
  readonly periods: readonly number[];
  /** y[region][period]. */
  readonly y: readonly Float64Array[];
}

/** Bad geo input, located at a row (0-based) of an argument, for the registry to word. */
export class GeoInputError extends Error {
  constructor(
    readonly param: string,
    readonly detail: string,
    readonly row?: number,
  ) {
    super(`${param} ${detail}`);
    this.name = 'GeoInputError';
  }
}

export function regionKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function buildPanel(locations: readonly (string | null)[], periods: readonly (number | null)[], values: readonly (number | null)[]): Panel {
  const n = locations.length;
  if (periods.length !== n) throw new GeoInputError('dates', `has ${periods.length} rows but locations has ${n}; give columns of the same length`);
  if (values.length !== n) throw new GeoInputError('values', `has ${values.length} rows but locations has ${n}; give columns of the same length`);
  const regionIndex = new Map<string, number>();
  const regions: string[] = [];
  const periodSet = new Set<number>();
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    const loc = locations[i];
    const p = periods[i];
    const v = values[i];
    // A fully blank row is the empty tail of a whole-column range.
    if (loc === null && p === null && v === null) continue;
    if (loc === null || loc.trim() === '') throw new GeoInputError('locations', 'is blank; every row needs a region', i);
    if (p === null) throw new GeoInputError('dates', 'is blank; every row needs a date', i);
    if (v === null) throw new GeoInputError('values', 'is blank; every row needs a value', i);
    const key = regionKey(loc);
    if (!regionIndex.has(key)) {
      regionIndex.set(key, regions.length);
      regions.push(loc.trim());
    }
    periodSet.add(p);
    rows.push(i);
  }
  if (regions.length < 2)
    throw new GeoInputError(
      'locations',
      `names ${regions.length} region${regions.length === 1 ? '' : 's'}; a geo test needs test regions and at least one control region`,
    );
  const sorted = [...periodSet].sort((a, b) => a - b);
  const periodIndex = new Map<number, number>();
  sorted.forEach((p, t) => periodIndex.set(p, t));
  const T = sorted.length;
  const y = regions.map(() => new Float64Array(T));
  const seen = regions.map(() => new Uint8Array(T));
  for (const i of rows) {
    const r = regionIndex.get(regionKey(locations[i] as string)) as number;
    const t = periodIndex.get(periods[i] as number) as number;
    y[r][t] += values[i] as number;
    seen[r][t] = 1;
  }
  for (let r = 0; r < regions.length; r++) {
    const t = seen[r].indexOf(0);
    if (t >= 0)
      throw new GeoInputError('locations', `has no row for "${regions[r]}" at ${describePeriod(sorted[t])}; every region needs a value for every date`);
  }
  return { regions, periods: sorted, y };
}

/** A period key in words: a serial day number as its date, a small number as a period. */
export function describePeriod(p: number): string {
  if (Number.isInteger(p) && p > 20000 && p < 120000) return new Date((p - 25569) * 86400000).toISOString().slice(0, 10);
  return `period ${p}`;
}

/** Region indices of the names given, case-insensitively; unknown names are an error. */
export function findRegions(panel: Panel, names: readonly string[], param: string): number[] {
  const index = new Map(panel.regions.map((r, i) => [regionKey(r), i] as const));
  const out: number[] = [];
  names.forEach((name, row) => {
    const i = index.get(regionKey(name));
    if (i === undefined) throw new GeoInputError(param, `is "${name}", which is not among the locations`, row);
    if (!out.includes(i)) out.push(i);
  });
  return out;
}

/**
 * The index of the first period at or after `key` (a test start between two weekly dates starts
 * at the next one); -1 when none.
 */
export function periodAtOrAfter(panel: Panel, key: number): number {
  return panel.periods.findIndex((p) => p >= key);
}

/** The index of the last period at or before `key`; -1 when none. */
export function periodAtOrBefore(panel: Panel, key: number): number {
  for (let t = panel.periods.length - 1; t >= 0; t--) if (panel.periods[t] <= key) return t;
  return -1;
}
