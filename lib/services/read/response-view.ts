// One response as staff read it (response.read): any channel, online and imported ones too, so
// an officer or analyst can open any response the lists and analysis point to. Read-only: an
// online respondent's answers are theirs to change, and entered ones have their own page.
// Equality answers are left out: they are never shown per response (issue #6, item 6). Typed-in
// words are redacted by default; the original shows only after the reader gives a reason,
// which one personalData.view audit event records (issue #15).
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { splitAnswers } from "@/lib/respond/journey";
import { answersForStaff } from "@/lib/respond/redacted-answers";
import { now } from "@/lib/clock";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TShowOriginalText } from "@/lib/validation/original-text";
import { readAnswers } from "../respond/answer-store";
import { drawingNames } from "../respond/drawings";
import { entrySelect } from "../entry/entered-responses";
import { asksAboutChild, journeyForVersion } from "../respond/respondent-consultation";

export type TResponseForReading = Awaited<ReturnType<typeof getResponseForReading>>;

/** How long a recorded reason lets its reader see one response's original words. */
const ORIGINAL_TEXT_MINUTES = 15;

/**
 * A submitted or withdrawn response of this consultation; drafts are not evidence and are not
 * found. `originalGrant` is the id of the caller's own recent personalData.view event for this
 * response (from showOriginalText): with it, the words are shown as typed.
 */
export async function getResponseForReading(
  actor: StaffPrincipal | null,
  consultationId: string,
  responseId: string,
  originalGrant?: string,
) {
  const staff = requirePermission(actor, "response.read");
  const row = await db().response.findFirst({
    where: { id: responseId, consultationId, status: { in: ["SUBMITTED", "WITHDRAWN"] } },
    select: { ...entrySelect, withdrawnAt: true, enteredById: true, consultation: { select: { audiences: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that response.");
  const journey = await journeyForVersion(row.versionId, asksAboutChild(row.consultation.audiences));
  const withdrawn = row.status === "WITHDRAWN";
  // A withdrawn response's answers are not shown: the person took it back.
  const [stored, drawings]: [TAnswers, Record<string, string>] = withdrawn
    ? [{}, {}]
    : await Promise.all([readAnswers(db(), row.id, journey).then((r) => r.answers), drawingNames(row.id)]);
  const original = originalGrant ? await hasOriginalGrant(staff, row.id, originalGrant) : false;
  const answers = answersForStaff(journey.definition, splitAnswers(journey, stored).questionnaire, original);
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
    /** True when the words are shown as typed; false: redacted, as in exports. */
    original,
  };
}

async function hasOriginalGrant(staff: StaffPrincipal, responseId: string, grantId: string): Promise<boolean> {
  requirePermission(staff, "export.personalData");
  const since = new Date(now().getTime() - ORIGINAL_TEXT_MINUTES * 60_000);
  const grant = await db().auditEvent.findFirst({
    where: {
      id: grantId,
      actorId: staff.id,
      action: "personalData.view",
      targetType: "Response",
      targetId: responseId,
      createdAt: { gte: since },
    },
    select: { id: true },
  });
  return grant !== null;
}

/**
 * "Show original text": records why (one personalData.view event) and returns the event's id,
 * which opens the original words for ORIGINAL_TEXT_MINUTES to this reader only.
 */
export async function showOriginalText(
  actor: StaffPrincipal | null,
  input: TShowOriginalText,
): Promise<{ consultationId: string; responseId: string; grant: string }> {
  const staff = requirePermission(actor, "export.personalData");
  const response = await getResponseForReading(staff, input.consultationId, input.responseId);
  const grant = await recordAuditEvent(db(), {
    actor: staff,
    action: "personalData.view",
    targetType: "Response",
    targetId: response.id,
    detail: `Original text of ${response.reference ?? response.id}: ${input.reason}`,
  });
  return { consultationId: input.consultationId, responseId: response.id, grant };
}
