/** A whole-number percentage of a base for the themes tables; "0%" when nobody commented. */
export function percentOf(n: number, base: number): string {
  return base === 0 ? "0%" : `${Math.round((100 * n) / base)}%`;
}
