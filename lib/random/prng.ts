// A tiny seeded PRNG and helpers, shared by the seed data and the free-text analysis. Both must
// repeat exactly for the same seed (stable analysis tests, deterministic themes); Math.random
// would defeat that.

export type Rng = () => number;

/** mulberry32: small, fast and good enough for synthetic data (not for anything secret). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: turns a string (a slug, a question key) into a stable 32-bit number. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick: no items");
  return items[Math.floor(rng() * items.length)];
}

/** Picks one item with probability proportional to its weight. */
export function weightedPick<T>(rng: Rng, items: readonly T[], weight: (item: T, index: number) => number): T {
  const weights = items.map(weight);
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  if (total <= 0) return pick(rng, items);
  let r = rng() * total;
  for (let i = 0; i < items.length; i++) {
    r -= Math.max(0, weights[i]);
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

/** Distinct items, drawn by weight without replacement, in the order drawn. */
export function weightedSample<T>(rng: Rng, items: readonly T[], count: number, weight: (item: T) => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const chosen = weightedPick(rng, pool, weight);
    out.push(chosen);
    pool.splice(pool.indexOf(chosen), 1);
  }
  return out;
}

/** Approximately normal (Irwin–Hall with 4 uniforms), mean 0 and sd about 1. */
export function gaussian(rng: Rng): number {
  return (rng() + rng() + rng() + rng() - 2) * Math.sqrt(3);
}
