// Starred quotes and search over a consultation's free text. Both show only the redacted copy:
// a quote may go into a public report, and search results are read by analysts.
import "server-only";
import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { SEARCH_PAGE_SIZE, ZFreeTextSearch, ZQuoteStar, ZQuoteStarsData, ZStoredCodes } from "@/lib/validation/themes";
import { codebookFor } from "./review";

export async function setQuoteStar(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZQuoteStar>,
): Promise<{ starred: boolean }> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZQuoteStar.parse(raw);
  // Only a redacted answer can be starred: the original may hold personal data.
  const answer = await db().redactedAnswer.findUnique({
    where: { answerId: input.answerId },
    select: { answerId: true },
  });
  if (!answer) throw new AppError("NOT_FOUND", "We could not find that answer. Run themes on the question first.");
  return db().$transaction(async (tx) => {
    const key = { answerId_starredById: { answerId: input.answerId, starredById: staff.id } };
    if (input.starred)
      await tx.quoteStar.upsert({
        where: key,
        create: { answerId: input.answerId, starredById: staff.id, createdAt: now() },
        update: {},
      });
    else await tx.quoteStar.deleteMany({ where: { answerId: input.answerId, starredById: staff.id } });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.quoteStar",
      targetType: "Answer",
      targetId: input.answerId,
      detail: input.starred ? "Starred" : "Unstarred",
    });
    return { starred: input.starred };
  });
}

export type TThemeQuote = {
  answerId: string;
  text: string;
  status: "ACCEPTED" | "SUGGESTED";
  stars: number;
  starredByMe: boolean;
};

/** A theme's comments (accepted first, then the surest suggestions) as redacted quotes, with their stars. */
export async function themeQuotes(
  actor: StaffPrincipal | null,
  input: { consultationId: string; questionKey: string; codeId: string; limit?: number },
): Promise<{ total: number; quotes: TThemeQuote[] }> {
  const staff = requirePermission(actor, "analysis.read");
  // Filtered through the codebook relation, so the theme page (which has just read the codebook
  // for its counts) does not read the codebook and its newest version a second time.
  const where = {
    codebook: { consultationId: input.consultationId, questionKey: input.questionKey },
    codeId: input.codeId,
    status: { in: ["ACCEPTED" as const, "SUGGESTED" as const] },
  };
  const [total, rows] = await Promise.all([
    db().themeAssignment.count({ where }),
    db().themeAssignment.findMany({
      where,
      orderBy: [{ status: "asc" }, { score: "desc" }, { answerId: "asc" }],
      take: input.limit ?? 50,
      select: {
        answerId: true,
        status: true,
        answer: { select: { redacted: { select: { text: true } }, quoteStars: { select: { starredById: true } } } },
      },
    }),
  ]);
  return {
    total,
    quotes: rows.map((r) => ({
      answerId: r.answerId,
      text: r.answer.redacted?.text ?? "",
      status: r.status as "ACCEPTED" | "SUGGESTED",
      stars: r.answer.quoteStars.length,
      starredByMe: r.answer.quoteStars.some((s) => s.starredById === staff.id),
    })),
  };
}

/** The quote-star form of one theme: the officer's own stars on the quotes shown become exactly the ticked ones. */
export async function setQuoteStars(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZQuoteStarsData>,
): Promise<{ starred: number; unstarred: number }> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZQuoteStarsData.parse(raw);
  const { id, version } = await codebookFor(input.consultationId, input.questionKey);
  const code = version.codes.find((c) => c.id === input.codeId);
  if (!code) throw new AppError("NOT_FOUND", "That theme is no longer in the codebook.");
  const found = await db().redactedAnswer.count({
    where: { answerId: { in: input.shown }, consultationId: input.consultationId, questionKey: input.questionKey },
  });
  if (found !== new Set(input.shown).size)
    throw new AppError("NOT_FOUND", "We could not find one of those comments. Reload the page and try again.");
  const starred = new Set(input.starred);
  const unstar = input.shown.filter((a) => !starred.has(a));
  return db().$transaction(async (tx) => {
    const before = await tx.quoteStar.findMany({
      where: { answerId: { in: input.shown }, starredById: staff.id },
      select: { answerId: true },
    });
    const had = new Set(before.map((b) => b.answerId));
    const add = input.starred.filter((a) => !had.has(a));
    await tx.quoteStar.createMany({
      data: add.map((answerId) => ({ answerId, starredById: staff.id, createdAt: now() })),
      skipDuplicates: true,
    });
    const { count } = await tx.quoteStar.deleteMany({ where: { answerId: { in: unstar }, starredById: staff.id } });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.quoteStar",
      targetType: "Codebook",
      targetId: id,
      detail: `Starred ${add.length}, unstarred ${count} quotes on "${code.name}"`,
    });
    return { starred: add.length, unstarred: count };
  });
}

