// Consultations for the responding-online integration tests: the seeded children's Short Breaks
// questionnaire, published as version 1 under a unique slug, open or closed.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { type TQuestionnaireDefinition, ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { formValuesToEntries, toFormDefaults } from "@/lib/questionnaire/forms/form-data";
import { buildJourney } from "@/lib/respond/journey";
import { childrenQuestionnaire } from "@/prisma/seed/content/children/questionnaire";

export const CHILDREN = ZQuestionnaireDefinition.parse(childrenQuestionnaire);
/** The pages a respondent sees: the questionnaire, then equality monitoring. */
export const JOURNEY = buildJourney(CHILDREN, { aboutChild: true });
const DAY = 86_400_000;

export type TFixture = { slug: string; consultationId: string; versionId: string };

export async function createConsultation(
  options: { open?: boolean; definition?: TQuestionnaireDefinition } = {},
): Promise<TFixture> {
  const slug = `respond-${crypto.randomBytes(4).toString("hex")}`;
  const open = options.open ?? true;
  const now = Date.now();
  const consultation = await db().consultation.create({
    data: {
      slug,
      title: `Short breaks test ${slug}`,
      summary: "A test consultation.",
      body: "Body",
      reasons: "Reasons",
      audiences: ["PARENTS_CARERS", "CHILDREN_YOUNG_PEOPLE"],
      stage: "PUBLISHED",
      opensAt: new Date(now - 30 * DAY),
      closesAt: new Date(now + (open ? 30 : -1) * DAY),
      referencePrefix: "SB",
      contactRole: "Consultation team",
      contactEmail: "consultations@council.example",
      resultsExpectedText: "We will publish the results in the spring.",
    },
  });
  const questionnaire = await db().questionnaire.create({
    data: {
      consultationId: consultation.id,
      format: "STANDARD",
      draft: JSON.parse(JSON.stringify(options.definition ?? CHILDREN)),
    },
  });
  const version = await db().questionnaireVersion.create({
    data: {
      questionnaireId: questionnaire.id,
      number: 1,
      definition: JSON.parse(JSON.stringify(options.definition ?? CHILDREN)),
    },
  });
  return { slug, consultationId: consultation.id, versionId: version.id };
}

/** Publishes a version 2 of the same questionnaire, as an officer would after an edit. */
export async function publishNewVersion(fixture: TFixture): Promise<string> {
  const { questionnaireId } = await db().questionnaireVersion.findUniqueOrThrow({ where: { id: fixture.versionId } });
  const version = await db().questionnaireVersion.create({
    data: { questionnaireId, number: 2, definition: JSON.parse(JSON.stringify(CHILDREN)) },
  });
  return version.id;
}

/** The form fields a browser would post for these answers on one page. */
export function pageEntries(sectionKey: string, answers: TAnswers): [string, string][] {
  return formValuesToEntries(toFormDefaults(JOURNEY.definition, answers, sectionKey));
}

export async function closeConsultation(fixture: TFixture): Promise<void> {
  await db().consultation.update({
    where: { id: fixture.consultationId },
    data: { closedEarlyAt: new Date(Date.now() - 1000), closedEarlyReason: "the test said so" },
  });
}

/** Everything stored for a response, to assert on. */
export async function storedResponse(responseId: string) {
  return db().response.findUniqueOrThrow({
    where: { id: responseId },
    include: {
      answers: { orderBy: { questionKey: "asc" } },
      equality: true,
      contact: true,
      revisions: { orderBy: { createdAt: "asc" } },
      resumeTokens: true,
    },
  });
}

export async function responseCount(consultationId: string): Promise<number> {
  return db().response.count({ where: { consultationId } });
}
