// The consultation as the respondent's journey needs it: dates and status, the published
// questionnaire version and the journey built from it. Versions are immutable, so their
// parsed journeys are cached by id; the cache only saves work and loses nothing on a restart.
import "server-only";
import { now as clockNow } from "@/lib/clock";
import { consultationStatus, effectiveCloseDate, type ConsultationStatus } from "@/lib/consultations/status";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { buildJourney, type TJourney } from "@/lib/respond/journey";
import { PUBLIC_STAGES } from "@/lib/consultations/status";

/** Audiences for whom the equality pages also ask about the child (issue #6, item 6). */
const CHILD_AUDIENCES = new Set(["CHILDREN_YOUNG_PEOPLE", "PARENTS_CARERS"]);

const consultationSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  stage: true,
  opensAt: true,
  closesAt: true,
  closedEarlyAt: true,
  referencePrefix: true,
  audiences: true,
  resultsExpectedText: true,
  privacyNotice: true,
  helpToTakePart: true,
  contactEmail: true,
  contactPhone: true,
} as const;

export type TRespondentConsultation = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: ConsultationStatus;
  opensAt: Date;
  /** When it closes, or closed: an early close wins over the planned date. */
  closesAt: Date;
  referencePrefix: string;
  resultsExpectedText: string | null;
  privacyNotice: string | null;
  helpToTakePart: string | null;
  contactEmail: string;
  contactPhone: string | null;
  aboutChild: boolean;
  /** The latest published version in the format asked for (STANDARD unless said), if there is one. */
  version: { id: string; number: number; journey: TJourney; estimatedMinutes?: number } | null;
};

/** Whether the equality pages also ask about the child, from the consultation's audiences. */
export const asksAboutChild = (audiences: ReadonlyArray<string>): boolean =>
  audiences.some((a) => CHILD_AUDIENCES.has(a));

const journeys = new Map<string, TJourney>();
const JOURNEY_CACHE_LIMIT = 200;

/** The journey for one published version (cached: versions never change). */
export async function journeyForVersion(versionId: string, aboutChild: boolean): Promise<TJourney> {
  const cacheKey = `${versionId}:${aboutChild}`;
  const cached = journeys.get(cacheKey);
  if (cached) return cached;
  const version = await db().questionnaireVersion.findUnique({
    where: { id: versionId },
    select: { definition: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "We could not find that questionnaire.");
  const journey = buildJourney(ZQuestionnaireDefinition.parse(version.definition), { aboutChild });
  if (journeys.size >= JOURNEY_CACHE_LIMIT) journeys.delete(journeys.keys().next().value!);
  journeys.set(cacheKey, journey);
  return journey;
}

/**
 * A published consultation with its current questionnaire version in `format` (the Easy Read
 * journey asks for EASY_READ, issue #7). Throws NOT_FOUND.
 */
export async function getRespondentConsultation(
  slug: string,
  format: "STANDARD" | "EASY_READ" = "STANDARD",
): Promise<TRespondentConsultation> {
  // Every respond page and action starts here, so two queries side by side rather than the
  // three one after another that a nested select (consultation → questionnaire → version) makes.
  const published = { slug, stage: { in: [...PUBLIC_STAGES] } };
  const [row, latest] = await Promise.all([
    db().consultation.findFirst({ where: published, select: consultationSelect }),
    db().questionnaireVersion.findFirst({
      where: { questionnaire: { format, consultation: published } },
      orderBy: { number: "desc" },
      select: { id: true, number: true },
    }),
  ]);
  if (!row) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const aboutChild = asksAboutChild(row.audiences);
  const journey = latest ? await journeyForVersion(latest.id, aboutChild) : undefined;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    status: consultationStatus(row, clockNow()),
    opensAt: row.opensAt,
    closesAt: effectiveCloseDate(row),
    referencePrefix: row.referencePrefix,
    resultsExpectedText: row.resultsExpectedText,
    privacyNotice: row.privacyNotice,
    helpToTakePart: row.helpToTakePart,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    aboutChild,
    version:
      latest && journey
        ? { id: latest.id, number: latest.number, journey, estimatedMinutes: journey.definition.estimatedMinutes }
        : null,
  };
}

/** Writes are refused unless the consultation is open and has a questionnaire (issue #6, item 7). */
export function assertAcceptingResponses(
  consultation: TRespondentConsultation,
): asserts consultation is TRespondentConsultation & { version: NonNullable<TRespondentConsultation["version"]> } {
  if (consultation.status !== "open") throw new AppError("CONSULTATION_CLOSED");
  if (!consultation.version)
    throw new AppError("NOT_FOUND", "This consultation does not have an online questionnaire.");
}
