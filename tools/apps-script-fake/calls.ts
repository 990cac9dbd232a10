/** Counts every call user code makes on the imitation, by `Service.method`. */
export class CallCounter {
  private counts = new Map<string, number>();
  private failures: { method: string; left: number; message: string }[] = [];
  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    const f = this.failures.find((x) => x.method === name);
    if (f && --f.left === 0) {
      this.failures.splice(this.failures.indexOf(f), 1);
      throw new Error(f.message);
    }
  }
  /**
   * Makes the `nth` next call of `method` (e.g. "Range.setValues") fail the way a real service
   * call fails now and then (a timeout, a quota), to test what a half-finished write leaves.
   */
  failOn(method: string, nth = 1, message = 'Exception: Service Spreadsheets failed while accessing document with id fake-spreadsheet.'): void {
    this.failures.push({ method, left: nth, message });
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
  reset(): void {
    this.counts.clear();
  }
}

/**
 * Wraps an object so each method call user code makes on it is counted. Values returned are
 * wrapped by the methods themselves (a Range from getRange is a counted Range).
 */
export function counted<T extends object>(target: T, label: string, calls: CallCounter): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const v = Reflect.get(obj, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') return v;
      return (...args: unknown[]) => {
        calls.count(`${label}.${prop}`);
        return v.apply(obj, args);
      };
    },
  });
}
