// The audit page's query: newest first, filtered by person, action and London dates.
// There is no update or delete here or anywhere: audit rows cannot be changed through the app.
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TAuditFilter } from "@/lib/validation/staff";
import { AUDIT_ACTION_LABELS, isAuditAction } from "@/lib/audit/actions";

export const AUDIT_PAGE_SIZE = 25;

export type AuditEventRow = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  actorName: string | null;
  action: string;
  actionLabel: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  detail: string | null;
};

export type AuditPage = { events: AuditEventRow[]; total: number; page: number; pageCount: number };

/** The filters as a Prisma where clause; `to` is already the start of the day after. */
export function auditWhere(filter: TAuditFilter) {
  return {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
}

export async function listAuditEvents(actor: StaffPrincipal | null, filter: TAuditFilter): Promise<AuditPage> {
  requirePermission(actor, "audit.read");
  const where = auditWhere(filter);
  const total = await db().auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db().auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { actor: { select: { name: true } } },
  });
  // Staff targets are shown by email rather than by id.
  const userIds = [
    ...new Set(rows.filter((r) => r.targetType === "User" && r.targetId).map((r) => r.targetId as string)),
  ];
  const users = userIds.length
    ? await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } })
    : [];
  const emails = new Map(users.map((u) => [u.id, u.email]));
  const events = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    actorLabel: row.actorLabel,
    actorName: row.actor?.name ?? null,
    action: row.action,
    actionLabel: isAuditAction(row.action) ? AUDIT_ACTION_LABELS[row.action] : row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: row.targetType === "User" && row.targetId ? (emails.get(row.targetId) ?? row.targetId) : row.targetId,
    detail: row.detail,
  }));
  return { events, total, page, pageCount };
}
