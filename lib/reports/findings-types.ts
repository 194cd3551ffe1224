// The consultation findings report (issue #10) as one typed object: the service assembles it
// from the analysis services, and the DOCX renderer and the printable page both draw this same
// object, so the Word file and the PDF can never tell two different stories.

/** One row of a count table: a category, its count and its share of the stated base. */
export type TCountRow = { label: string; n: number; percent: number | null };

export type TGunningItem = { principle: string; evidence: string[] };

export type TCodingCoverage = {
  questionKey: string;
  title: string;
  /** Submitted answers with any text. */
  commented: number;
  /** Of those, answers with at least one theme (system or officer). */
  coded: number;
  /** Of those, answers an officer has accepted, rejected or coded by hand. */
  reviewed: number;
  /** Of those, answers with themes the system suggested and no officer decision. */
  suggestedOnly: number;
};

export type TReportMethod = {
  opensAt: Date;
  closesAt: Date;
  /** Set when the closing date was extended: the date first published. */
  originalClosesAt: Date | null;
  closedEarlyAt: Date | null;
  closedEarlyReason: string | null;
  durationDays: number;
  extensions: { at: Date; detail: string }[];
  audiences: string[];
  partners: string[];
  /** Ways people could respond: online, plus every channel responses arrived through. */
  channelsUsed: string[];
  /** Channels at least one submitted response arrived through. */
  channelsReceived: string[];
  otherWaysToRespond: string | null;
  helpToTakePart: string | null;
  formatsOffered: string[];
  events: { title: string; startsAt: Date; place: string; audience: string | null; attendeeCount: number | null }[];
  documents: {
    title: string;
    kind: string;
    versions: { label: string; createdAt: Date; changeNote: string | null }[];
  }[];
  promotion: string[];
  gunning: TGunningItem[];
  coding: TCodingCoverage[];
};

export type TCampaign = { questionTitle: string; members: number };

export type TReportRespondents = {
  total: number;
  byType: TCountRow[];
  byChannel: TCountRow[];
  byFormat: TCountRow[];
  byHelp: TCountRow[];
  organisations: string[];
  campaigns: TCampaign[];
  /** Responses entered after the closing date, each with a recorded reason. */
  late: number;
  /** Open questions whose comments have been through a themes run, which is what finds campaigns. */
  campaignsChecked: number;
  openQuestions: number;
};

export type TTypeSplit = { type: string; base: number; counts: number[]; net: number | null };

export type TQuestionFindings = {
  key: string;
  title: string;
  likert: boolean;
  multiple: boolean;
  base: number;
  notAnswered: number;
  options: TCountRow[];
  net: number | null;
  /** Rows per respondent type: counts in the order of `options`. Empty without a respondent-type question. */
  byType: TTypeSplit[];
};

export type TThemeFindings = {
  questionKey: string;
  title: string;
  commented: number;
  /** n and percent count comments; eventPoints counts event feedback points, apart (issue #8). */
  themes: { name: string; description: string; n: number; percent: number | null; eventPoints: number }[];
  quotes: string[];
};

export type TEventFeedback = {
  title: string;
  startsAt: Date;
  attendeeCount: number | null;
  headings: { heading: string; points: string[] }[];
};

export type TEqualityFindings = {
  base: number;
  characteristics: { title: string; multiple: boolean; rows: { label: string; text: string }[]; total: string }[];
};

export type TAppendixTable = {
  key: string;
  title: string;
  groups: string[];
  rows: { label: string; cells: number[] }[];
  bases: number[];
};

export type TFindingsReport = {
  generatedAt: Date;
  consultation: {
    id: string;
    slug: string;
    title: string;
    summary: string;
    decisionMaker: string | null;
    forwardPlanReference: string | null;
    expectedDecisionDate: Date | null;
  };
  method: TReportMethod;
  respondents: TReportRespondents;
  results: TQuestionFindings[];
  themes: TThemeFindings[];
  events: TEventFeedback[];
  /** Null when the reader may not see the equality profile (equality.read). */
  equality: TEqualityFindings | null;
  youSaidWeDid: { theme: string; youSaid: string; weDid: string; changed: string }[];
  limitations: string[];
  appendix: TAppendixTable[];
};

/** The standard note: every report carries it, whatever the results (the themes item is worked out from the coding). */
export const STANDARD_LIMITATIONS = [
  "A consultation is not a vote or a referendum: decisions are not made by counting responses. Every response is considered on its merits, including points made by only one person.",
  "People chose to respond, so the respondents are not a representative sample of the population or of the people who use the services. Percentages describe the people who responded, not everyone affected.",
  'Percentages are of everyone who responded unless another base is given; "Not answered" is shown so the figures add up. Respondents could skip questions, and could choose more than one answer where a question allowed it.',
  'Equality figures from 1 to 9 are shown as "<10", and further figures are hidden as "[c]" where they could otherwise be worked out, so that nobody can be identified.',
];
