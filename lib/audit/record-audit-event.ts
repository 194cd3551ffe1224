// Writes one audit row. Pass the transaction client so a change and its audit row commit
// together, or roll back together (issue #3 "Audit trail").
import "server-only";
import { now } from "@/lib/clock";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./actions";

/** A PrismaClient or the client handed to a `$transaction` callback. */
export type AuditWriter = Pick<PrismaClient, "auditEvent">;

/** Who did it: a staff member, or the system (a scheduled job, an anonymous request). */
export type AuditActor = { id: string; email: string } | { system: string };

export type AuditEventInput = {
  actor: AuditActor;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  /** A short, plain-English detail. Never personal data beyond a staff email. */
  detail?: string;
};

const DETAIL_MAX = 500;

/** Returns the new event's id, for the rare caller that must point back at it (original-text views). */
export async function recordAuditEvent(client: AuditWriter, event: AuditEventInput): Promise<string> {
  const { actor } = event;
  // The label survives if the account is ever removed (actorId is then set to null).
  const [actorId, actorLabel] = "id" in actor ? [actor.id, actor.email] : [null, actor.system];
  const row = await client.auditEvent.create({
    select: { id: true },
    data: {
      actorId,
      actorLabel,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      detail: event.detail ? event.detail.slice(0, DETAIL_MAX) : null,
      createdAt: now(),
    },
  });
  return row.id;
}
