/**
 * Parameter declarations that several functions share, so each meaning is worded (and
 * constrained) once: a count can't be negative, a size must be positive, a confidence lies
 * strictly between 0 and 1.
 */
import type { ParamSpec } from './types';

/** A money amount combined element by element (spend, revenue, budget). */
export function money(name: string, description: string, extra: Partial<ParamSpec> = {}): ParamSpec {
  return { name, kind: 'number', shape: 'each', description, ...extra };
}

/** A count of people or events (clicks, conversions, visitors): never negative. */
export function count(name: string, description: string, extra: Partial<ParamSpec> = {}): ParamSpec {
  return { name, kind: 'number', shape: 'each', description, min: 0, ...extra };
}

/** A group size (people, geos, households) used to scale a control group: positive. */
export function groupSize(name: string, description: string): ParamSpec {
  return { name, kind: 'number', shape: 'each', description, min: 0, exclusive: true, default: 1 };
}

/** A probability setting such as a confidence level, strictly between 0 and 1. */
export function probability(name: string, description: string, defaultValue: number): ParamSpec {
  return { name, kind: 'number', shape: 'scalar', description, min: 0, max: 1, exclusive: true, default: defaultValue };
}
