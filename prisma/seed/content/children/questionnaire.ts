// The children's standard questionnaire, from seeds-requirements §3.1 (sections A–J) with the
// 8 topics of the Cabinet report (C18 L2056–2066) as topic codes. Equality monitoring (§3.1 K)
// and contact opt-in (I3) are left out on purpose: other issues add them, stored separately.
import type { TQuestionnaireDefinitionInput } from "@/lib/questionnaire/definition/definition";
import { childrenSectionsA } from "./sections-a";
import { childrenSectionsB } from "./sections-b";

export const childrenQuestionnaire: TQuestionnaireDefinitionInput = {
  format: "STANDARD",
  title: "Have your say on the draft Short Breaks Strategy for Disabled Children",
  intro:
    "This questionnaire asks what you think of our draft strategy for short breaks for disabled children and young people. " +
    "No decision has been made yet. Every question is optional except the first, and you can skip anything you do not want to answer. " +
    "An Easy Read version for children and young people is available.",
  estimatedMinutes: 15,
  sections: [...childrenSectionsA, ...childrenSectionsB],
};
