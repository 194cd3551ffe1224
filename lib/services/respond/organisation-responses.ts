// Organisation responses published in full (issue #8 part 4): a response made on behalf of an
// organisation that agreed to publication is shown on a public page once the consultation has
// closed, so no one reads them while they could still shape other responses. Equality
// monitoring is never shown, nor any answer holding contact details (email, postcode). Free
// text goes through the same redaction as analysis quotes: an organisation agreed to publish
// its response, not the names, emails or phone numbers of the people it wrote about.
import "server-only";
import { now as clockNow } from "@/lib/clock";
import { consultationStatus, effectiveCloseDate } from "@/lib/consultations/status";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { redact } from "@/lib/analysis/text/redaction";
import { summariseAnswers, type TSummarySection } from "@/lib/respond/answer-summary";
import { readAnswers } from "./answer-store";
import { asksAboutChild, journeyForVersion } from "./respondent-consultation";
import { PUBLIC_STAGES } from "@/lib/consultations/status";

/** Sent, not withdrawn, on behalf of a named organisation that agreed to publication. */
export const PUBLISHED_ORGANISATION_RESPONSE = {
  status: "SUBMITTED",
  withdrawnAt: null,
  organisationPublish: true,
  organisationName: { not: null },
} as const satisfies Prisma.ResponseWhereInput;

/** Question types whose answers are personal contact details. */
const CONTACT_TYPES = new Set(["email", "postcode"]);
/** Question types whose answers are the respondent's own words. */
const FREE_TEXT_TYPES = new Set(["shortText", "longText"]);

export type TPublishedOrganisationResponse = {
  id: string;
  organisationName: string;
  receivedAt: Date | null;
  sections: TSummarySection[];
};

export type TOrganisationResponsesPage = {
  consultation: { slug: string; title: string; closesAt: Date };
  /** False while the consultation is open (or not yet open): nothing is shown before it closes. */
  closed: boolean;
  responses: TPublishedOrganisationResponse[];
};

async function publicView(
  row: {
    id: string;
    versionId: string;
    organisationName: string | null;
    receivedAt: Date | null;
    submittedAt: Date | null;
  },
  aboutChild: boolean,
) {
  const journey = await journeyForVersion(row.versionId, aboutChild);
  const { answers } = await readAnswers(db(), row.id, journey);
  const typeOf = new Map(journey.definition.sections.flatMap((s) => s.questions).map((q) => [q.key, q.type] as const));
  const sections = summariseAnswers(journey, answers, { includeEquality: false })
    .map((section) => ({
      ...section,
      rows: section.rows
        .filter((r) => !CONTACT_TYPES.has(typeOf.get(r.questionKey) ?? ""))
        .map((r) =>
          FREE_TEXT_TYPES.has(typeOf.get(r.questionKey) ?? "")
            ? { ...r, lines: r.lines.map((line) => redact(line).text) }
            : r,
        ),
    }))
    .filter((section) => section.rows.length > 0);
  return {
    id: row.id,
    organisationName: row.organisationName!,
    receivedAt: row.receivedAt ?? row.submittedAt,
    sections,
  };
}

/** The public page's content, or null when there is no such published consultation. */
export async function getPublicOrganisationResponses(slug: string): Promise<TOrganisationResponsesPage | null> {
  const c = await db().consultation.findFirst({
    where: { slug, stage: { in: [...PUBLIC_STAGES] } },
    select: {
      id: true,
      slug: true,
      title: true,
      audiences: true,
      stage: true,
      opensAt: true,
      closesAt: true,
      closedEarlyAt: true,
    },
  });
  if (!c) return null;
  const status = consultationStatus(c, clockNow());
  const consultation = { slug: c.slug, title: c.title, closesAt: effectiveCloseDate(c) };
  if (status !== "closed" && status !== "outcome") return { consultation, closed: false, responses: [] };
  const rows = await db().response.findMany({
    where: { consultationId: c.id, ...PUBLISHED_ORGANISATION_RESPONSE },
    orderBy: [{ organisationName: "asc" }, { submittedAt: "asc" }],
    select: { id: true, versionId: true, organisationName: true, receivedAt: true, submittedAt: true },
  });
  const aboutChild = asksAboutChild(c.audiences);
  // One read per response, run together rather than one after another; order is kept.
  const responses: TPublishedOrganisationResponse[] = await Promise.all(rows.map((row) => publicView(row, aboutChild)));
  return { consultation, closed: true, responses };
}
