// Crafted free-text answers for the themes tests: three clear topics, a 12-copy campaign,
// answers carrying personal data, a non-answer, and a draft that analysis must ignore.
import { db } from "@/lib/db";
import type { StaffPrincipal, TRole } from "@/lib/permissions/permissions";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { createConsultation, type TFixture } from "../respond/respond-fixtures";

export const THEMES_DEFINITION = ZQuestionnaireDefinition.parse({
  format: "STANDARD",
  title: "Themes test",
  sections: [
    {
      key: "s",
      title: "Questions",
      questions: [
        { key: "plan", type: "likert", title: "Do you agree with the plan?" },
        { key: "why", type: "longText", title: "Why do you say that?" },
      ],
    },
  ],
});

const TOPICS = [
  [
    "car parking spaces near the centre are too few",
    "parking permits cost too much for residents",
    "parking charges put drivers off visiting",
    "there are not enough parking spaces for carers",
  ],
  [
    "the library opening hours should be longer",
    "keep the library open for children's reading groups",
    "library books and study space matter to students",
    "librarians help older people with computers at the library",
  ],
  [
    "flooding on the high street blocks the drains",
    "the drains flood every time it rains heavily",
    "flood defences by the river need repair",
    "gullies and drains are blocked and cause flooding",
  ],
];
export const CAMPAIGN =
  "Save our short breaks. The council must keep every short break service open because families depend on them and cuts would hurt disabled children.";
export const EMAIL = "jo.bloggs@example.com";
export const PERSONAL = `Parking near my house is impossible, email me at ${EMAIL} or call 07700 900123`;

export async function staffMember(role: TRole): Promise<StaffPrincipal> {
  const u = await db().user.create({
    data: { email: `themes-${role}-${Date.now()}-${Math.random()}@council.example`, role },
  });
  return { id: u.id, email: u.email, name: null, role };
}

/** Every answer text in creation order (submitted ones only). */
export function answerTexts(): string[] {
  const texts: string[] = [];
  for (let round = 0; round < 4; round++)
    for (const topic of TOPICS)
      for (const t of topic) texts.push(`${t}${round ? ` (${["", "really", "honestly", "truly"][round]})` : ""}`);
  for (let i = 0; i < 12; i++) texts.push(i % 3 ? CAMPAIGN : `${CAMPAIGN} My son goes every week.`);
  texts.push(PERSONAL, "n/a");
  return texts;
}

/** A consultation whose "why" answers are `texts`, submitted in that order, plus one draft. */
export async function themesConsultation(
  texts: string[] = answerTexts(),
): Promise<TFixture & { answerIds: string[]; draftAnswerId: string }> {
  const f = await createConsultation({ definition: THEMES_DEFINITION });
  const answerIds: string[] = [];
  for (const text of texts) {
    const r = await db().response.create({
      data: {
        consultationId: f.consultationId,
        versionId: f.versionId,
        format: "STANDARD",
        status: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    answerIds.push(
      (await db().answer.create({ data: { responseId: r.id, questionKey: "why", optionKeys: [], text } })).id,
    );
  }
  const draft = await db().response.create({
    data: { consultationId: f.consultationId, versionId: f.versionId, format: "STANDARD", status: "DRAFT" },
  });
  const draftAnswer = await db().answer.create({
    data: { responseId: draft.id, questionKey: "why", optionKeys: [], text: "a draft about parking" },
  });
  return { ...f, answerIds, draftAnswerId: draftAnswer.id };
}
