// Finds everything held about one person (issue #21), by an email address or a response
// reference. A reference also brings in the email given with that response, and so that
// email's other responses and subscriptions: a person is found whichever they quote.
import "server-only";
import { db } from "@/lib/db";

export type TSubjectRows = { emails: string[]; responseIds: string[]; subscriptionIds: string[]; outboxIds: string[] };

const looksLikeEmail = (q: string) => q.includes("@");

/** Rows about the person; empty lists when nothing matches. Emails are matched ignoring case. */
export async function findSubjectRows(query: string): Promise<TSubjectRows> {
  const q = query.trim();
  const emails = new Set<string>();
  const responseIds = new Set<string>();
  if (looksLikeEmail(q)) emails.add(q.toLowerCase());
  else {
    const response = await db().response.findUnique({
      where: { reference: q.toUpperCase() },
      select: { id: true, contact: { select: { email: true } } },
    });
    if (response) {
      responseIds.add(response.id);
      if (response.contact) emails.add(response.contact.email.toLowerCase());
    }
  }
  const list = [...emails];
  if (list.length > 0) {
    const contacts = await db().respondentContact.findMany({
      where: { OR: list.map((email) => ({ email: { equals: email, mode: "insensitive" as const } })) },
      select: { responseId: true },
    });
    for (const c of contacts) responseIds.add(c.responseId);
  }
  const [subscriptions, outbox] =
    list.length === 0
      ? [[], []]
      : await Promise.all([
          db().outcomeSubscription.findMany({
            where: { OR: list.map((email) => ({ email: { equals: email, mode: "insensitive" as const } })) },
            select: { id: true },
          }),
          db().emailOutbox.findMany({
            where: { OR: list.map((email) => ({ to: { equals: email, mode: "insensitive" as const } })) },
            select: { id: true },
          }),
        ]);
  return {
    emails: list,
    responseIds: [...responseIds],
    subscriptionIds: subscriptions.map((s) => s.id),
    outboxIds: outbox.map((o) => o.id),
  };
}

export function describeMatches(rows: TSubjectRows): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${n(rows.responseIds.length, "response or draft", "responses or drafts")}, ${n(rows.subscriptionIds.length, "subscription", "subscriptions")}, ${n(rows.outboxIds.length, "email", "emails")}`;
}
