// What every import step needs: the consultation and the questionnaire version its rows are
// validated against (the latest published standard version, like the online form), as a
// journey so the "Did anyone help you?" question is importable too. Equality monitoring is
// asked only online, in its own access-restricted table, so it is not a column target.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { journeyForVersion } from "@/lib/services/respond/respondent-consultation";

const CHILD_AUDIENCES = new Set(["CHILDREN_YOUNG_PEOPLE", "PARENTS_CARERS"]);

export type TImportConsultation = {
  id: string;
  title: string;
  referencePrefix: string;
  versionId: string;
  definition: TQuestionnaireDefinition;
};

async function definitionFor(versionId: string, audiences: readonly string[]): Promise<TQuestionnaireDefinition> {
  const journey = await journeyForVersion(
    versionId,
    audiences.some((a) => CHILD_AUDIENCES.has(a)),
  );
  return {
    ...journey.definition,
    sections: journey.definition.sections.filter((s) => s.questions.every((q) => !journey.equalityKeys.has(q.key))),
  };
}

/** The consultation with its current published version; refuses one without a questionnaire. */
export async function importConsultation(consultationId: string, versionId?: string): Promise<TImportConsultation> {
  const row = await db().consultation.findUnique({
    where: { id: consultationId },
    select: {
      id: true,
      title: true,
      referencePrefix: true,
      audiences: true,
      questionnaires: {
        where: { format: "STANDARD" },
        select: { versions: { orderBy: { number: "desc" }, take: 1, select: { id: true } } },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const version = versionId ?? row.questionnaires[0]?.versions[0]?.id;
  if (!version)
    throw new AppError(
      "INVALID_INPUT",
      "Publish the questionnaire before importing responses: rows are checked against its questions.",
      { file: ["Publish the questionnaire before importing responses: rows are checked against its questions."] },
    );
  return {
    id: row.id,
    title: row.title,
    referencePrefix: row.referencePrefix,
    versionId: version,
    definition: await definitionFor(version, row.audiences),
  };
}
