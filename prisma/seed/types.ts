// Shapes of the seed content. Dates are offsets from "today" so that, whenever the seed
// runs, one consultation is open and one is closed with responses.
import type { TQuestionnaireDefinitionInput } from "@/lib/questionnaire/definition/definition";
import type { TEasyReadSummary } from "../../lib/questionnaire/easy-read/summary";

export type SeedAudience =
  | "PARENTS_CARERS"
  | "CHILDREN_YOUNG_PEOPLE"
  | "ADULTS_USING_SERVICES"
  | "CARERS"
  | "PROFESSIONALS"
  | "PROVIDERS"
  | "ORGANISATIONS"
  | "COUNCILLORS";

export type SeedEvent = {
  title: string;
  /** Days after the consultation opens. */
  dayOffset: number;
  /** 24-hour local (Europe/London) times, "HH:MM". */
  startTime: string;
  endTime?: string;
  place: string;
  audience?: string;
  accessibilityNotes?: string;
  booking?: string;
};

export type SeedConsultation = {
  slug: string;
  title: string;
  summary: string;
  /** Markdown: the strategy's sections as ## headings. */
  body: string;
  /** Markdown: why we are consulting and the reasons for the proposals. */
  reasons: string;
  audiences: SeedAudience[];
  isServiceChange: boolean;
  referencePrefix: string;
  partners: string[];
  /** Days from today that it opens (negative = in the past). Open period is durationDays. */
  opensInDays: number;
  durationDays: number;
  contactRole: string;
  contactEmail: string;
  contactPhone?: string;
  contactAddress?: string;
  otherWaysToRespond: string;
  helpToTakePart: string;
  privacyNotice: string;
  decisionMaker: string;
  keyDecision: boolean;
  forwardPlanReference?: string;
  /** Days after closing that the decision is expected. */
  decisionDaysAfterClose: number;
  resultsExpectedText: string;
  proposals: { title: string; description: string; reasons?: string }[];
  topics: { code: string; label: string; description?: string }[];
  events: SeedEvent[];
  questionnaire: TQuestionnaireDefinitionInput;
  /** The Easy Read summary of the consultation document (issue #7). */
  easyReadSummary?: TEasyReadSummary;
  /** The linked Easy Read questionnaire (issue #7), published as its own version 1. */
  easyReadQuestionnaire?: TQuestionnaireDefinitionInput;
  /** How many synthetic responses to generate (0 for the open one is fine). */
  seedResponses: number;
};
