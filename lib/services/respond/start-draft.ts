// Starting a response: a DRAFT row on the server, opened by a random token that only the
// respondent's cookie holds (issue #6, item 3). Nothing is kept only in the browser.
import "server-only";
import { db } from "@/lib/db";
import { hashToken, newToken } from "@/lib/respond/tokens";
import { now } from "@/lib/clock";
import { journeyPages, pageSlug } from "@/lib/respond/journey";
import { assertAcceptingResponses, getRespondentConsultation } from "./respondent-consultation";

export type TStartDraftResult = {
  draftToken: string;
  responseId: string;
  closesAt: Date;
  /** The first page's address. */ firstPageSlug: string;
};

/** Creates a DRAFT online response on the current version in `format`. Throws CONSULTATION_CLOSED, NOT_FOUND. */
export async function startDraft(
  slug: string,
  format: "STANDARD" | "EASY_READ" = "STANDARD",
): Promise<TStartDraftResult> {
  const consultation = await getRespondentConsultation(slug, format);
  assertAcceptingResponses(consultation);
  const draftToken = newToken();
  const response = await db().response.create({
    data: {
      consultationId: consultation.id,
      versionId: consultation.version.id,
      format,
      channel: "ONLINE",
      status: "DRAFT",
      draftTokenHash: hashToken(draftToken),
      startedAt: now(),
    },
    select: { id: true },
  });
  const [first] = journeyPages(consultation.version.journey, {});
  return { draftToken, responseId: response.id, closesAt: consultation.closesAt, firstPageSlug: pageSlug(first.key) };
}
