// A consultation's privacy notice (issue #21), built from the retention settings and the
// consultation's own dates, so it says what the schedule will actually do: changing a setting
// changes every notice. Pure; the page renders the sections.
import { formatDate } from "@/lib/text/dates";
import { dataCategories } from "./categories";
import { planConsultation, type TConsultationFacts, type TConsultationStep } from "./plan";
import type { TRetentionSettings } from "./settings";

export type TNoticeSection = { heading: string; paragraphs: string[]; bullets?: string[] };

export type TNoticeInput = {
  council: string;
  /** The data protection officer's address. */
  dpoEmail: string;
  consultation: TConsultationFacts & { partners: string[]; contactEmail: string };
  settings: TRetentionSettings;
};

export function privacyNotice({ council, dpoEmail, consultation: c, settings }: TNoticeInput): TNoticeSection[] {
  const categories = dataCategories(settings).filter((k) => k.respondent);
  const planned = new Map(planConsultation(c, settings).map((s) => [s.step, s]));
  const dateOf = (step: TConsultationStep | undefined): string | null => {
    const s = step ? planned.get(step) : undefined;
    if (!s) return null;
    if (s.doneAt) return `Done on ${formatDate(s.doneAt)}.`;
    // Until the outcome is published, the date assumes none follows: publishing one brings it forward.
    return c.outcomePublishedAt || step === "drafts"
      ? `For this consultation: ${formatDate(s.dueAt)}.`
      : `For this consultation: by ${formatDate(s.dueAt)} at the latest.`;
  };
  return [
    {
      heading: "Who is responsible for your information",
      paragraphs: [
        `${council} is the data controller for the information you give in this consultation. You can contact our data protection officer at ${dpoEmail}.`,
        ...(c.partners.length > 0
          ? [
              `We run this consultation with ${c.partners.join(", ")}. They see only the anonymised findings, unless they tell you otherwise.`,
            ]
          : []),
      ],
    },
    {
      heading: "Why we can use it",
      paragraphs: [
        "Our lawful basis is public task (UK GDPR Article 6(1)(e)): consulting people before we make decisions is part of the council's functions.",
        "For the optional equality monitoring questions, which are special category data, it is substantial public interest in equality of opportunity or treatment (Article 9(2)(g) and the Data Protection Act 2018, Schedule 1, paragraph 8).",
      ],
    },
    {
      heading: "What we collect, who sees it, and when we delete it",
      paragraphs: [],
      bullets: categories.map((k) =>
        [`${k.label}: ${k.what}`, `Who sees it: ${k.who}`, `When: ${k.retention}`, dateOf(k.step)]
          .filter(Boolean)
          .join(" "),
      ),
    },
    {
      heading: "Legal proceedings",
      paragraphs: [
        "If this consultation becomes the subject of legal proceedings, such as a judicial review, we keep its information until they end, and then delete it as above.",
      ],
    },
    {
      heading: "Your rights",
      paragraphs: [
        `You can ask for a copy of everything we hold about you, or ask us to delete it, by emailing ${dpoEmail} with your email address or your response reference. We answer within one month.`,
        "Once the outcome is published we cannot delete your answers from the published figures, so we remove everything that could identify you instead.",
        "If you are unhappy with how we have used your information, you can complain to the Information Commissioner's Office (ico.org.uk).",
      ],
    },
  ];
}
