// GET /api/health: 200 when the database answers, 503 when it does not (for load balancers).
import { checkDatabase } from "@/lib/services/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  const body = database.ok
    ? { status: "ok", database: { ok: true, latencyMs: database.latencyMs } }
    : { status: "unavailable", database: { ok: false } };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
