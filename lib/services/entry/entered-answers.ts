// The answers of a staff-entered response (issue #8, part 1): one page at a time through the
// online journey's own page check (checkPage: buildAnswerSchema, conditions, size limits), then
// "Save response", which validates the whole response as submitting online does. Saving is
// idempotent: the status change is guarded, so a double click gives one reference. Changing a
// submitted entry is audited with the questions that changed.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { validateAnswers } from "@/lib/questionnaire/answers/build-answer-schema";
import { fieldNamesFor } from "@/lib/questionnaire/forms/field-names";
import { journeyPages, pagePosition, pageSlug, type TJourney } from "@/lib/respond/journey";
import { mirrorFields } from "@/lib/respond/mirror-fields";
import type { TEntries } from "@/lib/respond/posted-input";
import { generateReference } from "@/lib/respond/reference";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { londonDay } from "@/lib/text/dates";
import type { TFormValues } from "@/lib/questionnaire/forms/form-data";
import { readAnswers, TRANSACTION_OPTIONS, writeAnswers } from "../respond/answer-store";
import { assertEqualityPageOpen, getEnteredResponse, getEntryConsultation } from "./entered-responses";
import { isUniqueViolation } from "../respond/prisma-errors";
import { checkPage, mergePage, STALE_FORM_MESSAGE } from "../respond/save-section";
import { reopenRetentionSteps } from "@/lib/services/retention/late-entries";

export type TEnteredPageInput = {
  consultationId: string;
  responseId: string;
  sectionKey: string;
  versionId: string;
  entries: TEntries;
  mode: "continue" | "save-later";
};

export type TEnteredPageResult =
  | {
      ok: true;
      status: "DRAFT" | "SUBMITTED" | "WITHDRAWN";
      nextSlug: string | undefined;
      newPageSlug: string | undefined;
    }
  | { ok: false; fieldErrors: Record<string, string>; values: TFormValues };

/** The question keys whose answers differ, for the audit trail (never the answers themselves). */
export function changedQuestionKeys(before: TAnswers, after: TAnswers): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).sort();
}

/** Saves one page of an entered response (response.enter). */
export async function saveEnteredSection(
  actor: StaffPrincipal | null,
  input: TEnteredPageInput,
): Promise<TEnteredPageResult> {
  const staff = requirePermission(actor, "response.enter");
  const entry = await getEnteredResponse(staff, input.consultationId, input.responseId);
  if (entry.status === "WITHDRAWN")
    throw new AppError("CONFLICT", "This response has been withdrawn, so it cannot be changed.");
  if (input.versionId !== entry.versionId) throw new AppError("INVALID_INPUT", STALE_FORM_MESSAGE);
  assertEqualityPageOpen(entry, input.sectionKey);
  const { journey } = entry;
  const checked = checkPage(journey, entry.answers, input.sectionKey, input.entries, input.mode);
  if (!checked.ok) return checked;
  const { section, pageAnswers } = checked;
  const saved = await db().$transaction(async (tx) => {
    // Locks the row so two saves of one entry queue up.
    const locked = await tx.response.updateMany({
      where: { id: entry.id, status: entry.status },
      data: { updatedAt: now() },
    });
    if (locked.count === 0)
      throw new AppError("CONFLICT", "This response changed while you were editing it. Check it and try again.");
    const { answers: current } = await readAnswers(tx, entry.id, journey);
    const written = await writeAnswers(tx, entry.id, journey, current, mergePage(current, section, pageAnswers));
    if (entry.status === "SUBMITTED") {
      const changed = changedQuestionKeys(current, written);
      if (changed.length > 0) {
        await tx.response.update({
          where: { id: entry.id },
          data: { respondentType: mirrorFields(journey.definition, written).respondentType },
        });
        await recordAuditEvent(tx, {
          actor: staff,
          action: "response.edit",
          targetType: "Response",
          targetId: entry.id,
          detail: `${entry.reference}: changed answers to ${changed.join(", ")}`,
        });
      }
    }
    return written;
  }, TRANSACTION_OPTIONS);
  const next = pagePosition(journey, saved, section.key)?.next;
  const before = new Set(journeyPages(journey, entry.answers).map((s) => s.key));
  const added = journeyPages(journey, saved).find((s) => !before.has(s.key));
  return {
    ok: true,
    status: entry.status,
    nextSlug: next ? pageSlug(next.key) : undefined,
    newPageSlug: added ? pageSlug(added.key) : undefined,
  };
}

function firstProblemPage(journey: TJourney, fieldErrors: Record<string, string>): string {
  const [field] = Object.keys(fieldErrors);
  const section = journey.definition.sections.find((s) =>
    s.questions.some((q) => q.key === field || fieldNamesFor(q).includes(field)),
  );
  return pageSlug((section ?? journey.definition.sections[0]).key);
}

export type TSubmitEntryResult = { ok: true; reference: string } | { ok: false; problemSlug: string };

/** "Save response": the whole response validated, then SUBMITTED with a reference, once. */
export async function submitEnteredResponse(
  actor: StaffPrincipal | null,
  input: { consultationId: string; responseId: string },
): Promise<TSubmitEntryResult> {
  const staff = requirePermission(actor, "response.enter");
  const consultation = await getEntryConsultation(staff, input.consultationId);
  const entry = await getEnteredResponse(staff, input.consultationId, input.responseId);
  // A second click, or a retry after the first succeeded, gets the same reference.
  if (entry.status !== "DRAFT" && entry.reference) return { ok: true, reference: entry.reference };
  const { journey } = entry;
  const at = now();
  // The stored answers, equality included: entry.answers may leave those out for this caller,
  // and what is written back must never drop them.
  const { answers: stored } = await readAnswers(db(), entry.id, journey);
  const validated = validateAnswers(journey.definition, stored, { today: londonDay(at) });
  if (!validated.ok) return { ok: false, problemSlug: firstProblemPage(journey, validated.fieldErrors) };
  const mirrors = mirrorFields(journey.definition, validated.answers);
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = generateReference(consultation.referencePrefix);
    try {
      const sent = await db().$transaction(async (tx) => {
        const updated = await tx.response.updateMany({
          where: { id: entry.id, status: "DRAFT" },
          // What the officer recorded wins over what the answers imply.
          data: {
            respondentType: mirrors.respondentType,
            organisationName: entry.organisationName ?? mirrors.organisationName,
            status: "SUBMITTED",
            reference,
            submittedAt: at,
          },
        });
        if (updated.count === 0) return false;
        const { answers: current } = await readAnswers(tx, entry.id, journey);
        await writeAnswers(tx, entry.id, journey, current, validated.answers);
        const late = entry.lateReason ? ` (late: ${entry.lateReason})` : "";
        await recordAuditEvent(tx, {
          actor: staff,
          action: "response.enter",
          targetType: "Response",
          targetId: entry.id,
          detail: `${reference}, ${entry.channel.toLowerCase()}${late}`,
        });
        await reopenRetentionSteps(tx, consultation.id);
        return true;
      }, TRANSACTION_OPTIONS);
      if (!sent) break;
      return { ok: true, reference };
    } catch (error) {
      // A reference clash is astronomically rare; draw another one.
      if (isUniqueViolation(error, "reference")) continue;
      throw error;
    }
  }
  const row = await db().response.findUnique({ where: { id: entry.id }, select: { reference: true } });
  if (row?.reference) return { ok: true, reference: row.reference };
  throw new AppError("UNAVAILABLE");
}
