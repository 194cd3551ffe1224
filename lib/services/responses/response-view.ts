// One response as staff read it (response.read): any channel, online and imported ones too, so
// an officer or analyst can open any response the lists and analysis point to. Read-only: an
// online respondent's answers are theirs to change, and entered ones have their own page.
// Equality answers are left out: they are never shown per response (issue #6, item 6).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/auth/permissions";
import type { TAnswers } from "@/lib/questionnaire/answer-values";
import { readAnswers } from "./answer-store";
import { drawingNames } from "./drawings";
import { entrySelect } from "./entered-responses";
import { asksAboutChild, journeyForVersion } from "./respondent-consultation";

export type TResponseForReading = Awaited<ReturnType<typeof getResponseForReading>>;

/** A submitted or withdrawn response of this consultation; drafts are not evidence and are not found. */
export async function getResponseForReading(actor: StaffPrincipal | null, consultationId: string, responseId: string) {
  requirePermission(actor, "response.read");
  const row = await db().response.findFirst({
    where: { id: responseId, consultationId, status: { in: ["SUBMITTED", "WITHDRAWN"] } },
    select: { ...entrySelect, withdrawnAt: true, enteredById: true, consultation: { select: { audiences: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that response.");
  const journey = await journeyForVersion(row.versionId, asksAboutChild(row.consultation.audiences));
  const withdrawn = row.status === "WITHDRAWN";
  // A withdrawn response's answers are not shown: the person took it back.
  const [answers, drawings]: [TAnswers, Record<string, string>] = withdrawn ? [{}, {}] : await Promise.all([readAnswers(db(), row.id, journey).then((r) => r.answers), drawingNames(row.id)]);
  return {
    ...row,
    status: row.status as "SUBMITTED" | "WITHDRAWN",
    // When it reached us: the date staff recorded, or when it was sent online.
    receivedAt: row.receivedAt ?? row.submittedAt,
    /** Staff-entered (not imported): it has its own page where answers can be changed. */
    entered: row.enteredById !== null && row.channel !== "IMPORT",
    journey,
    answers,
    drawings,
  };
}
