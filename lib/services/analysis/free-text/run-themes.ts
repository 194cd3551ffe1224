// Step 1 of the free-text work on one open question (issue #9 part 4): redact every submitted
// answer (the redacted copy and a log of what was removed, never the removed text), find
// campaigns and propose candidate themes. If the question already has a codebook, its
// suggestions are re-scored against the fresh redacted text. One transaction, audited.
import "server-only";
import { z } from "@/lib/zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { runPipeline } from "@/lib/analysis/text/pipeline";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ZRunThemes } from "@/lib/validation/themes";
import { rescore } from "./assign";
import { latestVersion, requireOpenQuestion, submittedAnswers } from "./question";

/** Long enough for tens of thousands of answers on a busy 2-core machine. */
export const LONG_TRANSACTION = { timeout: 180_000, maxWait: 20_000 };

const ZStoredCandidate = z.object({
  label: z.string(),
  distinctiveTerms: z.array(z.string()),
  approxCount: z.number(),
  memberIds: z.array(z.string()),
  quoteIds: z.array(z.string()),
  closedSplit: z.record(z.string(), z.number()),
});
export const ZStoredCandidates = z.array(ZStoredCandidate);
export type TStoredCandidate = z.infer<typeof ZStoredCandidate>;
export const ZStoredCampaigns = z.array(
  z.object({ memberIds: z.array(z.string()), templateId: z.string(), isCampaign: z.boolean() }),
);

export type TRunSummary = {
  runId: string;
  answers: number;
  redactions: number;
  campaigns: number;
  candidates: number;
  suggested: number | null;
};

export async function runThemes(actor: StaffPrincipal | null, raw: z.input<typeof ZRunThemes>): Promise<TRunSummary> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZRunThemes.parse(raw);
  const question = await requireOpenQuestion(input.consultationId, input.questionKey);
  const at = now();
  return db().$transaction(async (tx) => {
    const answers = await submittedAnswers(tx, input.consultationId, input.questionKey);
    const result = runPipeline({
      responses: answers.map((a) => ({ id: a.answerId, text: a.text, respondentName: a.respondentName })),
      seed: input.seed,
      questionText: question.title,
    });
    await tx.redactedAnswer.deleteMany({
      where: { consultationId: input.consultationId, questionKey: input.questionKey },
    });
    await tx.redactedAnswer.createMany({
      data: result.redacted.map((r) => ({
        answerId: r.id,
        consultationId: input.consultationId,
        questionKey: input.questionKey,
        text: r.text,
        redactedAt: at,
      })),
    });
    const events = result.redacted.flatMap((r) =>
      r.redactions.map((s) => ({ answerId: r.id, kind: s.kind, start: s.start, end: s.end })),
    );
    await tx.redactionEvent.createMany({ data: events });
    const campaigns = result.groups.map((g) => ({
      memberIds: g.memberIds,
      templateId: g.templateId,
      isCampaign: g.isCampaign,
    }));
    const candidates: TStoredCandidate[] = (result.candidates ?? []).map((c) => ({
      label: c.label,
      distinctiveTerms: c.distinctiveTerms,
      approxCount: c.approxCount,
      memberIds: c.memberIds,
      quoteIds: c.quotes.map((q) => q.id),
      closedSplit: c.closedSplit,
    }));
    const run = await tx.themeRun.create({
      data: {
        consultationId: input.consultationId,
        questionKey: input.questionKey,
        seed: input.seed,
        answerCount: answers.length,
        redactionCount: events.length,
        campaigns: campaigns as Prisma.InputJsonValue,
        candidates: candidates as Prisma.InputJsonValue,
        createdById: staff.id,
        createdAt: at,
      },
    });
    let suggested: number | null = null;
    const codebook = await tx.codebook.findUnique({
      where: { consultationId_questionKey: { consultationId: input.consultationId, questionKey: input.questionKey } },
    });
    const version = codebook && (await latestVersion(tx, codebook.id));
    if (codebook && version) {
      suggested = (
        await rescore(tx, {
          codebookId: codebook.id,
          consultationId: input.consultationId,
          questionKey: input.questionKey,
          versionNumber: version.number,
          codes: version.codes,
        })
      ).suggested;
    }
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.themesRun",
      targetType: "Consultation",
      targetId: input.consultationId,
      detail: `Question ${input.questionKey}: ${answers.length} answers, ${events.length} redactions, ${candidates.length} candidate themes, seed ${input.seed}`,
    });
    const campaignCount = campaigns.filter((c) => c.isCampaign).length;
    return {
      runId: run.id,
      answers: answers.length,
      redactions: events.length,
      campaigns: campaignCount,
      candidates: candidates.length,
      suggested,
    };
  }, LONG_TRANSACTION);
}

export type TLatestRun = {
  id: string;
  seed: number;
  createdAt: Date;
  answerCount: number;
  redactionCount: number;
  campaigns: { size: number; templateText: string; isCampaign: boolean }[];
  candidates: (TStoredCandidate & { quotes: { answerId: string; text: string }[] })[];
};

/** The question's newest run with candidate quotes and campaign templates as redacted text. */
export async function latestThemeRun(
  actor: StaffPrincipal | null,
  consultationId: string,
  questionKey: string,
): Promise<TLatestRun | null> {
  requirePermission(actor, "analysis.read");
  const run = await db().themeRun.findFirst({ where: { consultationId, questionKey }, orderBy: { createdAt: "desc" } });
  if (!run) return null;
  const candidates = ZStoredCandidates.parse(run.candidates);
  const campaigns = ZStoredCampaigns.parse(run.campaigns);
  const ids = [...new Set([...candidates.flatMap((c) => c.quoteIds), ...campaigns.map((c) => c.templateId)])];
  const texts = new Map(
    (
      await db().redactedAnswer.findMany({ where: { answerId: { in: ids } }, select: { answerId: true, text: true } })
    ).map((r) => [r.answerId, r.text]),
  );
  return {
    id: run.id,
    seed: run.seed,
    createdAt: run.createdAt,
    answerCount: run.answerCount,
    redactionCount: run.redactionCount,
    campaigns: campaigns.map((c) => ({
      size: c.memberIds.length,
      templateText: texts.get(c.templateId) ?? "",
      isCampaign: c.isCampaign,
    })),
    candidates: candidates.map((c) => ({
      ...c,
      quotes: c.quoteIds.flatMap((id) => (texts.has(id) ? [{ answerId: id, text: texts.get(id) as string }] : [])),
    })),
  };
}