export type TStarredQuote = { answerId: string; questionKey: string; text: string; stars: number };

/** A consultation's starred quotes, most-starred first, as redacted text. */
export async function starredQuotes(
  actor: StaffPrincipal | null,
  consultationId: string,
  questionKey?: string,
): Promise<TStarredQuote[]> {
  requirePermission(actor, "analysis.read");
  const rows = await db().redactedAnswer.findMany({
    where: { consultationId, ...(questionKey && { questionKey }), answer: { quoteStars: { some: {} } } },
    select: {
      answerId: true,
      questionKey: true,
      text: true,
      answer: { select: { _count: { select: { quoteStars: true } } } },
    },
  });
  return rows
    .map((r) => ({ answerId: r.answerId, questionKey: r.questionKey, text: r.text, stars: r.answer._count.quoteStars }))
    .sort((a, b) => b.stars - a.stars || a.answerId.localeCompare(b.answerId));
}

export type TSearchHit = { answerId: string; questionKey: string; text: string; themes: string[] };
export type TSearchResult = { total: number; page: number; pageCount: number; hits: TSearchHit[] };

/**
 * Case-insensitive search of the redacted free text of one consultation, a page at a time, with
 * each hit's themes (accepted or suggested) in its question's newest codebook version.
 */
export async function searchFreeText(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZFreeTextSearch>,
): Promise<TSearchResult> {
  requirePermission(actor, "analysis.read");
  const input = ZFreeTextSearch.parse(raw);
  const where = { consultationId: input.consultationId, text: { contains: input.q, mode: "insensitive" as const } };
  const total = await db().redactedAnswer.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const page = Math.min(input.page, pageCount);
  const rows = await db().redactedAnswer.findMany({
    where,
    select: { answerId: true, questionKey: true, text: true },
    orderBy: [{ questionKey: "asc" }, { answerId: "asc" }],
    skip: (page - 1) * SEARCH_PAGE_SIZE,
    take: SEARCH_PAGE_SIZE,
  });
  const themes = await hitThemes(input.consultationId, rows);
  return { total, page, pageCount, hits: rows.map((r) => ({ ...r, themes: themes.get(r.answerId) ?? [] })) };
}

/**
 * Theme names per answer, from the newest codebook version of each question on the page: two
 * reads for the whole page, however many questions its hits come from.
 */
async function hitThemes(
  consultationId: string,
  rows: { answerId: string; questionKey: string }[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (rows.length === 0) return out;
  const questionKeys = [...new Set(rows.map((r) => r.questionKey))];
  const [versions, assigned] = await Promise.all([
    // DISTINCT ON takes the newest version of each codebook without loading the older ones.
    db().$queryRaw<{ codebookId: string; codes: unknown }[]>(Prisma.sql`
      SELECT DISTINCT ON (v."codebookId") v."codebookId", v.codes
        FROM "CodebookVersion" v JOIN "Codebook" b ON b.id = v."codebookId"
       WHERE b."consultationId" = ${consultationId} AND b."questionKey" = ANY(${questionKeys}::text[])
       ORDER BY v."codebookId", v.number DESC`),
    db().themeAssignment.findMany({
      where: {
        codebook: { consultationId },
        answerId: { in: rows.map((r) => r.answerId) },
        status: { in: ["ACCEPTED", "SUGGESTED"] },
      },
      select: { codebookId: true, answerId: true, codeId: true },
      orderBy: [{ answerId: "asc" }, { codeId: "asc" }],
    }),
  ]);
  const names = new Map(
    versions.map((v) => [v.codebookId, new Map(ZStoredCodes.parse(v.codes).map((c) => [c.id, c.name]))]),
  );
  for (const a of assigned) {
    const name = names.get(a.codebookId)?.get(a.codeId);
    if (name) out.set(a.answerId, [...(out.get(a.answerId) ?? []), name]);
  }
  return out;
}
