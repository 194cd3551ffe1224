// Engagement events after they happen (issue #8, part 3): attendance, facilitator and the
// feedback points under headings. These are event feedback, not individual responses: they are
// never counted as responses, and analysis and the report's method section read them through
// listEventFeedback.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { rescoreQuestionPoints } from "@/lib/services/analysis/free-text/event-point-scoring";
import { LONG_TRANSACTION } from "@/lib/services/analysis/free-text/run-themes";
import type { TEventFeedback } from "@/lib/validation/event-feedback";

export type TEventWithFeedback = {
  id: string;
  title: string;
  startsAt: Date;
  place: string;
  audience: string | null;
  attendeeCount: number | null;
  facilitator: string | null;
  /** The open question whose codebook its points are coded against, if any. */
  themeQuestionKey: string | null;
  /** Headings in the order first used, each with its points in order. */
  headings: { heading: string; points: { id: string; text: string }[] }[];
};

const eventSelect = {
  id: true,
  title: true,
  startsAt: true,
  place: true,
  audience: true,
  attendeeCount: true,
  facilitator: true,
  themeQuestionKey: true,
  feedback: { orderBy: { position: "asc" as const }, select: { id: true, heading: true, text: true } },
};

type Row = { feedback: { id: string; heading: string; text: string }[] } & Omit<TEventWithFeedback, "headings">;

function grouped({ feedback, ...event }: Row): TEventWithFeedback {
  const headings: TEventWithFeedback["headings"] = [];
  for (const point of feedback) {
    let group = headings.find((h) => h.heading === point.heading);
    if (!group) headings.push((group = { heading: point.heading, points: [] }));
    group.points.push({ id: point.id, text: point.text });
  }
  return { ...event, headings };
}

/** One event with its feedback: for the officer's form (response.enter) or its analysis page (analysis.read). */
export async function getEventFeedback(
  actor: StaffPrincipal | null,
  consultationId: string,
  eventId: string,
  permission: "response.enter" | "analysis.read" = "response.enter",
): Promise<TEventWithFeedback> {
  requirePermission(actor, permission);
  const row = await db().engagementEvent.findFirst({ where: { id: eventId, consultationId }, select: eventSelect });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that event.");
  return grouped(row);
}

/** Every event of a consultation with its feedback, oldest first: for analysis themes and the report (analysis.read). */
export async function listEventFeedback(
  actor: StaffPrincipal | null,
  consultationId: string,
): Promise<TEventWithFeedback[]> {
  requirePermission(actor, "analysis.read");
  const rows = await db().engagementEvent.findMany({
    where: { consultationId },
    orderBy: { startsAt: "asc" },
    select: eventSelect,
  });
  return rows.map(grouped);
}

/**
 * Records what happened at an event, replacing its earlier record. Audited in the same
 * transaction: "event.record" the first time, "event.edit" with what changed afterwards.
 * Points kept word for word keep their themes; new points get the system's suggestions when the
 * event is coded against a question.
 */
export async function saveEventFeedback(
  actor: StaffPrincipal | null,
  input: TEventFeedback,
): Promise<{ eventId: string }> {
  const staff = requirePermission(actor, "response.enter");
  const before = await getEventFeedback(staff, input.consultationId, input.eventId);
  const oldPoints = before.headings.flatMap((h) => h.points.map((p) => `${h.heading}\u0000${p.text}`));
  const newPoints = input.points.map((p) => `${p.heading}\u0000${p.text}`);
  const changed = [
    before.audience !== input.audience && "audience",
    before.attendeeCount !== input.attendeeCount && "number attending",
    before.facilitator !== input.facilitator && "facilitator",
    oldPoints.join("\n") !== newPoints.join("\n") && "feedback points",
  ].filter((x): x is string => Boolean(x));
  const firstRecord = before.attendeeCount === null && before.facilitator === null && oldPoints.length === 0;
  await db().$transaction(async (tx) => {
    await tx.engagementEvent.update({
      where: { id: before.id },
      data: { audience: input.audience, attendeeCount: input.attendeeCount, facilitator: input.facilitator },
    });
    if (changed.includes("feedback points")) {
      // A point kept word for word keeps its row, and so its themes; the rest are replaced.
      const old = new Map<string, string[]>();
      for (const h of before.headings)
        for (const p of h.points)
          old.set(`${h.heading}\u0000${p.text}`, [...(old.get(`${h.heading}\u0000${p.text}`) ?? []), p.id]);
      const fresh: { eventId: string; heading: string; text: string; position: number }[] = [];
      for (const [position, p] of input.points.entries()) {
        const id = old.get(`${p.heading}\u0000${p.text}`)?.shift();
        if (id) await tx.eventFeedbackPoint.update({ where: { id }, data: { position } });
        else fresh.push({ eventId: before.id, heading: p.heading, text: p.text, position });
      }
      const gone = [...old.values()].flat();
      if (gone.length) await tx.eventFeedbackPoint.deleteMany({ where: { id: { in: gone } } });
      if (fresh.length) await tx.eventFeedbackPoint.createMany({ data: fresh });
      // Scoring reads the question's comments too, hence the long transaction.
      if (before.themeQuestionKey) await rescoreQuestionPoints(tx, input.consultationId, before.themeQuestionKey);
    }
    await recordAuditEvent(tx, {
      actor: staff,
      action: firstRecord ? "event.record" : "event.edit",
      targetType: "EngagementEvent",
      targetId: before.id,
      detail: firstRecord
        ? `${before.title}: ${input.points.length} feedback points, ${input.attendeeCount ?? "unknown"} attending`
        : `${before.title}: changed ${changed.join(", ") || "nothing"}`,
    });
  }, LONG_TRANSACTION);
  return { eventId: before.id };
}
