/** ln B(a, b), from @stdlib: the building block of the exact Beta posterior comparison. */
// @ts-expect-error stdlib's deep module paths carry no type declarations
import betaln from '@stdlib/math-base-special-betaln/lib/main.js';

export function logBeta(a: number, b: number): number {
  return (betaln as (a: number, b: number) => number)(a, b);
}
