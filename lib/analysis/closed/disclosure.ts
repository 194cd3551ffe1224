// Small-cell disclosure control for the equality profile (issue #9, item 3). Counts of 1 to 9
// are published as "<10" (UK LLC's threshold); then secondary suppression hides further cells,
// or the total, until no hidden count can be worked out from what is published. We assume the
// reader knows this method: a "<10" cell is 1–9, a secondarily hidden cell is 10 or more (it was
// not small), and the published total minus the published cells is the sum of the hidden ones.
export type TCell = { kind: "shown"; value: number } | { kind: "small" } | { kind: "hidden" };
export type TProtectedLine = { cells: TCell[]; total: TCell };

export const SMALL_MAX = 9;

type Bounds = [number, number];

/** What a reader can say about each hidden cell, given the published line: [min, max]. */
export function inferBounds(line: TProtectedLine): Map<number, Bounds> {
  const out = new Map<number, Bounds>();
  const hidden = line.cells.flatMap((c, i) => (c.kind === "shown" ? [] : [i]));
  const boxOf = (c: TCell): Bounds => (c.kind === "small" ? [1, SMALL_MAX] : [SMALL_MAX + 1, Number.POSITIVE_INFINITY]);
  if (line.total.kind !== "shown") {
    for (const i of hidden) out.set(i, boxOf(line.cells[i]));
    return out;
  }
  const shownSum = line.cells.reduce((s, c) => s + (c.kind === "shown" ? c.value : 0), 0);
  const hiddenSum = line.total.value - shownSum;
  for (const i of hidden) {
    const [lo, hi] = boxOf(line.cells[i]);
    let othersLo = 0;
    let othersHi = 0;
    for (const j of hidden) {
      if (j === i) continue;
      const [l, h] = boxOf(line.cells[j]);
      othersLo += l;
      othersHi += h;
    }
    out.set(i, [Math.max(lo, hiddenSum - othersHi), Math.min(hi, hiddenSum - othersLo)]);
  }
  return out;
}

const pinned = (line: TProtectedLine) => [...inferBounds(line).values()].some(([lo, hi]) => lo >= hi);

/**
 * Protects one line of counts (the categories of one characteristic, "Not answered" included)
 * and its total. Zeros are published: a zero identifies nobody.
 */
export function protectLine(counts: readonly number[]): TProtectedLine {
  const total = counts.reduce((s, n) => s + n, 0);
  const cells: TCell[] = counts.map((n) =>
    n >= 1 && n <= SMALL_MAX ? { kind: "small" } : { kind: "shown", value: n },
  );
  const line: TProtectedLine = { cells, total: { kind: "shown", value: total } };
  const anyHidden = () => line.cells.some((c) => c.kind !== "shown");
  // Each round hides the smallest published non-zero cell (losing the least information)
  // until no hidden cell is pinned; with none left, the total goes instead.
  while (anyHidden() && pinned(line)) {
    let next = -1;
    line.cells.forEach((c, i) => {
      if (c.kind === "shown" && c.value > 0 && (next < 0 || c.value < counts[next])) next = i;
    });
    if (next < 0) {
      line.total = { kind: "hidden" };
      break;
    }
    line.cells[next] = { kind: "hidden" };
  }
  return line;
}

/** How a protected cell reads in a table. */
export function cellText(cell: TCell): string {
  if (cell.kind === "small") return "<10";
  if (cell.kind === "hidden") return "[c]";
  return String(cell.value);
}
