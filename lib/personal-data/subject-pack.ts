// A subject access pack (issue #21): everything held about one person, as the JSON file and the
// readable document's blocks. Pure: lib/services/personal-data gathers the rows.
import { formatDateTime } from "@/lib/text/dates";
import { bullets, h, p, table, type TBlock } from "@/lib/reports/report-blocks";

export type TPackAnswer = { question: string; answer: string };
export type TPackResponse = {
  reference: string | null;
  consultation: string;
  status: string;
  channel: string;
  startedAt: Date;
  submittedAt: Date | null;
  answers: TPackAnswer[];
  equality: TPackAnswer[];
  files: string[];
};
export type TPackContact = { email: string; name: string | null; wantsUpdates: boolean; response: string };
export type TPackSubscription = {
  consultation: string;
  email: string;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
  createdAt: Date;
};
export type TPackEmail = { to: string; subject: string; createdAt: Date; sentAt: Date | null };
export type TPackAuditEvent = { at: Date; action: string; by: string; detail: string | null };

export type TSubjectPack = {
  generatedAt: Date;
  council: string;
  responses: TPackResponse[];
  contacts: TPackContact[];
  subscriptions: TPackSubscription[];
  emails: TPackEmail[];
  auditEvents: TPackAuditEvent[];
};

const responseName = (r: Pick<TPackResponse, "reference" | "status">) =>
  r.reference ?? (r.status === "Draft" ? "Unfinished draft" : "Response without a reference");
const when = (d: Date | null) => (d ? formatDateTime(d) : "–");

/** The pack as one JSON document, dates as ISO strings. */
export function packJson(pack: TSubjectPack): string {
  return JSON.stringify(pack, null, 2);
}

export function packBlocks(pack: TSubjectPack): TBlock[] {
  const blocks: TBlock[] = [
    p(
      `This is everything ${pack.council} holds about you in its consultation hub, made on ${formatDateTime(pack.generatedAt)}.`,
    ),
    h(1, `Your responses (${pack.responses.length})`),
  ];
  if (pack.responses.length === 0) blocks.push(p("We hold no responses from you."));
  for (const r of pack.responses) {
    blocks.push(h(2, `${responseName(r)}: ${r.consultation}`));
    blocks.push(
      ...bullets([
        `Status: ${r.status}`,
        `How it reached us: ${r.channel}`,
        `Started: ${when(r.startedAt)}`,
        `Sent: ${when(r.submittedAt)}`,
      ]),
    );
    if (r.answers.length > 0)
      blocks.push(
        table(
          `Answers in ${responseName(r)}`,
          ["Question", "Your answer"],
          r.answers.map((a) => [a.question, a.answer]),
          [false, false],
        ),
      );
    if (r.equality.length > 0)
      blocks.push(
        table(
          `Equality monitoring answers in ${responseName(r)}`,
          ["Question", "Your answer"],
          r.equality.map((a) => [a.question, a.answer]),
          [false, false],
        ),
      );
    if (r.files.length > 0) blocks.push(p(`Files you sent: ${r.files.join(", ")}`));
  }
  blocks.push(h(1, "Your contact details"));
  blocks.push(
    pack.contacts.length === 0
      ? p("We hold no contact details for you.")
      : table(
          "Contact details",
          ["Email", "Name", "Wants updates", "Given with"],
          pack.contacts.map((c) => [c.email, c.name ?? "–", c.wantsUpdates ? "Yes" : "No", c.response]),
          [false, false, false, false],
        ),
  );
  blocks.push(h(1, "Updates you asked for"));
  blocks.push(
    pack.subscriptions.length === 0
      ? p("You have not asked us to email you about any outcome.")
      : table(
          "Subscriptions",
          ["Consultation", "Email", "Confirmed", "Unsubscribed"],
          pack.subscriptions.map((s) => [s.consultation, s.email, when(s.confirmedAt), when(s.unsubscribedAt)]),
          [false, false, false, false],
        ),
  );
  blocks.push(h(1, "Emails we sent you"));
  blocks.push(
    pack.emails.length === 0
      ? p("We hold no copies of emails to you.")
      : table(
          "Emails",
          ["Subject", "Sent"],
          pack.emails.map((e) => [e.subject, when(e.sentAt)]),
          [false, false],
        ),
  );
  blocks.push(h(1, "What our staff did with your responses"));
  blocks.push(
    pack.auditEvents.length === 0
      ? p("Our audit trail records nothing about your responses.")
      : table(
          "Audit trail",
          ["When", "What", "Who"],
          pack.auditEvents.map((e) => [formatDateTime(e.at), e.action, e.by]),
          [false, false, false],
        ),
  );
  return blocks;
}
