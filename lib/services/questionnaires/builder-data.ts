// What the builder pages read: the consultation's name and topics, the draft for one format
// (or a fresh one-page draft) and its published versions. Officers with questionnaire.edit only.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Permission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { ZQuestionnaireDraft, type TQuestionnaireFormat } from "@/lib/validation/questionnaire";

export const FORMAT_LABELS: Record<TQuestionnaireFormat, string> = { STANDARD: "Standard", EASY_READ: "Easy Read" };

/** A new questionnaire starts as one empty page, titled after its consultation. */
export function emptyDraft(format: TQuestionnaireFormat, consultationTitle: string): TQuestionnaireDefinition {
  return { format, title: consultationTitle, sections: [{ key: "page-1", title: "Page 1", questions: [] }] };
}

/** Parses a stored definition (draft or version); stored JSON is ours, so a failure is a bug. */
export const parseStored = (json: unknown): TQuestionnaireDefinition => ZQuestionnaireDraft.parse(json);

/** For display only: a row that is not a definition (a placeholder `{}`) is treated as absent. */
const tryParse = (json: unknown): TQuestionnaireDefinition | null => ZQuestionnaireDraft.safeParse(json).data ?? null;

export type TBuilderData = Awaited<ReturnType<typeof getBuilderData>>;

export async function getBuilderData(
  staff: StaffPrincipal | null,
  consultationId: string,
  format: TQuestionnaireFormat,
  permission: Permission = "questionnaire.edit",
) {
  requirePermission(staff, permission);
  const consultation = await db().consultation.findUnique({
    where: { id: consultationId },
    select: {
      id: true,
      title: true,
      stage: true,
      topics: { orderBy: { position: "asc" }, select: { code: true, label: true } },
      questionnaires: {
        where: { format },
        select: {
          id: true,
          draft: true,
          updatedAt: true,
          versions: {
            orderBy: { number: "desc" },
            select: {
              id: true,
              number: true,
              publishedAt: true,
              definition: true,
              _count: { select: { responses: true } },
            },
          },
        },
      },
    },
  });
  if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const stored = consultation.questionnaires[0];
  const draft = (stored && tryParse(stored.draft)) || emptyDraft(format, consultation.title);
  const versions = (stored?.versions ?? []).map(({ definition, _count, ...v }) => ({
    ...v,
    responses: _count.responses,
    definition: tryParse(definition),
  }));
  const latest = versions[0];
  return {
    consultation: { id: consultation.id, title: consultation.title, stage: consultation.stage },
    topics: consultation.topics,
    format,
    questionnaireId: stored?.id ?? null,
    draft,
    /** The optimistic-concurrency token the next save must send back ("" before the first save). */
    updatedAt: stored?.updatedAt.toISOString() ?? "",
    versions: versions.map(({ definition: _d, ...v }) => v),
    latestDefinition: latest?.definition ?? null,
    /** True when the draft differs from the newest version (or nothing is published yet). */
    hasUnpublishedChanges: !latest || JSON.stringify(latest.definition) !== JSON.stringify(draft),
    isEmpty: draft.sections.every((s) => s.questions.length === 0),
  };
}
