// The receipt link (issue #6, item 5): while the consultation is open the respondent can view
// their sent response, change it or withdraw it. Both keep the state before as a
// ResponseRevision. The revision holds the response's own fields and Answer rows only: contact
// details and equality answers stay in their access-restricted tables.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { withdrawalEmail } from "@/lib/email/templates/respondent-emails";
import { hashToken, newToken } from "@/lib/respond/tokens";
import { enqueueEmail } from "@/lib/services/email-outbox/enqueue-email";
import { TRANSACTION_OPTIONS } from "./answer-store";
import { findResponseForReceiptToken, type TRespondentResponse } from "./response-access";
import {
  assertAcceptingResponses,
  getRespondentConsultation,
  type TRespondentConsultation,
} from "./respondent-consultation";

export type TReceipt = { consultation: TRespondentConsultation; response: TRespondentResponse | null };

/** The consultation, and the response the link opens (null when the link is wrong). */
export async function getReceipt(input: { slug: string; receiptToken: string }): Promise<TReceipt> {
  const consultation = await getRespondentConsultation(input.slug);
  return { consultation, response: await findResponseForReceiptToken(consultation, input.receiptToken) };
}

async function openSent(input: { slug: string; receiptToken: string }) {
  const { consultation, response } = await getReceipt(input);
  assertAcceptingResponses(consultation);
  if (!response || response.mode !== "submitted")
    throw new AppError("NOT_FOUND", "We could not find that response, or it has been withdrawn.");
  return { consultation, response };
}

/** The state before a change or withdrawal, as evidence. */
async function snapshot(tx: Prisma.TransactionClient, responseId: string): Promise<Prisma.InputJsonObject> {
  const row = await tx.response.findUniqueOrThrow({
    where: { id: responseId },
    select: {
      status: true,
      reference: true,
      versionId: true,
      submittedAt: true,
      respondentType: true,
      organisationName: true,
      completedHow: true,
      answers: {
        select: { questionKey: true, optionKeys: true, text: true, number: true, matrix: true },
        orderBy: { questionKey: "asc" },
      },
    },
  });
  return JSON.parse(JSON.stringify(row)) as Prisma.InputJsonObject;
}

/**
 * Reopens a sent response for changes: records a CHANGED revision and returns a draft token for
 * the cookie. It stays SUBMITTED, with its reference, while being changed, so it is never
 * missing from the results; sending it again issues a new receipt.
 */
export async function startChange(input: {
  slug: string;
  receiptToken: string;
}): Promise<{ draftToken: string; closesAt: Date }> {
  const { consultation, response } = await openSent(input);
  const draftToken = newToken();
  await db().$transaction(async (tx) => {
    const opened = await tx.response.updateMany({
      where: { id: response.id, status: "SUBMITTED" },
      data: { draftTokenHash: hashToken(draftToken) },
    });
    if (opened.count === 0) throw new AppError("NOT_FOUND", "This response has been withdrawn.");
    await tx.responseRevision.create({
      data: { responseId: response.id, kind: "CHANGED", previous: await snapshot(tx, response.id) },
    });
  }, TRANSACTION_OPTIONS);
  return { draftToken, closesAt: consultation.closesAt };
}

/** Withdraws a sent response: WITHDRAWN with a revision, out of the results, and a confirmation email if we have an address. */
export async function withdrawResponse(input: { slug: string; receiptToken: string }): Promise<void> {
  const { consultation, response } = await openSent(input);
  const at = now();
  await db().$transaction(async (tx) => {
    const previous = await snapshot(tx, response.id);
    const withdrawn = await tx.response.updateMany({
      where: { id: response.id, status: "SUBMITTED" },
      data: { status: "WITHDRAWN", withdrawnAt: at, draftTokenHash: null },
    });
    // Already withdrawn (a double click): nothing more to do.
    if (withdrawn.count === 0) return;
    await tx.responseRevision.create({ data: { responseId: response.id, kind: "WITHDRAWN", previous } });
    if (response.contact && response.reference) {
      await enqueueEmail(tx, {
        to: response.contact.email,
        kind: "response-withdrawn",
        email: withdrawalEmail({ consultationTitle: consultation.title, reference: response.reference }),
      });
    }
  }, TRANSACTION_OPTIONS);
}
