// The adults' standard questionnaire, from seeds-requirements §3.3 (sections A–K), with the
// 5 principles of the draft strategy (C18 L2082–2088) as topic codes. Equality monitoring and
// contact details are left out on purpose: other issues add them, stored separately.
import type { TQuestionnaireDefinitionInput } from "@/lib/questionnaire/definition/definition";
import { adultSectionsA } from "./sections-a";
import { adultSectionsB } from "./sections-b";

export const adultQuestionnaire: TQuestionnaireDefinitionInput = {
  format: "STANDARD",
  title: "Have your say on the draft Adult Short Breaks Strategy",
  intro:
    "This questionnaire asks what you think of our draft strategy for short breaks for adults with care and support needs and their carers. " +
    "No decision has been made yet. Every question is optional except the first. An Easy Read version is available, and TalkBack can help you take part.",
  estimatedMinutes: 15,
  sections: [...adultSectionsA, ...adultSectionsB],
};
