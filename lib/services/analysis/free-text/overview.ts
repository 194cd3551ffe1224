// The themes index (issue #9 part 4): each open question with its comment count, its newest
// themes run and its codebook version; and the responses the newest runs found in campaigns,
// for the analysis pages' "campaign in or out" filter.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { openQuestions, type TOpenQuestion } from "./question";
import { ZStoredCampaigns, ZStoredCandidates } from "./run-themes";

export type TQuestionThemes = TOpenQuestion & {
  comments: number;
  run: { createdAt: Date; answerCount: number; campaigns: number; candidates: number } | null;
  codebookVersion: number | null;
};

/** Newest run per question (DISTINCT ON picks one row per key without loading older runs). Also read by the findings report. */
export async function newestRuns(consultationId: string) {
  return db().$queryRaw<
    { questionKey: string; createdAt: Date; answerCount: number; campaigns: unknown; candidates: unknown }[]
  >(Prisma.sql`
    SELECT DISTINCT ON ("questionKey") "questionKey", "createdAt", "answerCount", campaigns, candidates
      FROM "ThemeRun" WHERE "consultationId" = ${consultationId}
     ORDER BY "questionKey", "createdAt" DESC, id DESC`);
}

export async function themesOverview(actor: StaffPrincipal | null, consultationId: string): Promise<TQuestionThemes[]> {
  requirePermission(actor, "analysis.read");
  const questions = await openQuestions(consultationId);
  if (questions.length === 0) return [];
  // Four independent reads: run together rather than one after another.
  const [counts, newest, versions, codebooks] = await Promise.all([
    db().$queryRaw<{ questionKey: string; n: number }[]>(Prisma.sql`
    SELECT a."questionKey", count(*)::int AS n FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
     WHERE r."consultationId" = ${consultationId} AND r.status = 'SUBMITTED'
       AND a."questionKey" = ANY(${questions.map((q) => q.key)}::text[]) AND btrim(coalesce(a.text, '')) <> ''
     GROUP BY 1`),
    newestRuns(consultationId),
    db().codebookVersion.groupBy({
      by: ["codebookId"],
      where: { codebook: { consultationId } },
      _max: { number: true },
    }),
    db().codebook.findMany({ where: { consultationId }, select: { id: true, questionKey: true } }),
  ]);
  const runs = new Map(newest.map((r) => [r.questionKey, r]));
  const versionOf = new Map(
    codebooks.map((c) => [c.questionKey, versions.find((v) => v.codebookId === c.id)?._max.number ?? null]),
  );
  return questions.map((q) => {
    const run = runs.get(q.key);
    return {
      ...q,
      comments: counts.find((c) => c.questionKey === q.key)?.n ?? 0,
      run: run
        ? {
            createdAt: run.createdAt,
            answerCount: run.answerCount,
            campaigns: ZStoredCampaigns.parse(run.campaigns).filter((c) => c.isCampaign).length,
            candidates: ZStoredCandidates.parse(run.candidates).length,
          }
        : null,
      codebookVersion: versionOf.get(q.key) ?? null,
    };
  });
}

/** Responses whose answer to any open question belongs to a campaign in that question's newest run. */
export async function campaignResponseIds(actor: StaffPrincipal | null, consultationId: string): Promise<string[]> {
  requirePermission(actor, "analysis.read");
  const answerIds = (await newestRuns(consultationId)).flatMap((r) =>
    ZStoredCampaigns.parse(r.campaigns)
      .filter((c) => c.isCampaign)
      .flatMap((c) => c.memberIds),
  );
  if (answerIds.length === 0) return [];
  const rows = await db().answer.findMany({
    where: { id: { in: answerIds } },
    select: { responseId: true },
    distinct: ["responseId"],
  });
  return rows.map((r) => r.responseId).sort();
}

/** One open question of the consultation, or null when the key names none (the page answers 404). */
export async function findOpenQuestion(
  actor: StaffPrincipal | null,
  consultationId: string,
  questionKey: string,
): Promise<TOpenQuestion | null> {
  requirePermission(actor, "analysis.read");
  return (await openQuestions(consultationId)).find((q) => q.key === questionKey) ?? null;
}

/** The consultation's open questions, for pages that name a question by its key. */
export async function listOpenQuestions(
  actor: StaffPrincipal | null,
  consultationId: string,
): Promise<TOpenQuestion[]> {
  requirePermission(actor, "analysis.read");
  return openQuestions(consultationId);
}
