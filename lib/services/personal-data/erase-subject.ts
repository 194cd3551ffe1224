// Erasure (issue #21): a person's contact details, update subscriptions and emails go; if the
// staff member chooses, their responses too. A response is deleted only while its consultation's
// analysis is unpublished; after the outcome is published it is anonymised instead (free text
// redacted in place, equality answers turned into counts, files and earlier versions deleted),
// so the published figures stay true. One audit event records the reason and what was done.
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { unlinkEqualityBatch } from "@/lib/services/retention/equality-tally";
import { redactAnswersInPlace } from "@/lib/services/retention/free-text-redaction";
import { deleteSubscriptions } from "@/lib/services/retention/subscription-removal";
import { fileStorage } from "@/lib/storage/storage";
import type { TSubjectErase } from "@/lib/validation/retention";
import { findSubjectRows } from "./find-subject";

export type TErasure = {
  contacts: number;
  subscriptions: number;
  emails: number;
  responsesDeleted: number;
  responsesAnonymised: number;
};

async function deleteFiles(keys: readonly (string | null)[]): Promise<void> {
  for (const key of keys) if (key) await fileStorage().delete(key);
}

async function anonymise(
  response: { id: string; consultationId: string; scanStorageKey: string | null },
  name: string | null,
): Promise<void> {
  const texts = await db().answer.findMany({
    where: { responseId: response.id, text: { not: null } },
    select: { id: true, text: true },
  });
  await redactAnswersInPlace(texts.map((t) => ({ id: t.id, text: t.text ?? "", name })));
  await unlinkEqualityBatch(response.consultationId, 10, [response.id]);
  const attachments = await db().answerAttachment.findMany({
    where: { responseId: response.id },
    select: { storageKey: true },
  });
  await deleteFiles([...attachments.map((a) => a.storageKey), response.scanStorageKey]);
  await db().answerAttachment.deleteMany({ where: { responseId: response.id } });
  await db().responseRevision.deleteMany({ where: { responseId: response.id } });
  await db().response.update({
    where: { id: response.id },
    data: {
      scanStorageKey: null,
      scanFileName: null,
      scanMimeType: null,
      scanSizeBytes: null,
      receiptTokenHash: null,
      draftTokenHash: null,
    },
  });
}

export async function eraseSubject(actor: StaffPrincipal | null, input: TSubjectErase): Promise<TErasure> {
  const staff = requirePermission(actor, "personalData.request");
  const rows = await findSubjectRows(input.q);
  const result: TErasure = { contacts: 0, subscriptions: 0, emails: 0, responsesDeleted: 0, responsesAnonymised: 0 };
  const responses = await db().response.findMany({
    where: { id: { in: rows.responseIds } },
    select: {
      id: true,
      consultationId: true,
      scanStorageKey: true,
      consultation: { select: { stage: true } },
      contact: { select: { name: true } },
      attachments: { select: { storageKey: true } },
    },
  });
  if (input.responses === "remove") {
    for (const r of responses) {
      if (r.consultation.stage === "OUTCOME_PUBLISHED") {
        // The name is read before the contact row goes, so the redaction can find it in the text.
        await anonymise(r, r.contact?.name ?? null);
        result.responsesAnonymised++;
      } else {
        await deleteFiles([r.scanStorageKey, ...r.attachments.map((a) => a.storageKey)]);
        await db().response.delete({ where: { id: r.id } });
        result.responsesDeleted++;
      }
    }
  }
  const kept = responses
    .filter((r) => input.responses === "keep" || r.consultation.stage === "OUTCOME_PUBLISHED")
    .map((r) => r.id);
  result.contacts = (await db().respondentContact.deleteMany({ where: { responseId: { in: kept } } })).count;
  await db().resumeToken.deleteMany({ where: { responseId: { in: kept } } });
  await db().response.updateMany({
    where: { id: { in: kept } },
    data: { receiptTokenHash: null, draftTokenHash: null },
  });
  result.subscriptions = await deleteSubscriptions({ id: { in: rows.subscriptionIds } });
  result.emails = (await db().emailOutbox.deleteMany({ where: { id: { in: rows.outboxIds } } })).count;
  const detail =
    `Reason: ${input.reason}. ${result.contacts} contact details, ${result.subscriptions} subscriptions and ${result.emails} emails deleted; ` +
    `${result.responsesDeleted} responses deleted, ${result.responsesAnonymised} anonymised${input.responses === "keep" ? " (responses kept as asked)" : ""}`;
  await recordAuditEvent(db(), { actor: staff, action: "personalData.erase", targetType: "Person", detail });
  return result;
}
