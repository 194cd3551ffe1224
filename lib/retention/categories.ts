// Each kind of personal data the hub holds (issue #21): what it is, why, who sees it and when it
// goes, in words built from the retention settings. "What we hold" (the record of processing)
// and every consultation's privacy notice read these, so changing a setting changes both.
import { describePeriod, type TRetentionSettings } from "./settings";
import type { TConsultationStep } from "./plan";

export const CATEGORY_KEYS = [
  "responses",
  "freeText",
  "contacts",
  "subscriptions",
  "drafts",
  "equality",
  "files",
  "resumeTokens",
  "sentEmails",
  "exports",
  "staffSessions",
  "audit",
] as const;
export type TCategoryKey = (typeof CATEGORY_KEYS)[number];

export type TCategory = {
  key: TCategoryKey;
  label: string;
  what: string;
  who: string;
  /** When it is deleted or anonymised, in words. */
  retention: string;
  /** The per-consultation step that removes it, if any. */
  step?: TConsultationStep;
  /** Shown in a respondent's privacy notice (staff-only records are not about respondents). */
  respondent: boolean;
};

export function dataCategories(s: TRetentionSettings): TCategory[] {
  const afterOutcome = (months: number) =>
    `${describePeriod("contactMonthsAfterOutcome", months)} after we publish the outcome`;
  const noOutcome = `(or, if no outcome is published, ${describePeriod("outcomeWaitMonths", s.outcomeWaitMonths)} after the consultation closes)`;
  return [
    {
      key: "responses",
      label: "Responses",
      what: "Answers to the questions, the type of respondent, an organisation's name, and how the response reached us.",
      who: "Council staff running and analysing the consultation.",
      retention:
        "Kept as the record of the consultation, with personal details removed from free text as described below.",
      respondent: true,
      step: undefined,
    },
    {
      key: "freeText",
      label: "Free-text answers",
      what: "Comments typed in answer to open questions, which may mention names, addresses or other details.",
      who: "Council staff analysing the consultation; quotes are published only with personal details removed.",
      retention: `Personal details such as names, email addresses, phone numbers, postcodes and National Insurance numbers are removed when we publish the outcome ${noOutcome}. The original words are then destroyed.`,
      step: "freeText",
      respondent: true,
    },
    {
      key: "contacts",
      label: "Contact details",
      what: "Email addresses and names given for a receipt, a link to finish later, or updates.",
      who: "Council staff who send receipts and updates, and those answering requests about your data.",
      retention: `Deleted ${afterOutcome(s.contactMonthsAfterOutcome)} ${noOutcome}.`,
      step: "contacts",
      respondent: true,
    },
    {
      key: "subscriptions",
      label: "Update subscriptions",
      what: "Email addresses of people who asked to hear the outcome.",
      who: "The service, to send the outcome email.",
      retention: `Deleted with contact details, ${afterOutcome(s.contactMonthsAfterOutcome)}. You can unsubscribe at any time.`,
      step: "contacts",
      respondent: true,
    },
    {
      key: "drafts",
      label: "Unfinished drafts",
      what: "Responses started but never sent.",
      who: "Nobody but you, through the link we gave you.",
      retention: `Deleted ${describePeriod("draftDaysAfterClose", s.draftDaysAfterClose)} after the consultation closes.`,
      step: "drafts",
      respondent: true,
    },
    {
      key: "equality",
      label: "Equality monitoring answers",
      what: "Optional answers about age, sex, disability, ethnicity, religion, sexual orientation and caring (special category data).",
      who: "A small number of analysts, only as totals for groups, with small numbers hidden.",
      retention: `Separated from your response when we publish the outcome ${noOutcome}, so only anonymous totals remain.`,
      step: "equality",
      respondent: true,
    },
    {
      key: "files",
      label: "Drawings and scanned paper responses",
      what: "Drawings or photos sent with Easy Read answers, and scans of paper forms.",
      who: "Council staff analysing the consultation.",
      retention: `Deleted ${afterOutcome(s.filesMonthsAfterOutcome)} ${noOutcome}.`,
      step: "files",
      respondent: true,
    },
    {
      key: "resumeTokens",
      label: "Links to finish later",
      what: "Single-use links to come back to a draft (we keep only a scrambled form of them).",
      who: "Nobody: the service checks them.",
      retention: "Deleted every day once used or expired; they expire when the consultation closes.",
      respondent: true,
    },
    {
      key: "sentEmails",
      label: "Copies of emails we sent",
      what: "Receipts, links and updates, with the address they went to.",
      who: "Council staff checking that emails were delivered.",
      retention: `Deleted ${describePeriod("sentEmailDays", s.sentEmailDays)} after sending.`,
      respondent: true,
    },
    {
      key: "exports",
      label: "Export files",
      what: "Spreadsheets of responses made for analysis.",
      who: "The staff member who made the export.",
      retention: `Deleted ${describePeriod("exportFileDays", s.exportFileDays)} after they are made.`,
      respondent: false,
    },
    {
      key: "staffSessions",
      label: "Staff sign-in links and sessions",
      what: "Staff email addresses in sign-in links and signed-in sessions.",
      who: "Nobody: the service checks them.",
      retention: "Deleted every day once expired.",
      respondent: false,
    },
    {
      key: "audit",
      label: "Staff audit trail",
      what: "Which staff member did what, and when, including who viewed personal data and why.",
      who: "Administrators.",
      retention: `Deleted ${describePeriod("auditYears", s.auditYears)} after each event.`,
      respondent: false,
    },
  ];
}
