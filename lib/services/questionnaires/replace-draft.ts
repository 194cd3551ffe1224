// Two ways to replace a whole draft (issue #5): importing a JSON file, and starting an empty
// questionnaire from a copy of any published one (issue #16). Both are audited, because they
// overwrite whatever an officer had built.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TQuestion, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { importQuestionnaire } from "@/lib/questionnaire/definition/import-export";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TQuestionnaireFormat } from "@/lib/validation/questionnaire";
import { FORMAT_LABELS, parseStored } from "./builder-data";

/** Most paths an import error lists; the rest are counted, so the page stays readable. */
const MAX_LISTED = 10;

async function writeDraft(
  actor: StaffPrincipal,
  consultationId: string,
  format: TQuestionnaireFormat,
  definition: TQuestionnaireDefinition,
  detail: string,
) {
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
    await recordAuditEvent(tx, {
      actor,
      action: "questionnaire.import",
      targetType: "Questionnaire",
      targetId: saved.id,
      detail: `${FORMAT_LABELS[format]} questionnaire draft replaced: ${detail}`,
    });
  });
}

/** Validates the file leniently (a draft may be unfinished) and errors name the path. */
export async function importDraft(
  staff: StaffPrincipal | null,
  consultationId: string,
  format: TQuestionnaireFormat,
  json: string,
): Promise<void> {
  const actor = requirePermission(staff, "questionnaire.edit");
  const result = importQuestionnaire(json, { strict: false });
  if (!result.ok) {
    const listed = result.errors.slice(0, MAX_LISTED).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
    if (result.errors.length > MAX_LISTED) listed.push(`and ${result.errors.length - MAX_LISTED} more problems`);
    throw new AppError("INVALID_INPUT", undefined, { json: listed });
  }
  await writeDraft(actor, consultationId, format, result.definition, "imported from a JSON file");
}

export type TCopySource = { versionId: string; label: string };

/**
 * Every published questionnaire an officer can start from (issue #16): the newest version of
 * each, Standard and Easy Read, of any consultation, except the questionnaire being built.
 */
export async function listCopySources(
  staff: StaffPrincipal | null,
  consultationId: string,
  format: TQuestionnaireFormat,
): Promise<TCopySource[]> {
  requirePermission(staff, "questionnaire.edit");
  const questionnaires = await db().questionnaire.findMany({
    where: { versions: { some: {} }, NOT: { consultationId, format } },
    orderBy: [{ consultation: { title: "asc" } }, { format: "asc" }],
    select: {
      format: true,
      consultation: { select: { title: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true } },
    },
  });
  return questionnaires.flatMap((q) =>
    q.versions.map((v) => ({
      versionId: v.id,
      label: `${q.consultation.title}: ${FORMAT_LABELS[q.format]} questionnaire, version ${v.number}`,
    })),
  );
}

/**
 * What the copy keeps: topic codes the new consultation has (so no question points at a topic the
 * officer cannot see), and Easy Read links and introduction only in an Easy Read questionnaire.
 */
function adaptCopy(
  definition: TQuestionnaireDefinition,
  format: TQuestionnaireFormat,
  topics: ReadonlySet<string>,
): TQuestionnaireDefinition {
  const keep = (code: string | undefined) => (code && topics.has(code) ? code : undefined);
  const easyRead = format === "EASY_READ";
  const { introBlocks, ...rest } = definition;
  return {
    ...rest,
    ...(easyRead && introBlocks && { introBlocks }),
    format,
    sections: definition.sections.map((s) => ({
      ...s,
      questions: s.questions.map((q) => {
        const { answersKey, optionMap, ...question } = q;
        return {
          ...question,
          ...(easyRead && answersKey && { answersKey }),
          ...(easyRead && optionMap && { optionMap }),
          topicCode: keep(q.topicCode),
          ...(q.type === "likertGrid" && {
            statements: q.statements.map((st) => ({ ...st, topicCode: keep(st.topicCode) })),
          }),
        } as TQuestion;
      }),
    })),
  };
}

/** Starts an empty questionnaire from a copy of a published one (issue #16, "Templates"). */
export async function copyQuestionnaire(
  staff: StaffPrincipal | null,
  consultationId: string,
  format: TQuestionnaireFormat,
  versionId: string,
): Promise<void> {
  const actor = requirePermission(staff, "questionnaire.edit");
  const consultation = await db().consultation.findUnique({
    where: { id: consultationId },
    select: { topics: { select: { code: true } }, questionnaires: { where: { format }, select: { draft: true } } },
  });
  if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const existing = consultation.questionnaires[0];
  if (existing && parseStored(existing.draft).sections.some((s) => s.questions.length > 0)) {
    throw new AppError(
      "INVALID_INPUT",
      "This questionnaire already has questions. A copy can only start an empty questionnaire.",
    );
  }
  const source = await db().questionnaireVersion.findUnique({
    where: { id: versionId },
    select: {
      number: true,
      definition: true,
      questionnaire: { select: { consultationId: true, format: true, consultation: { select: { title: true } } } },
    },
  });
  if (!source || (source.questionnaire.consultationId === consultationId && source.questionnaire.format === format)) {
    throw new AppError("INVALID_INPUT", undefined, { versionId: ["Choose a questionnaire from the list"] });
  }
  const copy = adaptCopy(parseStored(source.definition), format, new Set(consultation.topics.map((t) => t.code)));
  const from = `${source.questionnaire.consultation.title}, ${FORMAT_LABELS[source.questionnaire.format]} version ${source.number}`;
  await writeDraft(actor, consultationId, format, copy, `started from a copy of ${from}`);
}
