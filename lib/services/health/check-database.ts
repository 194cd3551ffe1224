// Readiness: can we run a query right now? Used by /api/health and load balancers.
import "server-only";
import { db } from "@/lib/db";

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; error: string };

export async function checkDatabase(timeoutMs = 3000): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const query = db().$queryRaw`select 1`;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), timeoutMs));
    await Promise.race([query, timeout]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.split("\n")[0] : "unreachable" };
  }
}
