// A consultation with known answers for the findings report tests: 13 submitted responses over
// three channels and both formats, a draft that must not count, an organisation, free text with
// personal data, equality answers small enough to trigger disclosure control, an event with
// feedback, an extension, a coded and starred comment and a "You said, we did" entry.
import { db } from "@/lib/db";
import type { StaffPrincipal, TRole } from "@/lib/permissions/permissions";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { runThemes } from "@/lib/services/analysis/free-text/run-themes";
import { editCodebook } from "@/lib/services/analysis/free-text/codebook";
import { setQuoteStar } from "@/lib/services/analysis/free-text/quotes";
import { saveYouSaidWeDid } from "@/lib/services/analysis/free-text/you-said-we-did";
import { ANALYSIS_DEFINITION } from "../../support/analysis-definition";
import { createConsultation, type TFixture } from "../respond/respond-fixtures";

export const EMAIL = "jo.bloggs@example.com";
export const STARRED = `The bus to the centre takes two hours each way, email me at ${EMAIL}`;
export const ORGANISATION = "Carers Bucks";

type Crafted = {
  who: string;
  plan?: string;
  uses?: string[];
  why?: string;
  channel?: "ONLINE" | "PAPER" | "PHONE";
  format?: "STANDARD" | "EASY_READ";
  sex?: string;
  org?: string;
  helped?: "WITH_SUPPORT_WORKER";
};

/** Plan: strongly agree 1, agree 5, neither 1, disagree 3, strongly disagree 1, not answered 2 of 13. */
const CRAFTED: Crafted[] = [
  { who: "parent-carer", plan: "strongly-agree", uses: ["club", "camp"], why: STARRED },
  { who: "parent-carer", plan: "agree", uses: ["club"], why: "Transport to the short break is too far for us" },
  { who: "parent-carer", plan: "agree", why: "The club is wonderful and the staff are kind" },
  {
    who: "parent-carer",
    plan: "disagree",
    channel: "PAPER",
    why: "The journey by bus and transport costs are too high",
  },
  { who: "parent-carer", plan: "neither" },
  { who: "carer", plan: "agree", channel: "PHONE", helped: "WITH_SUPPORT_WORKER" },
  { who: "carer", plan: "strongly-disagree", why: "Cutting nights will hurt carers who need a rest" },
  { who: "carer", plan: "disagree" },
  { who: "carer" },
  { who: "young-person", plan: "agree", format: "EASY_READ", helped: "WITH_SUPPORT_WORKER" },
  { who: "young-person", plan: "agree", format: "EASY_READ" },
  { who: "young-person", format: "EASY_READ" },
  { who: "organisation", plan: "disagree", org: ORGANISATION, why: "Transport must be planned with families" },
];

export async function staffMember(role: TRole): Promise<StaffPrincipal> {
  const u = await db().user.create({
    data: { email: `report-${role}-${Date.now()}-${Math.random()}@council.example`, role },
  });
  return { id: u.id, email: u.email, name: null, role };
}

export async function reportConsultation(officer: StaffPrincipal): Promise<TFixture & { title: string }> {
  const f = await createConsultation({ definition: ZQuestionnaireDefinition.parse(ANALYSIS_DEFINITION), open: false });
  const c = await db().consultation.findUniqueOrThrow({ where: { id: f.consultationId } });
  const originalClosesAt = new Date(c.closesAt.getTime() - 14 * 86_400_000);
  await db().consultation.update({
    where: { id: c.id },
    data: {
      originalClosesAt,
      publishedAt: c.opensAt,
      decisionMaker: "Cabinet Member for Health and Wellbeing",
      partners: ["Parent Forum"],
      promotionNotes: "Letters to every family on the short breaks register.",
    },
  });
  await db().auditEvent.create({
    data: {
      actorId: officer.id,
      actorLabel: officer.email,
      action: "consultation.extend",
      targetType: "Consultation",
      targetId: c.id,
      detail: `${originalClosesAt.toISOString()} → ${c.closesAt.toISOString()}`,
    },
  });
  let starredAnswer = "";
  for (const [i, x] of CRAFTED.entries()) {
    const r = await db().response.create({
      data: {
        consultationId: c.id,
        versionId: f.versionId,
        format: x.format ?? "STANDARD",
        channel: x.channel ?? "ONLINE",
        status: "SUBMITTED",
        respondentType: x.who,
        organisationName: x.org ?? null,
        completedHow: x.helped ?? null,
        submittedAt: new Date(c.opensAt.getTime() + (i + 1) * 86_400_000),
      },
    });
    const answers = [
      { questionKey: "who", optionKeys: [x.who] },
      ...(x.plan ? [{ questionKey: "plan", optionKeys: [x.plan] }] : []),
      ...(x.uses ? [{ questionKey: "uses", optionKeys: x.uses }] : []),
      ...(x.why ? [{ questionKey: "why", optionKeys: [], text: x.why }] : []),
    ];
    await db().answer.createMany({ data: answers.map((a) => ({ responseId: r.id, ...a })) });
    if (x.why === STARRED)
      starredAnswer = (await db().answer.findFirstOrThrow({ where: { responseId: r.id, questionKey: "why" } })).id;
    // 11 female and 2 male: the two become "<10", and the female count must then be hidden too.
    await db().equalityMonitoring.create({
      data: { responseId: r.id, answers: { "equality-sex": { optionKey: i < 11 ? "female" : "male" } } },
    });
  }
  await db().response.create({
    data: {
      consultationId: c.id,
      versionId: f.versionId,
      format: "STANDARD",
      status: "DRAFT",
      respondentType: "carer",
    },
  });
  const event = await db().engagementEvent.create({
    data: {
      consultationId: c.id,
      title: "Parent forum session",
      startsAt: new Date(c.opensAt.getTime() + 5 * 86_400_000),
      place: "Aylesbury Library",
      attendeeCount: 14,
    },
  });
  await db().eventFeedbackPoint.createMany({
    data: [
      { eventId: event.id, heading: "What works well", text: "Friendly and skilled staff", position: 0 },
      { eventId: event.id, heading: "What worries you", text: "Long journeys to the centre", position: 1 },
    ],
  });
  const q = { consultationId: c.id, questionKey: "why" };
  await runThemes(officer, { ...q, seed: 1 });
  await editCodebook(officer, {
    ...q,
    op: "addCode",
    name: "Transport",
    description: "Buses, journeys, travel and transport costs to short breaks.",
  });
  await setQuoteStar(officer, { answerId: starredAnswer, starred: true });
  await saveYouSaidWeDid(officer, {
    consultationId: c.id,
    theme: "Transport",
    youSaid: "Journeys to short breaks are too long",
    weDid: "We will run sessions closer to home",
    changed: "Two new local venues",
  });
  return { ...f, title: c.title };
}
