// "Save and come back later" (issue #6, item 3): a single-use link, emailed through the outbox,
// that reopens the draft in any browser until the consultation closes. Only the link's hash
// is stored. Using it moves the draft to a new draft token, so the link's holder takes over.
// The emailed page asks for a button press before using the link, because mail scanners open
// links by themselves and would otherwise use it up.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { resumePage, pageSlug } from "@/lib/respond/journey";
import { resumeLinkEmail } from "@/lib/email/templates/respondent-emails";
import { hashToken, isWellFormedToken, newToken } from "@/lib/respond/tokens";
import { formatDateTime } from "@/lib/text/dates";
import { enqueueEmail } from "@/lib/services/email-outbox/enqueue-email";
import { readAnswers, TRANSACTION_OPTIONS } from "./answer-store";
import { findResponseForDraftToken } from "./response-access";
import { assertAcceptingResponses, getRespondentConsultation, journeyForVersion } from "./respondent-consultation";

export function resumeUrl(slug: string, token: string): string {
  return new URL(`/consultations/${encodeURIComponent(slug)}/respond/resume/${token}`, env().APP_URL).toString();
}

/** Emails a new resume link for the cookie's draft; earlier unused links stop working. */
export async function requestResumeLink(input: {
  slug: string;
  draftToken: string | undefined;
  email: string;
}): Promise<void> {
  const consultation = await getRespondentConsultation(input.slug);
  assertAcceptingResponses(consultation);
  const response = await findResponseForDraftToken(consultation, input.draftToken);
  if (!response || (response.mode !== "draft" && response.mode !== "changing"))
    throw new AppError("NOT_FOUND", "We could not find your response.");
  const token = newToken();
  const at = now();
  const email = resumeLinkEmail({
    consultationTitle: consultation.title,
    resumeUrl: resumeUrl(consultation.slug, token),
    closesAt: formatDateTime(consultation.closesAt),
  });
  await db().$transaction(async (tx) => {
    await tx.resumeToken.updateMany({ where: { responseId: response.id, usedAt: null }, data: { usedAt: at } });
    await tx.resumeToken.create({
      data: { responseId: response.id, tokenHash: hashToken(token), expiresAt: consultation.closesAt },
    });
    await enqueueEmail(tx, { to: input.email, kind: "resume-link", email });
  }, TRANSACTION_OPTIONS);
}

export type TResumeLinkState = "ready" | "used" | "expired" | "invalid";

/** What the link would do if used now, without using it. */
export async function checkResumeLink(input: { slug: string; token: string }): Promise<TResumeLinkState> {
  if (!isWellFormedToken(input.token)) return "invalid";
  const consultation = await getRespondentConsultation(input.slug);
  const row = await db().resumeToken.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: {
      usedAt: true,
      expiresAt: true,
      response: { select: { consultationId: true, status: true, draftTokenHash: true } },
    },
  });
  if (!row || row.response.consultationId !== consultation.id) return "invalid";
  if (row.usedAt || row.response.draftTokenHash === null) return "used";
  if (row.expiresAt <= now() || consultation.status !== "open") return "expired";
  return "ready";
}

export type TResumeResult = {
  draftToken: string;
  /** Where to carry on; undefined means "Check your answers". */
  pageSlug: string | undefined;
  /** When the draft token's cookie should expire. */
  closesAt: Date;
};

/** Uses the link: marks it used and moves the draft to a new draft token. Throws NOT_FOUND when it cannot be used. */
export async function resumeWithLink(input: { slug: string; token: string }): Promise<TResumeResult> {
  const consultation = await getRespondentConsultation(input.slug);
  assertAcceptingResponses(consultation);
  if (!isWellFormedToken(input.token)) throw new AppError("NOT_FOUND", "This link is not valid.");
  const draftToken = newToken();
  const at = now();
  const responseId = await db().$transaction(async (tx) => {
    const row = await tx.resumeToken.findUnique({
      where: { tokenHash: hashToken(input.token) },
      select: { id: true, responseId: true, response: { select: { consultationId: true } } },
    });
    if (!row || row.response.consultationId !== consultation.id) return null;
    // The guarded update is what makes the link single-use, even for two clicks at once.
    const used = await tx.resumeToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: at } },
      data: { usedAt: at },
    });
    if (used.count === 0) return null;
    const moved = await tx.response.updateMany({
      where: { id: row.responseId, draftTokenHash: { not: null } },
      data: { draftTokenHash: hashToken(draftToken) },
    });
    return moved.count === 1 ? row.responseId : null;
  }, TRANSACTION_OPTIONS);
  if (!responseId) throw new AppError("NOT_FOUND", "This link has already been used or has expired.");
  const response = await db().response.findUniqueOrThrow({ where: { id: responseId }, select: { versionId: true } });
  const journey = await journeyForVersion(response.versionId, consultation.aboutChild);
  const { answers } = await readAnswers(db(), responseId, journey);
  const next = resumePage(journey, answers);
  return { draftToken, pageSlug: next ? pageSlug(next.key) : undefined, closesAt: consultation.closesAt };
}
