// The officer's codebook for one open question (issue #9 part 4): every edit (accept a
// candidate, add, rename/describe, merge, split, pin examples) writes a new immutable version,
// moves officer decisions that the edit affects, re-scores the system's suggestions and is
// audited, all in one transaction.
import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { candidateThemes } from "@/lib/analysis/text/candidate-themes";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ZCodebookEdit, ZStoredCodes, type TCodebookEdit, type TStoredCode } from "@/lib/validation/themes";
import { lockCodebook, rescore } from "./assign";
import { moveEventPointDecisions } from "./event-point-scoring";
import {
  addCode,
  editCode,
  FALLBACK_CODES,
  findCode,
  mergeCodes,
  pinExamples,
  retireCode,
  togglePinnedExample,
} from "./codebook-edits";
import { latestVersion, requireOpenQuestion } from "./question";
import { LONG_TRANSACTION, ZStoredCandidates } from "./run-themes";

type Tx = Prisma.TransactionClient;
type TEdited = { codes: TStoredCode[]; note: string };

export type TEditResult = { codebookId: string; versionNumber: number; suggested: number; codeId?: string };

export async function editCodebook(
  actor: StaffPrincipal | null,
  raw: z.input<typeof ZCodebookEdit>,
): Promise<TEditResult> {
  const staff = requirePermission(actor, "comment.code");
  const input = ZCodebookEdit.parse(raw);
  await requireOpenQuestion(input.consultationId, input.questionKey);
  return db().$transaction(async (tx) => {
    const where = {
      consultationId_questionKey: { consultationId: input.consultationId, questionKey: input.questionKey },
    };
    const codebook =
      (await tx.codebook.findUnique({ where })) ??
      (await tx.codebook.create({
        data: { consultationId: input.consultationId, questionKey: input.questionKey, createdAt: now() },
      }));
    // Serialise edits of one codebook: two officers editing at once must not write the same version number.
    await lockCodebook(tx, codebook.id);
    const current = await latestVersion(tx, codebook.id);
    const codes = current?.codes ?? FALLBACK_CODES;
    const everUsed = (
      await tx.codebookVersion.findMany({ where: { codebookId: codebook.id }, select: { codes: true } })
    ).flatMap((v) => ZStoredCodes.parse(v.codes).map((c) => c.id));
    const { codes: next, note, codeId } = await applyEdit(tx, codebook.id, codes, everUsed, input);
    const number = (current?.number ?? 0) + 1;
    await tx.codebookVersion.create({
      data: {
        codebookId: codebook.id,
        number,
        codes: next as Prisma.InputJsonValue,
        note,
        createdById: staff.id,
        createdAt: now(),
      },
    });
    const { suggested } = await rescore(tx, {
      codebookId: codebook.id,
      consultationId: input.consultationId,
      questionKey: input.questionKey,
      versionNumber: number,
      codes: next,
    });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "analysis.codebookEdit",
      targetType: "Codebook",
      targetId: codebook.id,
      detail: `Version ${number}: ${note}`,
    });
    return { codebookId: codebook.id, versionNumber: number, suggested, codeId };
  }, LONG_TRANSACTION);
}

async function applyEdit(
  tx: Tx,
  codebookId: string,
  codes: TStoredCode[],
  used: string[],
  input: TCodebookEdit,
): Promise<TEdited & { codeId?: string }> {
  switch (input.op) {
    case "acceptCandidate": {
      const run = await tx.themeRun.findUnique({ where: { id: input.runId } });
      if (!run || run.consultationId !== input.consultationId || run.questionKey !== input.questionKey)
        throw new AppError("NOT_FOUND", "We could not find that themes run. Run themes again.");
      const candidate = ZStoredCandidates.parse(run.candidates)[input.candidate];
      if (!candidate)
        throw new AppError("INVALID_INPUT", "Select a candidate theme from the list.", {
          candidate: ["Select a candidate theme from the list"],
        });
      if (codes.some((c) => c.name.trim().toLowerCase() === candidate.label.trim().toLowerCase())) {
        // Reported on the candidate, not on a name field the candidates form does not have.
        throw new AppError("INVALID_INPUT", `There is already a theme called "${candidate.label}".`, {
          candidate: [`There is already a theme called "${candidate.label}". Rename that theme first, or merge.`],
        });
      }
      const added = addCode(
        codes,
        {
          name: candidate.label,
          description: `Mentions ${candidate.distinctiveTerms.slice(0, 6).join(", ")}.`,
          examples: candidate.quoteIds.slice(0, 3),
          origin: "CANDIDATE",
        },
        used,
      );
      return { ...added, codeId: added.id, note: `Accepted candidate "${candidate.label}"` };
    }
    case "addCode": {
      const added = addCode(
        codes,
        { name: input.name, description: input.description, examples: [], origin: "MANUAL" },
        used,
      );
      return { ...added, codeId: added.id, note: `Added "${input.name}"` };
    }
    case "editCode": {
      const before = findCode(codes, input.codeId);
      return {
        codes: editCode(codes, input.codeId, input.name, input.description),
        codeId: input.codeId,
        note: before.name === input.name ? `Described "${input.name}"` : `Renamed "${before.name}" to "${input.name}"`,
      };
    }
    case "mergeCodes": {
      const next = mergeCodes(codes, input.codeId, input.fromCodeId);
      await moveDecisions(tx, codebookId, input.fromCodeId, () => input.codeId);
      await moveEventPointDecisions(tx, codebookId, input.fromCodeId, input.codeId);
      return {
        codes: next,
        codeId: input.codeId,
        note: `Merged "${findCode(codes, input.fromCodeId).name}" into "${findCode(codes, input.codeId).name}"`,
      };
    }
    case "splitCode":
      return splitCode(tx, codebookId, codes, used, input.codeId);
    case "pinExamples": {
      const found = await tx.redactedAnswer.count({
        where: {
          answerId: { in: input.answerIds },
          consultationId: input.consultationId,
          questionKey: input.questionKey,
        },
      });
      if (found !== new Set(input.answerIds).size)
        throw new AppError("INVALID_INPUT", "Pin only answers to this question.", {
          answerIds: ["Pin only answers to this question"],
        });
      return {
        codes: pinExamples(codes, input.codeId, input.answerIds),
        codeId: input.codeId,
        note: `Pinned ${input.answerIds.length} examples on "${findCode(codes, input.codeId).name}"`,
      };
    }
    case "pinExample": {
      const code = findCode(codes, input.codeId);
      if (input.pinned) {
        const found = await tx.redactedAnswer.count({
          where: { answerId: input.answerId, consultationId: input.consultationId, questionKey: input.questionKey },
        });
        if (found !== 1)
          throw new AppError("INVALID_INPUT", "Pin only answers to this question.", {
            examples: ["Pin only answers to this question"],
          });
      } else if (!code.examples.includes(input.answerId)) {
        throw new AppError("INVALID_INPUT", `That comment is not an example of "${code.name}".`, {
          examples: [`That comment is not an example of "${code.name}"`],
        });
      }
      const next = togglePinnedExample(codes, input.codeId, input.answerId, input.pinned);
      return {
        codes: next,
        codeId: input.codeId,
        note: `${input.pinned ? "Pinned" : "Unpinned"} an example on "${code.name}" (answer ${input.answerId})`,
      };
    }
    case "retireCode": {
      const next = retireCode(codes, input.codeId);
      // Open suggestions go (officer decisions stay as the record of what was decided under older versions).
      await tx.themeAssignment.deleteMany({
        where: { codebookId, codeId: input.codeId, status: "SUGGESTED", assignedBy: "SYSTEM" },
      });
      return { codes: next, note: `Retired "${findCode(codes, input.codeId).name}"` };
    }
  }
}

