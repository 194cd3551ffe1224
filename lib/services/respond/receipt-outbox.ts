// Queuing the receipt email in the same transaction as the submission, so an SMTP outage
// delays it but never loses it or fails the submission (issue #6, item 5).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { summariseAnswers } from "@/lib/respond/answer-summary";
import type { TJourney } from "@/lib/respond/journey";
import { receiptEmail } from "@/lib/email/templates/respondent-emails";
import { formatDateTime } from "@/lib/text/dates";
import { enqueueEmail } from "@/lib/services/email-outbox/enqueue-email";
import type { TRespondentConsultation } from "./respondent-consultation";

export function receiptUrl(slug: string, receiptToken: string): string {
  return new URL(
    `/consultations/${encodeURIComponent(slug)}/respond/receipt/${receiptToken}`,
    env().APP_URL,
  ).toString();
}

export async function queueReceipt(
  tx: Pick<Prisma.TransactionClient, "emailOutbox">,
  args: {
    to: string;
    consultation: TRespondentConsultation;
    journey: TJourney;
    answers: TAnswers;
    reference: string;
    receiptToken: string;
    sentAt: Date;
    changed: boolean;
  },
): Promise<void> {
  const { consultation } = args;
  const email = receiptEmail({
    consultationTitle: consultation.title,
    reference: args.reference,
    sentAt: formatDateTime(args.sentAt),
    sections: summariseAnswers(args.journey, args.answers, { includeEquality: false }),
    receiptUrl: receiptUrl(consultation.slug, args.receiptToken),
    closesAt: formatDateTime(consultation.closesAt),
    resultsExpectedText: consultation.resultsExpectedText,
    changed: args.changed,
  });
  await enqueueEmail(tx, { to: args.to, kind: args.changed ? "response-changed" : "response-receipt", email });
}
