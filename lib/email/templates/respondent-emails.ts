// The emails a respondent gets: their receipt (reference, a copy of their answers, a link to
// view, change or withdraw), a "come back later" link and a withdrawal confirmation. Each has
// plain text and HTML; every value is escaped in the HTML, because answers are free text typed
// by anyone. Equality monitoring answers are never included: email is not a safe place for them.
import { escapeHtml, htmlDocument, link, paragraph, type TEmail } from "./html";
import type { TSummarySection } from "@/lib/respond/answer-summary";

export type TReceiptEmailInput = {
  consultationTitle: string;
  reference: string;
  /** "10:15am on 3 March 2026". */
  sentAt: string;
  /** The respondent's answers, without equality monitoring pages. */
  sections: readonly TSummarySection[];
  /** View, change or withdraw. */
  receiptUrl: string;
  /** "11:59pm on 22 December 2026": until when the link can change or withdraw. */
  closesAt: string;
  resultsExpectedText?: string | null;
  /** True when this receipt follows a change to an earlier response. */
  changed: boolean;
};

export function receiptEmail(input: TReceiptEmailInput): TEmail {
  const subject = `${input.changed ? "Your changed response" : "Your response"} to ${input.consultationTitle}: ${input.reference}`;
  const intro = input.changed
    ? `We have received the changes to your response to "${input.consultationTitle}".`
    : `Thank you for responding to "${input.consultationTitle}".`;
  const manage = `You can view, change or withdraw your response until ${input.closesAt}, when the consultation closes:`;
  const next =
    input.resultsExpectedText ?? "We will publish what people told us, and what we decided, on the consultation page.";
  const answered = input.sections
    .map((s) => ({ ...s, rows: s.rows.filter((r) => r.answered) }))
    .filter((s) => s.rows.length > 0);

  const text = [
    intro,
    `Your reference is ${input.reference}. We received your response at ${input.sentAt}.`,
    manage,
    input.receiptUrl,
    "Anyone with this link can see your answers, so do not share it.",
    "What happens next",
    next,
    "Your answers",
    ...answered.map((s) =>
      [s.title.toUpperCase(), ...s.rows.map((r) => `${r.question}\n${r.lines.map((l) => `  ${l}`).join("\n")}`)].join(
        "\n\n",
      ),
    ),
    "Questions you did not answer are not listed. Your equality monitoring answers, if you gave any, are kept separately and are not included in this email.",
  ].join("\n\n");

  const answersHtml = answered
    .map(
      (s) =>
        `<h3 style="font-size:19px;margin:24px 0 8px">${escapeHtml(s.title)}</h3><dl style="margin:0">` +
        s.rows
          .map(
            (r) =>
              `<dt style="font-weight:bold;margin-top:12px">${escapeHtml(r.question)}</dt>` +
              r.lines.map((l) => `<dd style="margin:4px 0 0 0">${escapeHtml(l)}</dd>`).join(""),
          )
          .join("") +
        "</dl>",
    )
    .join("");
  const html = htmlDocument(
    subject,
    [
      paragraph(intro),
      `<p style="margin:0 0 16px">Your reference is <strong>${escapeHtml(input.reference)}</strong>. We received your response at ${escapeHtml(input.sentAt)}.</p>`,
      paragraph(manage),
      `<p style="margin:0 0 16px">${link(input.receiptUrl, "View, change or withdraw your response")}</p>`,
      paragraph("Anyone with this link can see your answers, so do not share it."),
      '<h2 style="font-size:24px">What happens next</h2>',
      paragraph(next),
      '<h2 style="font-size:24px">Your answers</h2>',
      answersHtml,
      paragraph(
        "Questions you did not answer are not listed. Your equality monitoring answers, if you gave any, are kept separately and are not included in this email.",
      ),
    ].join(""),
  );
  return { subject, text, html };
}

export type TResumeEmailInput = { consultationTitle: string; resumeUrl: string; closesAt: string };

export function resumeLinkEmail(input: TResumeEmailInput): TEmail {
  const subject = `Continue your response to ${input.consultationTitle}`;
  const lines = [
    `You saved your response to "${input.consultationTitle}" so you can come back to it later.`,
    "Use this link to continue where you left off. It works once, on any device:",
  ];
  const after = [
    `The link stops working when the consultation closes at ${input.closesAt}. If you need another link, open the questionnaire again and choose "Save and come back later".`,
    "If you did not ask for this email, you can ignore it.",
  ];
  return {
    subject,
    text: [...lines, input.resumeUrl, ...after].join("\n\n"),
    html: htmlDocument(
      subject,
      [
        ...lines.map(paragraph),
        `<p style="margin:0 0 16px">${link(input.resumeUrl, "Continue your response")}</p>`,
        ...after.map(paragraph),
      ].join(""),
    ),
  };
}

export type TWithdrawalEmailInput = { consultationTitle: string; reference: string };

export function withdrawalEmail(input: TWithdrawalEmailInput): TEmail {
  const subject = `You withdrew your response to ${input.consultationTitle}: ${input.reference}`;
  const lines = [
    `You have withdrawn your response ${input.reference} to "${input.consultationTitle}".`,
    "We will not include it in our analysis or in the report to councillors.",
    "If you did not do this, contact the council's consultation team.",
  ];
  return { subject, text: lines.join("\n\n"), html: htmlDocument(subject, lines.map(paragraph).join("")) };
}
