// Two ways to replace a whole draft (issue #5): importing a JSON file, and starting a new
// consultation's empty questionnaire from the seeded Short Breaks questionnaire. Both are
// audited, because they overwrite whatever an officer had built.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/auth/permissions";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { importQuestionnaire } from "@/lib/questionnaire/import-export";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/services/audit/record-audit-event";
import type { TQuestionnaireFormat } from "@/lib/validation/questionnaire";
import { FORMAT_LABELS, parseStored } from "./builder-data";

/** Most paths an import error lists; the rest are counted, so the page stays readable. */
const MAX_LISTED = 10;

async function writeDraft(actor: StaffPrincipal, consultationId: string, format: TQuestionnaireFormat, definition: TQuestionnaireDefinition, detail: string) {
  const draft = { ...definition, format } as Prisma.InputJsonValue;
  await db().$transaction(async (tx) => {
    const consultation = await tx.consultation.findUnique({ where: { id: consultationId }, select: { id: true } });
    if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
    const saved = await tx.questionnaire.upsert({
      where: { consultationId_format: { consultationId, format } },
      create: { consultationId, format, draft },
      update: { draft },
      select: { id: true },
    });
    await recordAuditEvent(tx, { actor, action: "questionnaire.import", targetType: "Questionnaire", targetId: saved.id, detail: `${FORMAT_LABELS[format]} questionnaire draft replaced: ${detail}` });
  });
}

/** Validates the file leniently (a draft may be unfinished) and errors name the path. */
export async function importDraft(staff: StaffPrincipal | null, consultationId: string, format: TQuestionnaireFormat, json: string): Promise<void> {
  const actor = requirePermission(staff, "questionnaire.edit");
  const result = importQuestionnaire(json, { strict: false });
  if (!result.ok) {
    const listed = result.errors.slice(0, MAX_LISTED).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
    if (result.errors.length > MAX_LISTED) listed.push(`and ${result.errors.length - MAX_LISTED} more problems`);
    throw new AppError("INVALID_INPUT", undefined, { json: listed });
  }
  await writeDraft(actor, consultationId, format, result.definition, "imported from a JSON file");
}

/**
 * Copies the newest published Short Breaks questionnaire from another consultation. Topic codes
 * that the new consultation does not have are dropped, so the copy never points at a topic
 * the officer cannot see in the topic list.
 */
export async function startFromTemplate(staff: StaffPrincipal | null, consultationId: string, format: TQuestionnaireFormat): Promise<void> {
  const actor = requirePermission(staff, "questionnaire.edit");
  const consultation = await db().consultation.findUnique({ where: { id: consultationId }, select: { topics: { select: { code: true } }, questionnaires: { where: { format }, select: { draft: true } } } });
  if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const existing = consultation.questionnaires[0];
  if (existing && parseStored(existing.draft).sections.some((s) => s.questions.length > 0)) {
    throw new AppError("INVALID_INPUT", "This questionnaire already has questions. Templates can only start an empty questionnaire.");
  }
  const template = await db().questionnaireVersion.findFirst({
    where: { questionnaire: { format: "STANDARD", consultationId: { not: consultationId }, consultation: { title: { contains: "Short Breaks", mode: "insensitive" } } } },
    orderBy: [{ publishedAt: "desc" }, { number: "desc" }],
    select: { definition: true },
  });
  if (!template) throw new AppError("NOT_FOUND", "The Short Breaks template is not available.");
  const topics = new Set(consultation.topics.map((t) => t.code));
  const keep = (code: string | undefined) => (code && topics.has(code) ? code : undefined);
  const definition = parseStored(template.definition);
  const copy: TQuestionnaireDefinition = {
    ...definition,
    format,
    sections: definition.sections.map((s) => ({
      ...s,
      questions: s.questions.map((q) => ({ ...q, topicCode: keep(q.topicCode), ...(q.type === "likertGrid" && { statements: q.statements.map((st) => ({ ...st, topicCode: keep(st.topicCode) })) }) })),
    })),
  };
  await writeDraft(actor, consultationId, format, copy, "started from the Short Breaks template");
}
