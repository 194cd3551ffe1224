// The council's question bank (issue #16, item 3): the standard wordings and the questions
// officers saved, listed for the bank page; adding one to a draft, and saving one of a draft's
// questions to the bank for every questionnaire after it (audited: it is shared with everyone).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { ZQuestion } from "@/lib/questionnaire/definition/definition";
import {
  addBankQuestion,
  forBank,
  STANDARD_PREFIX,
  STANDARD_QUESTIONS,
  type TBankQuestion,
} from "@/lib/questionnaire/definition/question-bank";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TQuestionnaireFormat } from "@/lib/validation/questionnaire";
import { emptyDraft, parseStored } from "./builder-data";

/** The standard questions, then the council's own, newest first. */
export async function listQuestionBank(staff: StaffPrincipal | null): Promise<TBankQuestion[]> {
  requirePermission(staff, "questionnaire.edit");
  const saved = await db().savedQuestion.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, question: true },
  });
  // A saved row is ours, but a later change to the question schema must not break the page.
  const own = saved.flatMap((row) => {
    const parsed = ZQuestion.safeParse(row.question);
    return parsed.success ? [{ id: row.id, source: "saved" as const, question: parsed.data }] : [];
  });
  return [...STANDARD_QUESTIONS, ...own];
}

async function bankQuestion(bankId: string) {
  if (bankId.startsWith(STANDARD_PREFIX)) return STANDARD_QUESTIONS.find((q) => q.id === bankId)?.question;
  const row = await db().savedQuestion.findUnique({ where: { id: bankId }, select: { question: true } });
  return row ? ZQuestion.safeParse(row.question).data : undefined;
}

/** Adds a bank question to the end of one page of the draft; returns the key it was given. */
export async function addFromQuestionBank(
  staff: StaffPrincipal | null,
  input: { consultationId: string; format: TQuestionnaireFormat; bankId: string; sectionKey: string },
): Promise<{ key: string }> {
  requirePermission(staff, "questionnaire.edit");
  const question = await bankQuestion(input.bankId);
  if (!question) throw new AppError("NOT_FOUND", "That question is no longer in the question bank.");
  return db().$transaction(async (tx) => {
    const consultation = await tx.consultation.findUnique({
      where: { id: input.consultationId },
      select: { title: true, questionnaires: { where: { format: input.format }, select: { draft: true } } },
    });
    if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
    const stored = consultation.questionnaires[0];
    const draft = stored ? parseStored(stored.draft) : emptyDraft(input.format, consultation.title);
    const result = addBankQuestion(draft, input.sectionKey, question);
    if (!result.ok) throw new AppError("INVALID_INPUT", undefined, { sectionKey: [result.message] });
    const json = { ...result.definition, format: input.format } as Prisma.InputJsonValue;
    await tx.questionnaire.upsert({
      where: { consultationId_format: { consultationId: input.consultationId, format: input.format } },
      create: { consultationId: input.consultationId, format: input.format, draft: json },
      update: { draft: json },
    });
    return { key: result.key };
  });
}

/** Saves one of the draft's questions to the bank, without what ties it to this consultation. */
export async function saveToQuestionBank(
  staff: StaffPrincipal | null,
  input: { consultationId: string; format: TQuestionnaireFormat; questionKey: string },
): Promise<void> {
  const actor = requirePermission(staff, "questionnaire.edit");
  const stored = await db().questionnaire.findUnique({
    where: { consultationId_format: { consultationId: input.consultationId, format: input.format } },
    select: { draft: true },
  });
  const question =
    stored &&
    parseStored(stored.draft)
      .sections.flatMap((s) => s.questions)
      .find((q) => q.key === input.questionKey);
  if (!question || question.type === "info")
    throw new AppError("INVALID_INPUT", undefined, { questionKey: ["Choose a question of this questionnaire"] });
  const banked = forBank(question);
  const existing = await listQuestionBank(staff);
  if (
    existing.some(
      (b) =>
        b.question.type === banked.type && b.question.title.trim().toLowerCase() === banked.title.trim().toLowerCase(),
    )
  ) {
    throw new AppError("INVALID_INPUT", undefined, {
      questionKey: [`The question bank already has ‘${banked.title}’`],
    });
  }
  await db().$transaction(async (tx) => {
    const row = await tx.savedQuestion.create({
      data: { question: banked as Prisma.InputJsonValue, createdById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "questionnaire.bank.save",
      targetType: "SavedQuestion",
      targetId: row.id,
      detail: `Saved ‘${banked.title}’ to the question bank`,
    });
  });
}
