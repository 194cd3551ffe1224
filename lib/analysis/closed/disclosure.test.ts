import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellText, protectLine, SMALL_MAX, type TCell } from "./disclosure";

/**
 * An attacker that knows the method, by brute force (independent of inferBounds): every way to
 * fill the hidden cells that respects what each published mark means and adds up to the
 * published total. Returns, for each hidden cell, the set of values it could take.
 */
function possibleValues(cells: TCell[], total: number): Map<number, Set<number>> {
  const hidden = cells.flatMap((c, i) => (c.kind === "shown" ? [] : [i]));
  const rest = total - cells.reduce((s, c) => s + (c.kind === "shown" ? c.value : 0), 0);
  const seen = new Map<number, Set<number>>(hidden.map((i) => [i, new Set<number>()]));
  const chosen: number[] = [];
  const walk = (k: number, left: number) => {
    if (k === hidden.length) {
      if (left === 0) hidden.forEach((i, j) => seen.get(i)?.add(chosen[j]));
      return;
    }
    const cell = cells[hidden[k]];
    const lo = cell.kind === "small" ? 1 : SMALL_MAX + 1;
    const hi = cell.kind === "small" ? SMALL_MAX : left;
    for (let v = lo; v <= Math.min(hi, left); v++) {
      chosen[k] = v;
      walk(k + 1, left - v);
    }
  };
  walk(0, rest);
  return seen;
}

const counts = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 10, max: 40 })), {
  minLength: 1,
  maxLength: 6,
});

describe("equality disclosure control", () => {
  it("shows 1 to 9 as <10 and publishes zeros and large counts", () => {
    const line = protectLine([0, 25, 30, 12]);
    expect(line.cells.map(cellText)).toEqual(["0", "25", "30", "12"]);
    expect(cellText(line.total)).toBe("67");
    const small = protectLine([3, 25, 30, 12]);
    expect(small.cells.map(cellText)).toEqual(["<10", "25", "30", "[c]"]);
  });

  it("hides the total when nothing else can protect a lone small cell", () => {
    const line = protectLine([4, 0, 0]);
    expect(line.cells.map(cellText)).toEqual(["<10", "0", "0"]);
    expect(line.total.kind).toBe("hidden");
  });

  it("adds suppression when two small cells would pin each other (9 + 9 = 18)", () => {
    const line = protectLine([9, 9, 40]);
    expect(
      line.cells.filter((c) => c.kind !== "shown").length + (line.total.kind === "hidden" ? 1 : 0),
    ).toBeGreaterThan(2);
  });

  it("property: no hidden count can be recovered from the published cells and total", () => {
    fc.assert(
      fc.property(counts, (values) => {
        const line = protectLine(values);
        // Published cells are true, and every count of 1 to 9 is hidden.
        line.cells.forEach((c, i) => {
          if (c.kind === "shown") expect(c.value).toBe(values[i]);
          else expect(values[i]).toBeGreaterThan(0);
          if (values[i] >= 1 && values[i] <= SMALL_MAX) expect(c.kind).not.toBe("shown");
        });
        if (line.total.kind !== "shown") return; // bounds alone (1–9, 10+) never pin a value
        expect(line.total.value).toBe(values.reduce((s, n) => s + n, 0));
        for (const [i, options] of possibleValues(line.cells, line.total.value)) {
          expect(options.has(values[i])).toBe(true);
          expect(options.size).toBeGreaterThan(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
