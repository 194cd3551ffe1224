import { describe, expect, it } from "vitest";
import { nearestNeighbours, smoothScores } from "./neighbours";
import { buildCorpus } from "./vectors";

const TEXTS = [
  "My son lost his savings to betting on football.",
  "Betting on football cost my brother his savings and his marriage.",
  "Bus fares are far too high.",
  "The swimming pool is cold.",
];

describe("nearest neighbours", () => {
  const { vectors } = buildCorpus(TEXTS);

  it("finds the most similar other responses, best first, and none for unrelated text", () => {
    const nn = nearestNeighbours(vectors, 2);
    expect(Array.from(nn[0].idx)).toEqual([1]);
    expect(Array.from(nn[1].idx)).toEqual([0]);
    expect(nn[0].sim[0]).toBeGreaterThan(0);
    expect(nn[3].idx.length).toBe(0);
  });

  it("blends the neighbours' scores in and leaves isolated responses alone", () => {
    const nn = nearestNeighbours(vectors, 2);
    const scores = [
      Float64Array.of(0, 0.1),
      Float64Array.of(0.6, 0),
      Float64Array.of(0, 0.5),
      Float64Array.of(0.2, 0.2),
    ];
    const smoothed = smoothScores(scores, nn, 0.5);
    expect(smoothed[0][0]).toBeCloseTo(0.3);
    expect(smoothed[0][1]).toBeCloseTo(0.05);
    expect(Array.from(smoothed[3])).toEqual([0.2, 0.2]);
    expect(smoothScores(scores, nn, 0)).toBe(scores);
  });
});
