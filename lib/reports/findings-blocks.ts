// The findings report as an ordered list of neutral blocks (headings, paragraphs, lists,
// tables, charts). The DOCX renderer and the printable page each draw these blocks, so the
// wording, the tables and their figures are written once. This file: front matter, method and
// who responded; findings-blocks-results.ts: results, themes and everything after.
import { formatDate, formatDateTime } from "@/lib/text/dates";
import type { TFindingsReport } from "./findings-types";
import { coverageSentences, notCoded, totalCoverage } from "./coding-coverage";
import { resultsBlocks } from "./findings-blocks-results";
import { bullets, countTable, h, p, table, type TBlock } from "./report-blocks";

export const REPORT_TITLE = "Consultation findings report";

function methodBlocks(r: TFindingsReport): TBlock[] {
  const m = r.method;
  const period: string[][] = [
    ["Opened", formatDateTime(m.opensAt)],
    ["Closed", formatDateTime(m.closedEarlyAt ?? m.closesAt)],
    ["Duration", `${m.durationDays} days (${(m.durationDays / 7).toFixed(1)} weeks)`],
  ];
  if (m.originalClosesAt) period.push(["Originally due to close", formatDate(m.originalClosesAt)]);
  if (m.closedEarlyAt)
    period.push(["Closed early", `${formatDate(m.closedEarlyAt)}: ${m.closedEarlyReason ?? "no reason recorded"}`]);
  return [
    h(1, "Method"),
    h(2, "Dates and duration"),
    table("Consultation period", ["Item", "Detail"], period, [false, false]),
    ...m.extensions.map((e) => p(`The closing date was extended on ${formatDate(e.at)}, ${e.detail}.`)),
    h(2, "Channels and formats"),
    p(
      `${m.channelsReceived.length > 0 ? `Responses were received through: ${m.channelsReceived.join(", ")}.` : "No responses have been received yet."} Questionnaire formats offered: ${m.formatsOffered.join(", ") || "none published"}.`,
    ),
    ...(m.otherWaysToRespond ? [p(`Other ways to respond: ${m.otherWaysToRespond}`)] : []),
    ...(m.helpToTakePart ? [p(`Help to take part: ${m.helpToTakePart}`)] : []),
    h(2, "Engagement events"),
    m.events.length > 0
      ? table(
          "Engagement events",
          ["Event", "Date", "Place", "Audience", "Attended"],
          m.events.map((e) => [
            e.title,
            formatDate(e.startsAt),
            e.place,
            e.audience ?? "–",
            e.startsAt > r.generatedAt
              ? "Not held yet"
              : e.attendeeCount === null
                ? "Not recorded"
                : String(e.attendeeCount),
          ]),
          [false, false, false, false, true],
        )
      : p("No engagement events were recorded."),
    h(2, "Documents and versions"),
    m.documents.length > 0
      ? table(
          "Documents published",
          ["Document", "Type", "Versions"],
          m.documents.map((d) => [
            d.title,
            d.kind,
            d.versions
              .map((v) => `${v.label} (${formatDate(v.createdAt)})${v.changeNote ? `: ${v.changeNote}` : ""}`)
              .join("; ") || "No file uploaded",
          ]),
          [false, false, false],
        )
      : p("No documents were published with the consultation."),
    h(2, "Promotion"),
    ...bullets(m.promotion),
    h(2, "The Gunning principles"),
    p("The evidence below shows how the consultation met the four Gunning principles for a lawful consultation."),
    ...m.gunning.flatMap((g) => [h(3, g.principle), ...bullets(g.evidence)]),
    h(2, "How responses were considered"),
    ...(m.coding.length > 0
      ? [
          p(
            `Every answer to a closed question is counted in the results. ${coverageSentences(totalCoverage(m.coding)).join(" ")}`,
          ),
          table(
            "Coding and review of free-text comments",
            ["Question", "Comments", "Reviewed by an officer", "Themes only suggested by the system", "Not coded"],
            m.coding.map((c) => [
              c.title,
              String(c.commented),
              String(c.reviewed),
              String(c.suggestedOnly),
              String(notCoded(c)),
            ]),
          ),
        ]
      : [p("There were no free-text questions.")]),
  ];
}

/** "None found" only where the check for campaigns (a themes run) has been made. */
function campaignsNote(w: TFindingsReport["respondents"]): string {
  if (w.openQuestions === 0) return "The questionnaire had no free-text questions, so there were no campaigns to find.";
  if (w.campaignsChecked === 0)
    return "The comments have not been checked for campaigns (10 or more near-identical comments) yet.";
  const part =
    w.campaignsChecked < w.openQuestions
      ? ` in the comments on ${w.campaignsChecked} of the ${w.openQuestions} free-text questions; the others have not been checked yet`
      : "";
  return `No campaigns (10 or more near-identical comments) were found${part}.`;
}

function respondentBlocks(r: TFindingsReport): TBlock[] {
  const w = r.respondents;
  return [
    h(1, "Who responded"),
    p(
      `${w.total} responses were received.${w.late > 0 ? ` ${w.late} of them arrived after the closing date and ${w.late === 1 ? "was" : "were"} accepted with a recorded reason.` : ""}`,
    ),
    h(2, "By respondent type"),
    countTable("Responses by respondent type", "Respondent type", w.byType, w.total),
    h(2, "By channel"),
    countTable("Responses by channel", "Channel", w.byChannel, w.total),
    h(2, "By format"),
    countTable("Responses by format", "Format", w.byFormat, w.total),
    h(2, "How the response was completed"),
    countTable("Responses by how they were completed", "Completed", w.byHelp, w.total),
    h(2, "Organisations that responded"),
    ...(w.organisations.length > 0
      ? bullets(w.organisations)
      : [p("No responses were made on behalf of an organisation.")]),
    h(2, "Campaigns"),
    w.campaigns.length > 0
      ? table(
          "Campaign responses (reported separately)",
          ["Question", "Responses in the campaign"],
          w.campaigns.map((c) => [c.questionTitle, String(c.members)]),
        )
      : p(campaignsNote(w)),
  ];
}

/** Every block of the report, in reading order. Charts are added by `chart` so renderers choose the drawing. */
export function findingsBlocks(r: TFindingsReport): TBlock[] {
  return [
    p(`${r.consultation.title}. ${r.consultation.summary}`),
    p(
      `Report produced on ${formatDateTime(r.generatedAt)} from ${r.respondents.total} submitted responses.${r.consultation.decisionMaker ? ` Decision maker: ${r.consultation.decisionMaker}.` : ""}`,
    ),
    ...methodBlocks(r),
    ...respondentBlocks(r),
    ...resultsBlocks(r),
  ];
}
