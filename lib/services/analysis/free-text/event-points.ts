// Coding engagement event feedback to themes (issue #8): the officer picks the open question an
// event's points relate to, the system suggests themes from that question's codebook (the same
// scoring as comments, event-point-scoring.ts) and the officer accepts, rejects or adds. Points
// are event feedback, not responses: their counts are kept apart and never enter a percentage.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TEvidence } from "@/lib/analysis/text/assignment";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getEventFeedback, type TEventWithFeedback } from "@/lib/services/events/event-feedback";
import { ZEventPointDecisions, ZEventQuestion } from "@/lib/validation/event-themes";
import { lockCodebook } from "./assign";
import { rescoreQuestionPoints } from "./event-point-scoring";
import { LONG_TRANSACTION } from "./run-themes";
import { latestVersion, requireOpenQuestion } from "./question";
import { codebookFor, type TQueueItem } from "./review";

export type TEventPoint = TQueueItem & { heading: string; accepted: string[] };
export type TEventCoding = {
  event: TEventWithFeedback;
  questionKey: string | null;
  /** The question's codebook themes, or null before it has one. */
  themes: { id: string; name: string }[] | null;
  points: TEventPoint[];
};

async function eventQuestion(consultationId: string, eventId: string): Promise<string | null> {
  const row = await db().engagementEvent.findFirst({
    where: { id: eventId, consultationId },
    select: { themeQuestionKey: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that event.");
  return row.themeQuestionKey;
}

/** One event's points with their themes: accepted ones by name, open suggestions with evidence. */
export async function eventCoding(
  actor: StaffPrincipal | null,
  consultationId: string,
  eventId: string,
): Promise<TEventCoding> {
  const event = await getEventFeedback(actor, consultationId, eventId, "analysis.read");
  const questionKey = event.themeQuestionKey;
  const codebook = questionKey
    ? await db().codebook.findUnique({ where: { consultationId_questionKey: { consultationId, questionKey } } })
    : null;
  const version = codebook && (await latestVersion(db(), codebook.id));
  const names = new Map((version?.codes ?? []).map((c) => [c.id, c.name]));
  const pointIds = event.headings.flatMap((h) => h.points.map((p) => p.id));
  const rows = codebook
    ? await db().eventPointTheme.findMany({
        where: { codebookId: codebook.id, pointId: { in: pointIds } },
        orderBy: [{ score: "desc" }, { codeId: "asc" }],
      })
    : [];
  const points = event.headings.flatMap((h) =>
    h.points.map((p) => {
      const mine = rows.filter((r) => r.pointId === p.id);
      const open = mine.filter((r) => r.status === "SUGGESTED");
      return {
        answerId: p.id,
        heading: h.heading,
        text: p.text,
        confidence: open.length ? Math.min(...open.map((r) => r.confidence)) : 1,
        accepted: mine.filter((r) => r.status === "ACCEPTED").map((r) => names.get(r.codeId) ?? r.codeId),
        suggestions: open.map((r) => ({
          assignmentId: r.id,
          codeId: r.codeId,
          codeName: names.get(r.codeId) ?? r.codeId,
          score: r.score,
          evidence: r.evidence as unknown as TEvidence,
        })),
      };
    }),
  );
  return {
    event,
    questionKey,
    themes: version ? version.codes.map((c) => ({ id: c.id, name: c.name })) : null,
    points,
  };
}

/**
 * Sets (or clears) the question an event's points are coded against. Its points' earlier codes
 * go (they belonged to another codebook); with a codebook, the system suggests themes at once.
 */
export async function setEventQuestion(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZEventQuestion>,
): Promise<{ suggested: number }> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZEventQuestion.parse(raw);
  const before = await eventQuestion(input.consultationId, input.eventId);
  const question = input.questionKey ? await requireOpenQuestion(input.consultationId, input.questionKey) : null;
  return db().$transaction(async (tx) => {
    if (before !== (question?.key ?? null))
      await tx.eventPointTheme.deleteMany({ where: { point: { eventId: input.eventId } } });
    await tx.engagementEvent.update({
      where: { id: input.eventId },
      data: { themeQuestionKey: question?.key ?? null },
    });
    const { suggested } = question
      ? await rescoreQuestionPoints(tx, input.consultationId, question.key)
      : { suggested: 0 };
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.eventQuestion",
      targetType: "EngagementEvent",
      targetId: input.eventId,
      detail: question ? `Feedback points coded against "${question.title}"` : "Feedback points not coded to themes",
    });
    return { suggested };
  }, LONG_TRANSACTION);
}

