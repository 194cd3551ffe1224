// GET /api/ready: 200 when this instance should get traffic (database, and Redis when set,
// answer, and it is not shutting down), 503 otherwise. /api/health stays the liveness check.
import { checkReadiness } from "@/lib/services/health/check-readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "not ready", ...readiness },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
