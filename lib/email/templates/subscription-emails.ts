// The words of the subscription emails. Plain text first: it is what every client shows.
import "server-only";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/text/dates";

type TConsultationRef = { slug: string; title: string; outcomeDecidedAt?: Date | null };

const link = (path: string) => new URL(path, env().APP_URL).toString();
const updatesLink = (slug: string, page: string, token: string) =>
  link(`/consultations/${slug}/updates/${page}?token=${encodeURIComponent(token)}`);

export function confirmMail(c: TConsultationRef, to: string, token: string) {
  return {
    to,
    subject: `Confirm you want updates on ${c.title}`,
    text: [
      `You asked to be emailed when we publish the outcome of "${c.title}".`,
      "",
      'Open this link and press "Confirm email updates":',
      updatesLink(c.slug, "confirm", token),
      "",
      "If you did not ask for this, ignore this email and you will not hear from us.",
    ].join("\n"),
  };
}

export function outcomeMail(c: TConsultationRef, to: string, token: string) {
  return {
    to,
    subject: `Outcome published: ${c.title}`,
    text: [
      `We have published what we decided after the consultation "${c.title}"${c.outcomeDecidedAt ? `, decided on ${formatDate(c.outcomeDecidedAt)}` : ""}.`,
      "",
      "Read what you said and what we did:",
      link(`/consultations/${c.slug}/outcome`),
      "",
      "This is the only email we will send about it. To stop updates anyway, open:",
      updatesLink(c.slug, "unsubscribe", token),
    ].join("\n"),
  };
}