/** Accepts or rejects the points' suggestions and adds themes the system missed. One transaction, audited. */
export async function saveEventPointDecisions(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZEventPointDecisions>,
): Promise<{ accepted: number; rejected: number; added: number }> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZEventPointDecisions.parse(raw);
  if ((await eventQuestion(input.consultationId, input.eventId)) !== input.questionKey) {
    throw new AppError(
      "CONFLICT",
      "This event's question has changed since the page loaded. Reload the page and choose again.",
    );
  }
  const { id, version } = await codebookFor(input.consultationId, input.questionKey);
  const codes = new Map(version.codes.map((c) => [c.id, c.name]));
  for (const a of input.additions) {
    if (!codes.has(a.codeId))
      throw new AppError("INVALID_INPUT", "Select a theme from the codebook.", {
        [`add-${a.answerId}`]: ["Select a theme from the codebook"],
      });
  }
  const pointIds = [...new Set(input.additions.map((a) => a.answerId))];
  if (
    (await db().eventFeedbackPoint.count({ where: { id: { in: pointIds }, eventId: input.eventId } })) !==
    pointIds.length
  ) {
    throw new AppError("NOT_FOUND", "We could not find one of those points. Reload the page.");
  }
  const decisionIds = input.decisions.map((d) => d.assignmentId);
  const at = now();
  return db().$transaction(async (tx) => {
    // Checked under the codebook's lock, as the comments' review does: another officer's save
    // or a re-score between the check and the writes would otherwise be overwritten.
    await lockCodebook(tx, id);
    const open = await tx.eventPointTheme.count({
      where: { id: { in: decisionIds }, codebookId: id, status: "SUGGESTED", point: { eventId: input.eventId } },
    });
    if (open !== new Set(decisionIds).size)
      throw new AppError(
        "CONFLICT",
        "Some suggestions have changed since the page loaded. Reload the page and choose again.",
      );
    for (const status of ["ACCEPTED", "REJECTED"] as const) {
      const ids = input.decisions.filter((d) => d.decision === status).map((d) => d.assignmentId);
      if (ids.length)
        await tx.eventPointTheme.updateMany({
          where: { id: { in: ids }, codebookId: id },
          data: { status, decidedById: staff.id, decidedAt: at },
        });
    }
    for (const a of input.additions) {
      const data = {
        assignedBy: "OFFICER" as const,
        status: "ACCEPTED" as const,
        decidedById: staff.id,
        decidedAt: at,
        versionNumber: version.number,
      };
      await tx.eventPointTheme.upsert({
        where: { codebookId_pointId_codeId: { codebookId: id, pointId: a.answerId, codeId: a.codeId } },
        create: {
          codebookId: id,
          pointId: a.answerId,
          codeId: a.codeId,
          score: 0,
          confidence: 1,
          evidence: { sharedTerms: [], fromNeighbours: 0 },
          ...data,
        },
        update: data,
      });
    }
    const saved = {
      accepted: input.decisions.filter((d) => d.decision === "ACCEPTED").length,
      rejected: input.decisions.filter((d) => d.decision === "REJECTED").length,
      added: input.additions.length,
    };
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.eventPointReview",
      targetType: "EngagementEvent",
      targetId: input.eventId,
      detail: `Event points: accepted ${saved.accepted}, rejected ${saved.rejected}, added ${saved.added}`,
    });
    return saved;
  });
}

export type TThemePoint = { pointId: string; text: string; heading: string; eventTitle: string; startsAt: Date };

/** The event points an officer accepted under one theme, for its page. */
export async function themeEventPoints(
  actor: StaffPrincipal | null,
  input: { consultationId: string; questionKey: string; codeId: string },
): Promise<TThemePoint[]> {
  requirePermission(actor, "analysis.read");
  const rows = await db().eventPointTheme.findMany({
    where: {
      codeId: input.codeId,
      status: "ACCEPTED",
      codebook: { consultationId: input.consultationId, questionKey: input.questionKey },
    },
    select: {
      point: {
        select: {
          id: true,
          text: true,
          heading: true,
          position: true,
          event: { select: { title: true, startsAt: true } },
        },
      },
    },
  });
  return rows
    .map(({ point: p }) => ({
      pointId: p.id,
      text: p.text,
      heading: p.heading,
      eventTitle: p.event.title,
      startsAt: p.event.startsAt,
      position: p.position,
    }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.position - b.position)
    .map(({ position: _position, ...p }) => p);
}