/**
 * Officer decisions on a code that goes away follow its answers to `target(answerId)`; where
 * the answer already has a row for the target, that row wins. Open suggestions are dropped
 * (re-scoring makes new ones).
 */
async function moveDecisions(
  tx: Tx,
  codebookId: string,
  fromId: string,
  target: (answerId: string) => string | undefined,
): Promise<void> {
  const rows = await tx.themeAssignment.findMany({
    where: { codebookId, codeId: fromId, OR: [{ status: { not: "SUGGESTED" } }, { assignedBy: "OFFICER" }] },
  });
  for (const row of rows) {
    const to = target(row.answerId);
    if (!to) continue;
    const clash = await tx.themeAssignment.findUnique({
      where: { codebookId_answerId_codeId: { codebookId, answerId: row.answerId, codeId: to } },
    });
    if (clash && clash.status === "SUGGESTED" && clash.assignedBy === "SYSTEM")
      await tx.themeAssignment.delete({ where: { id: clash.id } });
    if (!clash || (clash.status === "SUGGESTED" && clash.assignedBy === "SYSTEM"))
      await tx.themeAssignment.update({ where: { id: row.id }, data: { codeId: to } });
  }
  await tx.themeAssignment.deleteMany({ where: { codebookId, codeId: fromId } });
}

/** Split = re-cluster the code's current members (not rejected) into two codes. */
async function splitCode(
  tx: Tx,
  codebookId: string,
  codes: TStoredCode[],
  used: string[],
  codeId: string,
): Promise<TEdited & { codeId?: string }> {
  const code = findCode(codes, codeId);
  if (code.fallback)
    throw new AppError("INVALID_INPUT", `"${code.name}" is a fallback and cannot be split.`, {
      codeId: [`"${code.name}" cannot be split`],
    });
  const members = await tx.themeAssignment.findMany({
    where: { codebookId, codeId, status: { not: "REJECTED" } },
    select: { answerId: true, answer: { select: { redacted: { select: { text: true } } } } },
    orderBy: { answerId: "asc" },
  });
  const texts = members.map((m) => m.answer.redacted?.text ?? "");
  if (members.length < 4)
    throw new AppError("INVALID_INPUT", `"${code.name}" needs at least 4 answers to split.`, {
      codeId: [`"${code.name}" needs at least 4 answers to split`],
    });
  const parts = candidateThemes(texts, { seed: 1, k: 2 });
  let next = codes.filter((c) => c.id !== codeId);
  const owner = new Map<string, string>();
  const taken = [...used, codeId];
  for (const part of parts) {
    const name = uniqueName(next, `${code.name}: ${part.label}`);
    const added = addCode(
      next,
      {
        name,
        description: code.description,
        examples: part.quotes.map((q) => members[q.index].answerId).slice(0, 3),
        origin: "CANDIDATE",
      },
      taken,
    );
    taken.push(added.id);
    next = added.codes;
    for (const m of part.members) owner.set(members[m].answerId, added.id);
  }
  await moveDecisions(tx, codebookId, codeId, (answerId) => owner.get(answerId));
  await moveEventPointDecisions(tx, codebookId, codeId);
  return { codes: next, note: `Split "${code.name}" into ${parts.length} themes` };
}

function uniqueName(codes: TStoredCode[], name: string): string {
  const taken = new Set(codes.map((c) => c.name.toLowerCase()));
  let candidate = name.slice(0, 120);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, 110)} (${n})`;
  return candidate;
}
