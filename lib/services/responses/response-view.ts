// One response as staff read it (response.read): any channel, online and imported ones too, so
// an officer or analyst can open any response the lists and analysis point to. Read-only: an
// online respondent's answers are theirs to change, and entered ones have their own page.
// Equality answers are left out: they are never shown per response (issue #6, item 6).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/auth/permissions";
import type { TAnswers } from "@/lib/questionnaire/answer-values";
import type { TJourney } from "@/lib/responses/journey";
import { readAnswers } from "./answer-store";
import { drawingNames } from "./drawings";
import { asksAboutChild, journeyForVersion } from "./respondent-consultation";

export type TResponseForReading = {
  id: string;
  reference: string | null;
  status: "SUBMITTED" | "WITHDRAWN";
  format: "STANDARD" | "EASY_READ";
  channel: string;
  completedHow: string | null;
  /** When it reached us: the date staff recorded, or when it was sent online. */
  receivedAt: Date | null;
  lateReason: string | null;
  partnerOrganisation: string | null;
  organisationName: string | null;
  organisationPublish: boolean;
  respondentType: string | null;
  withdrawnAt: Date | null;
  enteredBy: { name: string | null; email: string } | null;
  scanFileName: string | null;
  scanSizeBytes: number | null;
  /** Staff-entered (not imported): it has its own page where answers can be changed. */
  entered: boolean;
  journey: TJourney;
  /** Empty for a withdrawn response: the person took it back, so it is not shown. */
  answers: TAnswers;
  /** File names of drawings or photos sent instead of or with writing, by question key (issue #7). */
  drawings: Record<string, string>;
};

/** A submitted or withdrawn response of this consultation; drafts are not evidence and are not found. */
export async function getResponseForReading(actor: StaffPrincipal | null, consultationId: string, responseId: string): Promise<TResponseForReading> {
  requirePermission(actor, "response.read");
  const row = await db().response.findFirst({
    where: { id: responseId, consultationId, status: { in: ["SUBMITTED", "WITHDRAWN"] } },
    select: {
      id: true,
      reference: true,
      status: true,
      format: true,
      channel: true,
      completedHow: true,
      receivedAt: true,
      submittedAt: true,
      lateReason: true,
      partnerOrganisation: true,
      organisationName: true,
      organisationPublish: true,
      respondentType: true,
      withdrawnAt: true,
      versionId: true,
      enteredById: true,
      scanFileName: true,
      scanSizeBytes: true,
      enteredBy: { select: { name: true, email: true } },
      consultation: { select: { audiences: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that response.");
  const journey = await journeyForVersion(row.versionId, asksAboutChild(row.consultation.audiences));
  const withdrawn = row.status === "WITHDRAWN";
  const [answers, drawings] = withdrawn ? [{}, {}] : await Promise.all([readAnswers(db(), row.id, journey).then((r) => r.answers), drawingNames(row.id)]);
  const { submittedAt, versionId: _version, enteredById, consultation: _consultation, ...details } = row;
  return {
    ...details,
    status: row.status as "SUBMITTED" | "WITHDRAWN",
    receivedAt: row.receivedAt ?? submittedAt,
    entered: enteredById !== null && row.channel !== "IMPORT",
    journey,
    answers,
    drawings,
  };
}
