// Subject access (issue #21): holders of personalData.request find everything held about a
// person and download it as JSON or a Word document. The search and each download are audited
// with the reason given; the audit detail never repeats the person's address.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { answerText, equalityText, questionIndex } from "@/lib/personal-data/answer-text";
import { packBlocks, packJson, type TSubjectPack } from "@/lib/personal-data/subject-pack";
import { renderDocx } from "@/lib/reports/docx/render-docx";
import { CHANNEL_LABELS, type TChannel } from "@/lib/respond/channels";
import { equalitySections } from "@/lib/respond/equality-questions";
import { AUDIT_ACTION_LABELS, isAuditAction } from "@/lib/audit/actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TSubjectDownload, TSubjectSearch } from "@/lib/validation/retention";
import { describeMatches, findSubjectRows, type TSubjectRows } from "./find-subject";

const STATUS: Record<string, string> = { DRAFT: "Draft", SUBMITTED: "Sent", WITHDRAWN: "Withdrawn" };
const EQUALITY = questionIndex(equalitySections({ aboutChild: true }).flatMap((s) => s.questions));

export type TSubjectSummary = {
  found: boolean;
  responses: { reference: string | null; consultation: string; status: string; submittedAt: Date | null }[];
  contacts: number;
  subscriptions: number;
  emails: number;
};

async function buildPack(rows: TSubjectRows): Promise<TSubjectPack> {
  const responses = await db().response.findMany({
    where: { id: { in: rows.responseIds } },
    orderBy: { startedAt: "asc" },
    include: {
      consultation: { select: { title: true } },
      version: { select: { definition: true } },
      answers: { orderBy: { questionKey: "asc" } },
      equality: true,
      contact: true,
      attachments: { select: { fileName: true } },
    },
  });
  const [subscriptions, emails, auditEvents] = await Promise.all([
    db().outcomeSubscription.findMany({
      where: { id: { in: rows.subscriptionIds } },
      include: { consultation: { select: { title: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db().emailOutbox.findMany({ where: { id: { in: rows.outboxIds } }, orderBy: { createdAt: "asc" } }),
    db().auditEvent.findMany({ where: { targetId: { in: rows.responseIds } }, orderBy: { createdAt: "asc" } }),
  ]);
  return {
    generatedAt: now(),
    council: env().COUNCIL_NAME,
    responses: responses.map((r) => {
      const parsed = ZQuestionnaireDefinition.safeParse(r.version.definition);
      const index = questionIndex(parsed.success ? parsed.data.sections.flatMap((s) => s.questions) : []);
      const equality = (r.equality?.answers ?? {}) as Record<string, unknown>;
      return {
        reference: r.reference,
        consultation: r.consultation.title,
        status: STATUS[r.status] ?? r.status,
        channel: CHANNEL_LABELS[r.channel as TChannel] ?? r.channel,
        startedAt: r.startedAt,
        submittedAt: r.submittedAt,
        answers: r.answers.map((a) => answerText(index, a)),
        equality: Object.entries(equality).map(([key, value]) => equalityText(EQUALITY, key, value)),
        files: [...r.attachments.map((a) => a.fileName), ...(r.scanFileName ? [r.scanFileName] : [])],
      };
    }),
    contacts: responses.flatMap((r) =>
      r.contact
        ? [
            {
              email: r.contact.email,
              name: r.contact.name,
              wantsUpdates: r.contact.wantsUpdates,
              response: r.reference ?? "Unfinished draft",
            },
          ]
        : [],
    ),
    subscriptions: subscriptions.map((s) => ({
      consultation: s.consultation.title,
      email: s.email,
      confirmedAt: s.confirmedAt,
      unsubscribedAt: s.unsubscribedAt,
      createdAt: s.createdAt,
    })),
    emails: emails.map((e) => ({ to: e.to, subject: e.subject, createdAt: e.createdAt, sentAt: e.sentAt })),
    auditEvents: auditEvents.map((e) => ({
      at: e.createdAt,
      action: isAuditAction(e.action) ? AUDIT_ACTION_LABELS[e.action] : e.action,
      by: e.actorLabel,
      detail: e.detail,
    })),
  };
}

export async function searchSubject(actor: StaffPrincipal | null, input: TSubjectSearch): Promise<TSubjectSummary> {
  const staff = requirePermission(actor, "personalData.request");
  const rows = await findSubjectRows(input.q);
  const pack = await buildPack(rows);
  await recordAuditEvent(db(), {
    actor: staff,
    action: "personalData.search",
    targetType: "Person",
    detail: `Reason: ${input.reason}. Found ${describeMatches(rows)}`,
  });
  return {
    found: rows.responseIds.length + rows.subscriptionIds.length + rows.outboxIds.length > 0,
    responses: pack.responses.map((r) => ({
      reference: r.reference,
      consultation: r.consultation,
      status: r.status,
      submittedAt: r.submittedAt,
    })),
    contacts: pack.contacts.length,
    subscriptions: pack.subscriptions.length,
    emails: pack.emails.length,
  };
}

export type TSubjectFile = { fileName: string; contentType: string; body: Buffer };

export async function downloadSubjectPack(
  actor: StaffPrincipal | null,
  input: TSubjectDownload,
): Promise<TSubjectFile> {
  const staff = requirePermission(actor, "personalData.request");
  const rows = await findSubjectRows(input.q);
  const pack = await buildPack(rows);
  await recordAuditEvent(db(), {
    actor: staff,
    action: "personalData.download",
    targetType: "Person",
    detail: `${input.format.toUpperCase()} pack. Reason: ${input.reason}. Held ${describeMatches(rows)}`,
  });
  const stamp = pack.generatedAt.toISOString().slice(0, 10);
  if (input.format === "json")
    return {
      fileName: `subject-access-${stamp}.json`,
      contentType: "application/json; charset=utf-8",
      body: Buffer.from(packJson(pack)),
    };
  const body = await renderDocx(
    { title: "Your personal data", subtitle: "Subject access request", creator: env().COUNCIL_NAME },
    packBlocks(pack),
  );
  return {
    fileName: `subject-access-${stamp}.docx`,
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    body,
  };
}
