// Responses that staff enter for someone (issue #8, part 1): paper forms, emails, phone calls,
// event conversations and advocates' returns. The details (channel, date received, how it was
// completed, organisation) are recorded first; the answers then go through the same pages and
// the same validation as online. The form's entry key makes starting idempotent, so a double
// click or a retry never creates a second response.
import "server-only";
import { now } from "@/lib/clock";
import { effectiveCloseDate } from "@/lib/consultations/status";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { pageSlug, resumePage, splitAnswers, type TJourney } from "@/lib/respond/journey";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isLate, LATE_REASON_REQUIRED, type TEnteredDetails } from "@/lib/validation/entered-response";
import { readAnswers } from "../respond/answer-store";
import { isUniqueViolation } from "../respond/prisma-errors";
import { asksAboutChild, journeyForVersion } from "../respond/respondent-consultation";
import { PUBLIC_STAGES } from "@/lib/consultations/status";

const fieldError = (field: string, message: string) => new AppError("INVALID_INPUT", undefined, { [field]: [message] });

/** The published consultation entries are made for, with the latest version of each format. */
export async function getEntryConsultation(actor: StaffPrincipal | null, consultationId: string) {
  requirePermission(actor, "response.enter");
  const row = await db().consultation.findFirst({
    where: { id: consultationId, stage: { in: [...PUBLIC_STAGES] } },
    select: {
      id: true,
      title: true,
      stage: true,
      opensAt: true,
      closesAt: true,
      closedEarlyAt: true,
      referencePrefix: true,
      audiences: true,
      questionnaires: {
        select: { format: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true } } },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that consultation, or it has not been published.");
  const versions: Partial<Record<"STANDARD" | "EASY_READ", string>> = {};
  for (const q of row.questionnaires) if (q.versions[0]) versions[q.format] = q.versions[0].id;
  return { ...row, closesAt: effectiveCloseDate(row), versions, aboutChild: asksAboutChild(row.audiences) };
}

/** The columns of a response that entry and reading pages show (EntryDetailsSummary and the answers). */
export const entrySelect = {
  id: true,
  consultationId: true,
  versionId: true,
  format: true,
  channel: true,
  status: true,
  reference: true,
  submissionKey: true,
  completedHow: true,
  receivedAt: true,
  submittedAt: true,
  lateReason: true,
  partnerOrganisation: true,
  organisationName: true,
  organisationPublish: true,
  scanFileName: true,
  scanMimeType: true,
  scanSizeBytes: true,
  enteredById: true,
  enteredBy: { select: { name: true, email: true } },
} as const;

export type TEnteredResponse = Awaited<ReturnType<typeof loadEntryRow>> & {
  journey: TJourney;
  answers: TAnswers;
  /** Whether this caller may see and change the equality answers: the officer typing a draft, only. */
  equalityOpen: boolean;
};

async function loadEntryRow(consultationId: string, responseId: string) {
  const row = await db().response.findFirst({
    // Only staff-entered responses: an online respondent's answers are theirs to change.
    where: { id: responseId, consultationId, enteredById: { not: null }, channel: { notIn: ["ONLINE", "IMPORT"] } },
    select: entrySelect,
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that entered response.");
  return row;
}

/**
 * An entered response with its answers, draft or submitted (response.enter). Equality answers
 * are aggregate-only: the officer typing a paper form sees what they typed only while it is a
 * draft, and nobody sees them per response once it is saved (issue #15).
 */
export async function getEnteredResponse(
  actor: StaffPrincipal | null,
  consultationId: string,
  responseId: string,
): Promise<TEnteredResponse> {
  requirePermission(actor, "response.enter");
  const consultation = await getEntryConsultation(actor, consultationId);
  const row = await loadEntryRow(consultationId, responseId);
  const journey = await journeyForVersion(row.versionId, consultation.aboutChild);
  const { answers } = await readAnswers(db(), row.id, journey);
  const equalityOpen = row.status === "DRAFT" && row.enteredById === actor?.id;
  return {
    ...row,
    journey,
    answers: equalityOpen ? answers : splitAnswers(journey, answers).questionnaire,
    equalityOpen,
  };
}

/** Whether a page of the journey asks equality monitoring questions. */
export function isEqualityPage(journey: TJourney, sectionKey: string): boolean {
  const section = journey.definition.sections.find((s) => s.key === sectionKey);
  return Boolean(section?.questions.some((q) => journey.equalityKeys.has(q.key)));
}

/** Refuses opening or changing an equality page the caller may not see: its answers are aggregate-only. */
export function assertEqualityPageOpen(
  entry: Pick<TEnteredResponse, "equalityOpen" | "journey">,
  sectionKey: string,
): void {
  if (!entry.equalityOpen && isEqualityPage(entry.journey, sectionKey)) {
    throw new AppError(
      "FORBIDDEN",
      "Equality monitoring answers can only be opened by the officer entering them, while the response is a draft. Otherwise they are only reported as anonymous totals.",
    );
  }
}

type TCheckedDetails = { lateReason: string | null };

/** The rules that need the consultation: the date is not in the future, and a late one has a reason. */
function checkDetails(input: TEnteredDetails, closesAt: Date): TCheckedDetails {
  if (input.receivedAt.getTime() > now().getTime())
    throw fieldError("received", "Date received must be today or in the past");
  if (!isLate(input.receivedAt, closesAt)) return { lateReason: null };
  if (!input.lateReason) throw fieldError("lateReason", LATE_REASON_REQUIRED);
  return { lateReason: input.lateReason };
}

const detailsData = (input: TEnteredDetails, checked: TCheckedDetails) => ({
  channel: input.channel,
  completedHow: input.completedHow,
  receivedAt: input.receivedAt,
  partnerOrganisation: input.partnerOrganisation,
  organisationName: input.organisationName,
  organisationPublish: input.organisationPublish,
  lateReason: checked.lateReason,
});

/**
 * Starts an entry: a DRAFT response holding the details, keyed by the form's entry key. The same
 * key again (double click, retry) returns the same response. Returns the page to go to next.
 */
export async function startEnteredResponse(
  actor: StaffPrincipal | null,
  input: TEnteredDetails,
): Promise<{ responseId: string; nextPage: string }> {
  const staff = requirePermission(actor, "response.enter");
  const consultation = await getEntryConsultation(staff, input.consultationId);
  const existing = await db().response.findUnique({
    where: { submissionKey: input.entryKey },
    select: { id: true, consultationId: true },
  });
  if (existing) return resumeEntry(staff, consultation.id, existing.id);
  const versionId = consultation.versions[input.format];
  if (!versionId)
    throw fieldError(
      "format",
      input.format === "EASY_READ"
        ? "This consultation has no published Easy Read questionnaire"
        : "This consultation has no published standard questionnaire",
    );
  const checked = checkDetails(input, consultation.closesAt);
  try {
    const created = await db().response.create({
      data: {
        consultationId: consultation.id,
        versionId,
        format: input.format,
        submissionKey: input.entryKey,
        enteredById: staff.id,
        ...detailsData(input, checked),
      },
      select: { id: true },
    });
    return resumeEntry(staff, consultation.id, created.id);
  } catch (error) {
    // Two clicks raced: the other request created it.
    if (!isUniqueViolation(error, "submissionKey")) throw error;
    const raced = await db().response.findUniqueOrThrow({
      where: { submissionKey: input.entryKey },
      select: { id: true },
    });
    return resumeEntry(staff, consultation.id, raced.id);
  }
}

async function resumeEntry(staff: StaffPrincipal, consultationId: string, responseId: string) {
  const entry = await getEnteredResponse(staff, consultationId, responseId);
  if (entry.status !== "DRAFT") return { responseId, nextPage: "done" };
  const next = resumePage(entry.journey, entry.answers);
  return { responseId, nextPage: next ? pageSlug(next.key) : "check-answers" };
}

const DETAIL_LABELS: Record<keyof ReturnType<typeof detailsData>, string> = {
  channel: "channel",
  completedHow: "how it was completed",
  receivedAt: "date received",
  partnerOrganisation: "partner organisation",
  organisationName: "organisation",
  organisationPublish: "agreement to publish",
  lateReason: "late reason",
};

/** What changed between two sets of details, in words, for the audit trail. */
export function describeDetailChanges(
  before: Record<string, unknown>,
  after: ReturnType<typeof detailsData>,
): string[] {
  const same = (a: unknown, b: unknown) =>
    a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null);
  return (Object.keys(after) as (keyof typeof after)[])
    .filter((k) => !same(before[k], after[k]))
    .map((k) => DETAIL_LABELS[k]);
}

/** Changes the details of an entered response, draft or submitted; audited with what changed. */
export async function updateEnteredDetails(
  actor: StaffPrincipal | null,
  input: TEnteredDetails & { responseId: string },
): Promise<{ responseId: string }> {
  const staff = requirePermission(actor, "response.enter");
  const consultation = await getEntryConsultation(staff, input.consultationId);
  const row = await loadEntryRow(consultation.id, input.responseId);
  // The format decides which questionnaire the answers belong to, so it cannot change afterwards.
  if (input.format !== row.format)
    throw fieldError(
      "format",
      "The format cannot be changed after the answers are entered. Enter a new response instead",
    );
  const data = detailsData(input, checkDetails(input, consultation.closesAt));
  const changed = describeDetailChanges(row, data);
  await db().$transaction(async (tx) => {
    await tx.response.update({ where: { id: row.id }, data });
    if (row.status !== "DRAFT" && changed.length > 0) {
      await recordAuditEvent(tx, {
        actor: staff,
        action: "response.edit",
        targetType: "Response",
        targetId: row.id,
        detail: `${row.reference}: changed ${changed.join(", ")}`,
      });
    }
  });
  return { responseId: row.id };
}
