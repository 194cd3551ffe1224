// GET /staff/admin/audit/download?…filters: the filtered audit trail as CSV (audit.read).
import { withPermission } from "@/lib/http/route-guard";
import { exportAuditEvents } from "@/lib/services/audit/export-audit-events";
import { auditFilterInput, ZAuditFilterSchema } from "@/lib/validation/staff";

export const dynamic = "force-dynamic";

export const GET = withPermission("audit.read", async (request, _context: unknown, staff) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filter = ZAuditFilterSchema.safeParse(auditFilterInput(query));
  if (!filter.success) return Response.json({ error: filter.error.issues[0].message }, { status: 400 });
  const csv = await exportAuditEvents(staff, filter.data);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-trail-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
