// Small helpers for benchmarks: percentiles and a fixed-format report line.

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}

export type Timing = { count: number; p50: number; p95: number; max: number; totalMs: number };

export async function timeEach(count: number, fn: (i: number) => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  const totalMs = performance.now() - started;
  samples.sort((a, b) => a - b);
  return {
    count,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1],
    totalMs,
  };
}

export function report(name: string, t: Timing, target?: string): void {
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `${name.padEnd(52)} n=${String(t.count).padStart(6)}  p50 ${f(t.p50)} ms  p95 ${f(t.p95)} ms  max ${f(t.max)} ms${target ? `  (target ${target})` : ""}`,
  );
}
