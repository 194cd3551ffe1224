// Starred quotes and search over a consultation's free text. Both show only the redacted copy:
// a quote may go into a public report, and search results are read by analysts.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/services/audit/record-audit-event";
import { ZFreeTextSearch, ZQuoteStar } from "@/lib/validation/themes";

export async function setQuoteStar(actor: StaffPrincipal | null, raw: z.input<typeof ZQuoteStar>): Promise<{ starred: boolean }> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZQuoteStar.parse(raw);
  // Only a redacted answer can be starred: the original may hold personal data.
  const answer = await db().redactedAnswer.findUnique({ where: { answerId: input.answerId }, select: { answerId: true } });
  if (!answer) throw new AppError("NOT_FOUND", "We could not find that answer. Run themes on the question first.");
  return db().$transaction(async (tx) => {
    const key = { answerId_starredById: { answerId: input.answerId, starredById: staff.id } };
    if (input.starred) await tx.quoteStar.upsert({ where: key, create: { answerId: input.answerId, starredById: staff.id, createdAt: now() }, update: {} });
    else await tx.quoteStar.deleteMany({ where: { answerId: input.answerId, starredById: staff.id } });
    await recordAuditEvent(tx, { actor: staff, action: "analysis.quoteStar", targetType: "Answer", targetId: input.answerId, detail: input.starred ? "Starred" : "Unstarred" });
    return { starred: input.starred };
  });
}

export type TStarredQuote = { answerId: string; questionKey: string; text: string; stars: number };

/** A consultation's starred quotes, most-starred first, as redacted text. */
export async function starredQuotes(actor: StaffPrincipal | null, consultationId: string, questionKey?: string): Promise<TStarredQuote[]> {
  requirePermission(actor, "analysis.read");
  const rows = await db().redactedAnswer.findMany({
    where: { consultationId, ...(questionKey && { questionKey }), answer: { quoteStars: { some: {} } } },
    select: { answerId: true, questionKey: true, text: true, answer: { select: { _count: { select: { quoteStars: true } } } } },
  });
  return rows
    .map((r) => ({ answerId: r.answerId, questionKey: r.questionKey, text: r.text, stars: r.answer._count.quoteStars }))
    .sort((a, b) => b.stars - a.stars || a.answerId.localeCompare(b.answerId));
}

export type TSearchHit = { answerId: string; questionKey: string; text: string };

/** Case-insensitive search of the redacted free text of one consultation (first 100 hits). */
export async function searchFreeText(actor: StaffPrincipal | null, raw: z.input<typeof ZFreeTextSearch>): Promise<TSearchHit[]> {
  requirePermission(actor, "analysis.read");
  const input = ZFreeTextSearch.parse(raw);
  return db().redactedAnswer.findMany({
    where: { consultationId: input.consultationId, text: { contains: input.q, mode: "insensitive" } },
    select: { answerId: true, questionKey: true, text: true },
    orderBy: [{ questionKey: "asc" }, { answerId: "asc" }],
    take: 100,
  });
}
