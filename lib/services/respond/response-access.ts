// Finding "my response" from what the respondent holds. The draft token (httpOnly cookie)
// opens a response that can be edited: a DRAFT, or a SUBMITTED one they chose to change. Once
// submitted, the same cookie still finds it through the derived receipt token, so a retried
// submit or the back button lands on the same reference. Nothing else identifies anyone.
import "server-only";
import { db } from "@/lib/db";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { deriveToken, hashToken, isWellFormedToken } from "@/lib/respond/tokens";
import type { TJourney } from "@/lib/respond/journey";
import { readAnswers, type TStoredContact } from "./answer-store";
import { drawingNames, drawingQuestions } from "./drawings";
import { journeyForVersion, type TRespondentConsultation } from "./respondent-consultation";

/**
 * draft: not yet sent. changing: sent, and reopened from the receipt link. submitted: sent.
 * withdrawn: taken back by the respondent.
 */
export type TResponseMode = "draft" | "changing" | "submitted" | "withdrawn";

export type TRespondentResponse = {
  id: string;
  mode: TResponseMode;
  versionId: string;
  reference: string | null;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  journey: TJourney;
  answers: TAnswers;
  contact: TStoredContact;
  /** Question key → the name of the drawing or photo sent with it (Easy Read, issue #7). */
  drawings: Record<string, string>;
};

const responseSelect = {
  id: true,
  status: true,
  versionId: true,
  reference: true,
  submittedAt: true,
  withdrawnAt: true,
  draftTokenHash: true,
} as const;

type Row = {
  id: string;
  status: "DRAFT" | "SUBMITTED" | "WITHDRAWN";
  versionId: string;
  reference: string | null;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  draftTokenHash: string | null;
};

function modeOf(row: Row, viaDraftToken: boolean): TResponseMode {
  if (row.status === "WITHDRAWN") return "withdrawn";
  if (row.status === "DRAFT") return "draft";
  return viaDraftToken ? "changing" : "submitted";
}

async function view(
  consultation: TRespondentConsultation,
  row: Row,
  viaDraftToken: boolean,
): Promise<TRespondentResponse> {
  // A draft answers the version it started on, even if a newer one has been published since.
  const journey = await journeyForVersion(row.versionId, consultation.aboutChild);
  // Only a questionnaire that takes drawings (Easy Read, issue #7) pays the query for them.
  const takesDrawings = journey.definition.sections.some((s) => drawingQuestions(s).length > 0);
  const [{ answers, contact }, drawings] = await Promise.all([
    readAnswers(db(), row.id, journey),
    takesDrawings ? drawingNames(row.id) : {},
  ]);
  return {
    id: row.id,
    mode: modeOf(row, viaDraftToken),
    versionId: row.versionId,
    reference: row.reference,
    submittedAt: row.submittedAt,
    withdrawnAt: row.withdrawnAt,
    journey,
    answers,
    contact,
    drawings,
  };
}

/**
 * The draft (or reopened sent response) the cookie's draft token can still edit, without its
 * answers: a save reads those once, under the row lock, so it neither reads them twice nor
 * validates against answers another request has just changed. Null when there is none.
 */
export async function findEditableForDraftToken(
  consultation: TRespondentConsultation,
  draftToken: string | undefined,
): Promise<{ id: string; mode: "draft" | "changing"; versionId: string; journey: TJourney } | null> {
  if (!isWellFormedToken(draftToken)) return null;
  const row = await db().response.findFirst({
    where: {
      consultationId: consultation.id,
      draftTokenHash: hashToken(draftToken),
      channel: "ONLINE",
      status: { not: "WITHDRAWN" },
    },
    select: responseSelect,
  });
  if (!row) return null;
  const journey = await journeyForVersion(row.versionId, consultation.aboutChild);
  return { id: row.id, mode: row.status === "DRAFT" ? "draft" : "changing", versionId: row.versionId, journey };
}

/** The response the cookie's draft token opens, editable or already sent; null when none. */
export async function findResponseForDraftToken(
  consultation: TRespondentConsultation,
  draftToken: string | undefined,
): Promise<TRespondentResponse | null> {
  if (!isWellFormedToken(draftToken)) return null;
  const editable = await db().response.findFirst({
    where: { consultationId: consultation.id, draftTokenHash: hashToken(draftToken), channel: "ONLINE" },
    select: responseSelect,
  });
  if (editable) return view(consultation, editable, true);
  const sent = await findRowForReceiptToken(consultation.id, deriveToken(draftToken, "receipt"));
  return sent ? view(consultation, sent, false) : null;
}

async function findRowForReceiptToken(consultationId: string, receiptToken: string): Promise<Row | null> {
  return db().response.findFirst({
    where: { consultationId, receiptTokenHash: hashToken(receiptToken), status: { in: ["SUBMITTED", "WITHDRAWN"] } },
    select: responseSelect,
  });
}

/** The sent response a receipt link opens; null when the link is wrong or out of date. */
export async function findResponseForReceiptToken(
  consultation: TRespondentConsultation,
  receiptToken: string,
): Promise<TRespondentResponse | null> {
  if (!isWellFormedToken(receiptToken)) return null;
  const row = await findRowForReceiptToken(consultation.id, receiptToken);
  return row ? view(consultation, row, false) : null;
}
