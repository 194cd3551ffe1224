// The audit trail as CSV, for an admin to keep or hand to an auditor. The download is itself
// recorded (export.download), in the same transaction as the read, before any row leaves.
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TAuditFilter } from "@/lib/validation/staff";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auditWhere } from "./list-audit-events";

/** Far more than a pilot writes in years; past it the download says so rather than stalling. */
export const AUDIT_EXPORT_LIMIT = 50_000;

const HEADER = ["created_at", "actor_email", "action", "target_type", "target_id", "detail"];

/** RFC 4180 quoting, and a leading apostrophe so spreadsheets never run a cell as a formula. */
export function csvCell(value: string | null): string {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function exportAuditEvents(actor: StaffPrincipal | null, filter: TAuditFilter): Promise<string> {
  const staff = requirePermission(actor, "audit.read");
  const rows = await db().$transaction(async (tx) => {
    const events = await tx.auditEvent.findMany({
      where: auditWhere(filter),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: AUDIT_EXPORT_LIMIT,
    });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "export.download",
      targetType: "AuditEvent",
      detail: `Downloaded ${events.length} audit event${events.length === 1 ? "" : "s"} as CSV`,
    });
    return events;
  });
  const lines = rows.map((e) =>
    [e.createdAt.toISOString(), e.actorLabel, e.action, e.targetType, e.targetId, e.detail].map(csvCell).join(","),
  );
  return `${[HEADER.join(","), ...lines].join("\r\n")}\r\n`;
}
