/**
 * The sweep's priority queue of upcoming crossings: a 4-ary min-heap of the adjacent positions 0..n−2, keyed by the θ at which they next cross.
 * Keys are mirrored in heap order (`hk`) so sifting reads one array, not key[heap[i]]: at
 * 10,000 pairs this loop runs 5·10⁷ times and memory access is what it costs.
 */
/**
 * The θ at which residual line a (below) meets line b (above), or Infinity when it never will.
 * They cross ahead iff a rises faster, i.e. x_a < x_b; then a comes first in Δspend order and
 * the breakpoint is the reference's (y_b − y_a)/(x_b − x_a).
 */
export const crossingOf =
  (x: Float64Array, y: Float64Array) =>
  (a: number, b: number): number => {
    const dx = x[b] - x[a];
    return dx > 0 ? (y[b] - y[a]) / dx : Infinity;
  };

export class CrossingHeap {
  readonly key: Float64Array;
  private readonly hk: Float64Array;
  private readonly heap: Int32Array;
  private readonly at: Int32Array;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
    this.key = new Float64Array(size);
    this.hk = new Float64Array(size);
    this.heap = new Int32Array(size);
    this.at = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      this.heap[i] = i;
      this.at[i] = i;
    }
  }

  /** After setting all keys: restore the heap order. */
  build(): void {
    for (let i = 0; i < this.size; i++) this.hk[i] = this.key[this.heap[i]];
    for (let i = (this.size - 2) >> 2; i >= 0; i--) this.down(i, this.heap[i], this.hk[i]);
  }

  top(): number {
    return this.heap[0];
  }

  topKey(): number {
    return this.hk[0];
  }

  set(position: number, value: number): void {
    const old = this.key[position];
    this.key[position] = value;
    if (value < old) this.up(this.at[position], position, value);
    else if (value > old) this.down(this.at[position], position, value);
  }

  private up(i: number, item: number, k: number): void {
    const { heap, at, hk } = this;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pk = hk[parent];
      if (pk <= k) break;
      const pItem = heap[parent];
      heap[i] = pItem;
      hk[i] = pk;
      at[pItem] = i;
      i = parent;
    }
    heap[i] = item;
    hk[i] = k;
    at[item] = i;
  }

  private down(i: number, item: number, k: number): void {
    const { heap, at, hk, size } = this;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= size) break;
      let child = first;
      let ck = hk[first];
      const last = first + 4 < size ? first + 4 : size;
      for (let c = first + 1; c < last; c++) {
        if (hk[c] < ck) {
          ck = hk[c];
          child = c;
        }
      }
      if (ck >= k) break;
      const cItem = heap[child];
      heap[i] = cItem;
      hk[i] = ck;
      at[cItem] = i;
      i = child;
    }
    heap[i] = item;
    hk[i] = k;
    at[item] = i;
  }
}
