// The idempotent seed: three staff users (one per role) and the two Short Breaks consultations,
// dated relative to `now` so that the children's one is open and the adults' one is closed with
// responses. Running it twice with the same `now` leaves the same database:
//   - users are upserted by email, consultations by slug;
//   - proposals, topics and events of seeded consultations are replaced in one transaction;
//   - the STANDARD questionnaire (and the linked EASY_READ one, where there is one) and its
//     version 1 are created only if missing, so an officer's later edits to the draft survive a re-seed;
//   - responses are created only for a consultation that has none.
// Re-seeding with a later `now` moves the dates but leaves existing responses where they were.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { ZQuestionnaireDefinition, type TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { easyReadMapIssues } from "../../lib/questionnaire/easy-read/map-checks";
import { adultShortBreaks } from "./content/adult-short-breaks";
import { childrenShortBreaks } from "./content/children-short-breaks";
import { hashString, mulberry32 } from "../../lib/random/prng";
import { makeReferences } from "./references";
import { generateResponses } from "./responses";
import { eventTimes, scheduleFor } from "./schedule";
import type { SeedConsultation } from "./types";

export const SEED_CONSULTATIONS: readonly SeedConsultation[] = [childrenShortBreaks, adultShortBreaks];

export const STAFF_USERS = [
  { email: "admin@council.example", name: "Aisha Admin", role: "ADMIN" },
  { email: "officer@council.example", name: "Owen Officer", role: "OFFICER" },
  { email: "analyst@council.example", name: "Ana Analyst", role: "ANALYST" },
] as const;

export type SeedSummary = { consultations: number; users: number; responses: number };

// Prisma's default interactive-transaction limit (5 s) is too tight when the seed runs on a
// busy machine (CI, several e2e servers at once); a timed-out seed fails the whole run.
const SEED_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

/** Seeds the database. The counts are totals after seeding, so they are the same on a re-run. */
export async function seed(db: PrismaClient, now: Date): Promise<SeedSummary> {
  const users = await db.$transaction(
    STAFF_USERS.map((u) =>
      db.user.upsert({
        where: { email: u.email },
        create: { email: u.email, name: u.name, role: u.role, active: true },
        update: { name: u.name, role: u.role, active: true },
      }),
    ),
  );
  const officer = users.find((u) => u.role === "OFFICER");
  let responses = 0;
  for (const content of SEED_CONSULTATIONS) {
    responses += await seedConsultation(db, content, now, officer?.id ?? null);
  }
  return { consultations: SEED_CONSULTATIONS.length, users: users.length, responses };
}

/** Prisma's JSON input type does not accept `undefined` members; a JSON round trip drops them. */
function asJson(definition: TQuestionnaireDefinition): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(definition)) as Prisma.InputJsonValue;
}

/**
 * The questionnaire of the definition's format and its version 1, each created only if
 * missing, so an officer's later edits to the draft survive a re-seed.
 */
async function publishOnce(
  tx: Prisma.TransactionClient,
  consultationId: string,
  definition: TQuestionnaireDefinition,
  publishedAt: Date,
) {
  const format = definition.format;
  const questionnaire = await tx.questionnaire.upsert({
    where: { consultationId_format: { consultationId, format } },
    create: { consultationId, format, draft: asJson(definition) },
    update: {},
  });
  return (
    (await tx.questionnaireVersion.findUnique({
      where: { questionnaireId_number: { questionnaireId: questionnaire.id, number: 1 } },
    })) ??
    (await tx.questionnaireVersion.create({
      data: { questionnaireId: questionnaire.id, number: 1, definition: asJson(definition), publishedAt },
    }))
  );
}

