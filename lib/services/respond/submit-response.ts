// Sending a response, exactly once (issue #6, item 4). A double click, a retry after a network
// error or the back button all end with one SUBMITTED response and the same reference:
//   - the submission key (derived from the draft token, so every render of "Check your
//     answers" carries the same one) finds a response already sent with it;
//   - the draft token itself still finds the sent response through its receipt token;
//   - the status change is an UPDATE guarded by the draft token, so of two concurrent
//     submits exactly one changes the row and the other reads back its reference.
// The whole response is validated first; answers, contact, mirrors and the receipt email are
// written with the status change in one short transaction.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { validateAnswers } from "@/lib/questionnaire/answers/build-answer-schema";
import { fieldNamesFor } from "@/lib/questionnaire/forms/field-names";
import { pageSlug, type TJourney } from "@/lib/respond/journey";
import { mirrorFields } from "@/lib/respond/mirror-fields";
import { generateReference } from "@/lib/respond/reference";
import { deriveToken, hashToken } from "@/lib/respond/tokens";
import { londonDay } from "@/lib/text/dates";
import { readAnswers, TRANSACTION_OPTIONS, writeAnswers } from "./answer-store";
import { isUniqueViolation } from "./prisma-errors";
import { queueReceipt } from "./receipt-outbox";
import { findResponseForDraftToken } from "./response-access";
import { assertAcceptingResponses, getRespondentConsultation } from "./respondent-consultation";

export type TSubmitInput = {
  slug: string;
  draftToken: string | undefined;
  submissionKey: string;
  versionId: string;
  /** From "Check your answers": where to send a receipt, if anywhere. */
  receipt: { email?: string; wantsUpdates: boolean };
};

export type TSubmitResult =
  | { ok: true; reference: string }
  /** Required answers are missing: send the respondent to this page, which will show the problems. */
  | { ok: false; problemSlug: string };

/** The key "Check your answers" renders into its form for this draft. */
export const submissionKeyFor = (draftToken: string): string => deriveToken(draftToken, "submission");

/** Thrown inside the transaction when another request sent the response first. */
class AlreadySent extends Error {}

function firstProblemPage(journey: TJourney, fieldErrors: Record<string, string>): string {
  const [field] = Object.keys(fieldErrors);
  const section = journey.definition.sections.find((s) =>
    s.questions.some((q) => q.key === field || fieldNamesFor(q).includes(field)),
  );
  return pageSlug((section ?? journey.definition.sections[0]).key);
}

async function sentReference(
  where: { id: string } | { submissionKey: string },
  consultationId: string,
): Promise<string | undefined> {
  const row = await db().response.findFirst({
    where: { ...where, consultationId, status: { in: ["SUBMITTED", "WITHDRAWN"] } },
    select: { reference: true },
  });
  return row?.reference ?? undefined;
}

/** Sends the draft (or the changed response). Throws NOT_FOUND, CONSULTATION_CLOSED, INVALID_INPUT. */
export async function submitResponse(input: TSubmitInput): Promise<TSubmitResult> {
  const consultation = await getRespondentConsultation(input.slug);
  // Idempotency comes before the "is it open" check: a retry just after closing still gets its reference.
  const byKey = await sentReference({ submissionKey: input.submissionKey }, consultation.id);
  if (byKey) return { ok: true, reference: byKey };
  const response = await findResponseForDraftToken(consultation, input.draftToken);
  if (!response) throw new AppError("NOT_FOUND", "We could not find your response.");
  if ((response.mode === "submitted" || response.mode === "withdrawn") && response.reference)
    return { ok: true, reference: response.reference };
  assertAcceptingResponses(consultation);
  const draftToken = input.draftToken!;
  if (input.versionId !== response.versionId || input.submissionKey !== submissionKeyFor(draftToken)) {
    throw new AppError("INVALID_INPUT", "This page is out of date. Check your answers and send them again.");
  }

  const { journey } = response;
  const sentAt = now();
  // A drawing or photo answers a required Easy Read question without words (issue #7).
  const validated = validateAnswers(journey.definition, response.answers, {
    today: londonDay(sentAt),
    answeredOtherwise: new Set(Object.keys(response.drawings)),
  });
  if (!validated.ok) return { ok: false, problemSlug: firstProblemPage(journey, validated.fieldErrors) };

  const changing = response.mode === "changing";
  const receiptToken = deriveToken(draftToken, "receipt");
  const mirrors = mirrorFields(journey.definition, validated.answers);
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = response.reference ?? generateReference(consultation.referencePrefix);
    try {
      await db().$transaction(async (tx) => {
        const sent = await tx.response.updateMany({
          where: { id: response.id, draftTokenHash: hashToken(draftToken), status: changing ? "SUBMITTED" : "DRAFT" },
          data: {
            ...mirrors,
            draftTokenHash: null,
            receiptTokenHash: hashToken(receiptToken),
            ...(changing
              ? {}
              : { status: "SUBMITTED", reference, submissionKey: input.submissionKey, submittedAt: sentAt }),
          },
        });
        if (sent.count === 0) throw new AlreadySent();
        const { answers: current } = await readAnswers(tx, response.id, journey);
        const answers = await writeAnswers(tx, response.id, journey, current, validated.answers);
        const { email, wantsUpdates } = input.receipt;
        if (email) {
          await tx.respondentContact.upsert({
            where: { responseId: response.id },
            create: { responseId: response.id, email, wantsUpdates },
            update: { email, wantsUpdates },
          });
          await queueReceipt(tx, {
            to: email,
            consultation,
            journey,
            answers,
            reference,
            receiptToken,
            sentAt,
            changed: changing,
          });
        } else if (changing) {
          // Clearing the address on a changed response takes the contact details away too.
          await tx.respondentContact.deleteMany({ where: { responseId: response.id } });
        }
      }, TRANSACTION_OPTIONS);
      return { ok: true, reference };
    } catch (error) {
      if (error instanceof AlreadySent || isUniqueViolation(error, "submissionKey")) {
        const existing = await sentReference({ id: response.id }, consultation.id);
        if (existing) return { ok: true, reference: existing };
        throw new AppError(
          "CONFLICT",
          "Your response changed while we were sending it. Check your answers and send them again.",
        );
      }
      // A reference clash is astronomically rare; draw another one.
      if (isUniqueViolation(error, "reference")) continue;
      throw error;
    }
  }
  throw new AppError("UNAVAILABLE");
}