async function seedConsultation(
  db: PrismaClient,
  content: SeedConsultation,
  now: Date,
  officerId: string | null,
): Promise<number> {
  // Parse first: invalid seed content must fail before anything is written.
  const definition = ZQuestionnaireDefinition.parse(content.questionnaire);
  const easyRead = content.easyReadQuestionnaire
    ? ZQuestionnaireDefinition.parse(content.easyReadQuestionnaire)
    : undefined;
  if (easyRead) {
    const issues = easyReadMapIssues(easyRead, definition);
    if (issues.length > 0)
      throw new Error(`The Easy Read questionnaire for ${content.slug} is not linked correctly: ${issues[0].message}`);
  }
  const schedule = scheduleFor(content, now);
  const fields = {
    title: content.title,
    summary: content.summary,
    body: content.body,
    reasons: content.reasons,
    ...(content.easyReadSummary ? { easyReadSummary: content.easyReadSummary } : {}),
    audiences: content.audiences,
    isServiceChange: content.isServiceChange,
    stage: "PUBLISHED" as const,
    opensAt: schedule.opensAt,
    closesAt: schedule.closesAt,
    originalClosesAt: null,
    closedEarlyAt: null,
    closedEarlyReason: null,
    publishedAt: schedule.opensAt,
    referencePrefix: content.referencePrefix,
    partners: content.partners,
    contactRole: content.contactRole,
    contactEmail: content.contactEmail,
    contactPhone: content.contactPhone ?? null,
    contactAddress: content.contactAddress ?? null,
    otherWaysToRespond: content.otherWaysToRespond,
    helpToTakePart: content.helpToTakePart,
    privacyNotice: content.privacyNotice,
    decisionMaker: content.decisionMaker,
    keyDecision: content.keyDecision,
    forwardPlanReference: content.forwardPlanReference ?? null,
    expectedDecisionDate: schedule.expectedDecisionDate,
    resultsExpectedText: content.resultsExpectedText,
    ownerId: officerId,
  };

  const { consultationId, versionId } = await db.$transaction(async (tx) => {
    const consultation = await tx.consultation.upsert({
      where: { slug: content.slug },
      create: { slug: content.slug, ...fields },
      update: fields,
    });
    const consultationId = consultation.id;
    await tx.proposal.deleteMany({ where: { consultationId } });
    await tx.topic.deleteMany({ where: { consultationId } });
    await tx.engagementEvent.deleteMany({ where: { consultationId } });
    await tx.proposal.createMany({
      data: content.proposals.map((p, position) => ({
        consultationId,
        position,
        title: p.title,
        description: p.description,
        reasons: p.reasons ?? null,
      })),
    });
    await tx.topic.createMany({
      data: content.topics.map((t, position) => ({
        consultationId,
        position,
        code: t.code,
        label: t.label,
        description: t.description ?? null,
      })),
    });
    await tx.engagementEvent.createMany({
      data: content.events.map((e) => ({
        consultationId,
        title: e.title,
        ...eventTimes(e, schedule.opensOn),
        place: e.place,
        audience: e.audience ?? null,
        accessibilityNotes: e.accessibilityNotes ?? null,
        booking: e.booking ?? null,
      })),
    });
    const version = await publishOnce(tx, consultationId, definition, schedule.opensAt);
    if (easyRead) await publishOnce(tx, consultationId, easyRead, schedule.opensAt);
    return { consultationId, versionId: version.id };
  }, SEED_TRANSACTION);

  const existing = await db.response.count({ where: { consultationId } });
  if (existing > 0 || content.seedResponses === 0) return existing;

  // The same slug always gives the same synthetic responses and references.
  const seed = hashString(content.slug);
  const generated = generateResponses(definition, content.seedResponses, seed, {
    from: schedule.opensAt,
    to: schedule.closesAt,
  });
  const references = makeReferences(content.referencePrefix, generated.length, mulberry32(seed ^ 0x5eed));
  await db.$transaction(async (tx) => {
    const created = await tx.response.createManyAndReturn({
      data: generated.map((r, i) => {
        const offline = r.channel !== "ONLINE";
        return {
          consultationId,
          versionId,
          format: r.format,
          channel: r.channel,
          status: "SUBMITTED" as const,
          reference: references[i],
          respondentType: r.respondentType,
          organisationName: r.answers.find((a) => a.questionKey === "organisation-name")?.text ?? null,
          completedHow: r.completedHow,
          // Staff key in paper, email, phone and event responses, a day or two after they arrive.
          enteredById: offline ? officerId : null,
          receivedAt: offline
            ? new Date(Math.max(schedule.opensAt.getTime(), r.submittedAt.getTime() - (1 + (i % 2)) * 86_400_000))
            : null,
          startedAt: new Date(r.submittedAt.getTime() - (8 + (i % 17)) * 60_000),
          submittedAt: r.submittedAt,
        };
      }),
      select: { id: true, reference: true },
    });
    const idByReference = new Map(created.map((c) => [c.reference, c.id]));
    await tx.answer.createMany({
      data: generated.flatMap((r, i) =>
        r.answers.map((a) => ({
          responseId: idByReference.get(references[i])!,
          questionKey: a.questionKey,
          optionKeys: a.optionKeys,
          text: a.text ?? null,
          number: a.number ?? null,
        })),
      ),
    });
  }, SEED_TRANSACTION);
  return db.response.count({ where: { consultationId } });
}
