// The authorisation table's entries for the free-text themes screens (issue #9 part 4), merged
// into endpoint-table-areas.ts. The fixture writes its rows straight to the database, so the
// only audit rows a call adds are the action's own.
import { FALLBACK_CODES } from "@/lib/services/analysis/free-text/codebook-edits";
import { THEMES_DEFINITION } from "../analysis/free-text-fixtures";
import { makeConsultation } from "../publishing/fixtures";
import { noQuery, type ActionEntry, type PageEntry, type TableContext } from "./endpoint-table-support";

const THEMES = "app/(staff)/staff/consultations/[id]/analysis/themes";
const TEXTS = [
  "Parking near the centre is too hard",
  "Parking permits cost too much",
  "The library should open longer",
  "Keep the library open at weekends",
  "n/a",
];
const DAY = 86_400_000;

/** A closed consultation with one open question ("why"), redacted answers, a run, a codebook (T1 Parking) and open suggestions. */
async function themesFixture(ctx: TableContext) {
  const db = ctx.world.db;
  const c = await makeConsultation(db, "draft", {
    stage: "PUBLISHED",
    opensAt: new Date(Date.now() - 60 * DAY),
    closesAt: new Date(Date.now() - DAY),
  });
  const q = await db.questionnaire.create({
    data: {
      consultationId: c.id,
      format: "STANDARD",
      draft: THEMES_DEFINITION as object,
      versions: { create: { number: 1, definition: THEMES_DEFINITION as object } },
    },
    include: { versions: true },
  });
  const answerIds: string[] = [];
  for (const [i, text] of TEXTS.entries()) {
    const response = await db.response.create({
      data: {
        consultationId: c.id,
        versionId: q.versions[0].id,
        format: "STANDARD",
        status: "SUBMITTED",
        submittedAt: new Date(),
        reference: `TH-${ctx.unique()}-${i}`,
      },
    });
    const answer = await db.answer.create({
      data: { responseId: response.id, questionKey: "why", optionKeys: [], text },
    });
    await db.redactedAnswer.create({
      data: { answerId: answer.id, consultationId: c.id, questionKey: "why", text, redactedAt: new Date() },
    });
    answerIds.push(answer.id);
  }
  await db.themeRun.create({
    data: {
      consultationId: c.id,
      questionKey: "why",
      seed: 1,
      answerCount: TEXTS.length,
      redactionCount: 0,
      campaigns: [],
      candidates: [
        {
          label: "Library hours",
          distinctiveTerms: ["library"],
          approxCount: 2,
          memberIds: answerIds.slice(2, 4),
          quoteIds: answerIds.slice(2, 4),
          closedSplit: {},
        },
      ],
      createdAt: new Date(),
    },
  });
  const codes = [
    { id: "T1", name: "Parking", description: "Car parking and permits.", examples: [], origin: "MANUAL" },
    ...FALLBACK_CODES,
  ];
  const codebook = await db.codebook.create({
    data: {
      consultationId: c.id,
      questionKey: "why",
      createdAt: new Date(),
      versions: { create: { number: 1, codes, note: 'Added "Parking"', createdAt: new Date() } },
    },
  });
  const suggestion = {
    codebookId: codebook.id,
    codeId: "T1",
    score: 0.4,
    confidence: 0.9,
    evidence: { sharedTerms: ["parking"], fromNeighbours: 0 },
    assignedBy: "SYSTEM" as const,
    versionNumber: 1,
  };
  const first = await db.themeAssignment.create({ data: { ...suggestion, answerId: answerIds[0] } });
  await db.themeAssignment.create({ data: { ...suggestion, answerId: answerIds[1] } });
  return { consultationId: c.id, answerIds, assignmentId: first.id };
}

const target = async (ctx: TableContext) => {
  const f = await themesFixture(ctx);
  return { ...f, form: { consultationId: f.consultationId, questionKey: "why" } };
};

export const THEMES_ACTIONS: Record<string, ActionEntry> = {
  [`${THEMES}/actions.ts#runThemesAction`]: {
    access: "comment.code",
    input: async (ctx) => (await target(ctx)).form,
    audit: "analysis.themesRun",
  },
  [`${THEMES}/actions.ts#editCodebookAction`]: {
    access: "comment.code",
    input: async (ctx) => ({
      ...(await target(ctx)).form,
      op: "addCode",
      name: "Transport",
      description: "Buses and lifts.",
    }),
    audit: "analysis.codebookEdit",
  },
  [`${THEMES}/actions.ts#pinExampleAction`]: {
    access: "comment.code",
    input: async (ctx) => {
      const f = await target(ctx);
      return { ...f.form, codeId: "T1", pin: f.answerIds[0] };
    },
    audit: "analysis.codebookEdit",
  },
  [`${THEMES}/actions.ts#reviewThemesAction`]: {
    access: "comment.code",
    input: async (ctx) => {
      const f = await target(ctx);
      return { ...f.form, [`decision-${f.assignmentId}`]: "ACCEPTED", [`add-${f.answerIds[2]}`]: "T1" };
    },
    audit: "analysis.themeReview",
  },
  [`${THEMES}/actions.ts#bulkAcceptAction`]: {
    access: "comment.code",
    input: async (ctx) => ({ ...(await target(ctx)).form, codeId: "T1", confidence: "high" }),
    audit: "analysis.themeReview",
  },
  [`${THEMES}/actions.ts#quoteStarsAction`]: {
    access: "comment.code",
    input: async (ctx) => {
      const f = await target(ctx);
      return { ...f.form, codeId: "T1", shown: f.answerIds.slice(0, 2).join(","), [`star-${f.answerIds[0]}`]: "yes" };
    },
    audit: "analysis.quoteStar",
  },
  [`${THEMES}/actions.ts#youSaidWeDidAction`]: {
    access: "outcome.edit",
    input: async (ctx) => ({
      consultationId: (await themesFixture(ctx)).consultationId,
      theme: "Parking",
      youSaid: "Too few spaces.",
      weDid: "We will add spaces.",
      changed: "The plan adds a car park.",
    }),
    audit: "outcome.youSaidWeDid",
  },
};

// Event feedback in analysis (issue #8): an event of the themes fixture with two points, coded
// against "why", one of them with an open suggestion of T1.
const EVENTS = "app/(staff)/staff/consultations/[id]/analysis/events";
async function eventThemesFixture(ctx: TableContext) {
  const f = await themesFixture(ctx);
  const db = ctx.world.db;
  const event = await db.engagementEvent.create({
    data: {
      consultationId: f.consultationId,
      title: "Parent carer session",
      startsAt: new Date(),
      place: "Library",
      themeQuestionKey: "why",
      feedback: {
        create: [
          { heading: "What worries you", text: "Parking at the centre", position: 0 },
          { heading: "What works well", text: "Library staff", position: 1 },
        ],
      },
    },
    include: { feedback: { orderBy: { position: "asc" } } },
  });
  const codebook = await db.codebook.findFirstOrThrow({
    where: { consultationId: f.consultationId, questionKey: "why" },
  });
  const suggestion = await db.eventPointTheme.create({
    data: {
      codebookId: codebook.id,
      pointId: event.feedback[0].id,
      codeId: "T1",
      score: 0.3,
      confidence: 0.8,
      evidence: { sharedTerms: ["parking"], fromNeighbours: 0 },
      assignedBy: "SYSTEM",
      versionNumber: 1,
    },
  });
  return {
    consultationId: f.consultationId,
    eventId: event.id,
    pointIds: event.feedback.map((p) => p.id),
    suggestionId: suggestion.id,
  };
}

export const EVENT_THEMES_ACTIONS: Record<string, ActionEntry> = {
  [`${EVENTS}/actions.ts#eventQuestionAction`]: {
    access: "comment.code",
    input: async (ctx) => {
      const f = await eventThemesFixture(ctx);
      return { consultationId: f.consultationId, eventId: f.eventId, questionKey: "why" };
    },
    audit: "analysis.eventQuestion",
  },
  [`${EVENTS}/actions.ts#eventPointReviewAction`]: {
    access: "comment.code",
    input: async (ctx) => {
      const f = await eventThemesFixture(ctx);
      return {
        consultationId: f.consultationId,
        eventId: f.eventId,
        questionKey: "why",
        [`decision-${f.suggestionId}`]: "ACCEPTED",
        [`add-${f.pointIds[1]}`]: "T1",
      };
    },
    audit: "analysis.eventPointReview",
  },
};

export const EVENT_THEMES_PAGES: Record<string, PageEntry> = {
  [`${EVENTS}/page.tsx`]: {
    access: "analysis.read",
    props: async (ctx) => ({
      params: Promise.resolve({ id: (await eventThemesFixture(ctx)).consultationId }),
      searchParams: noQuery,
    }),
  },
  [`${EVENTS}/[eventId]/page.tsx`]: {
    access: "analysis.read",
    props: async (ctx) => {
      const f = await eventThemesFixture(ctx);
      return { params: Promise.resolve({ id: f.consultationId, eventId: f.eventId }), searchParams: noQuery };
    },
  },
  "app/(staff)/staff/consultations/[id]/analysis/organisations/page.tsx": {
    access: "analysis.read",
    props: async (ctx) => {
      const f = await themesFixture(ctx);
      const version = await ctx.world.db.questionnaireVersion.findFirstOrThrow({
        where: { questionnaire: { consultationId: f.consultationId } },
      });
      await ctx.world.db.response.create({
        data: {
          consultationId: f.consultationId,
          versionId: version.id,
          format: "STANDARD",
          status: "SUBMITTED",
          submittedAt: new Date(),
          reference: `OR-${ctx.unique()}`,
          respondentType: "organisation",
          organisationName: "Carers Bucks",
          organisationPublish: true,
        },
      });
      return { params: Promise.resolve({ id: f.consultationId }), searchParams: noQuery };
    },
  },
};

const props = async (ctx: TableContext, extra: Record<string, string> = {}) => ({
  params: Promise.resolve({ id: (await themesFixture(ctx)).consultationId, ...extra }),
  searchParams: noQuery,
});

export const THEMES_PAGES: Record<string, PageEntry> = {
  [`${THEMES}/page.tsx`]: { access: "analysis.read", props: (ctx) => props(ctx) },
  [`${THEMES}/[questionKey]/page.tsx`]: { access: "analysis.read", props: (ctx) => props(ctx, { questionKey: "why" }) },
  [`${THEMES}/[questionKey]/review/page.tsx`]: {
    access: "analysis.read",
    props: (ctx) => props(ctx, { questionKey: "why" }),
  },
  [`${THEMES}/[questionKey]/theme/[codeId]/page.tsx`]: {
    access: "analysis.read",
    props: (ctx) => props(ctx, { questionKey: "why", codeId: "T1" }),
  },
  [`${THEMES}/[questionKey]/answer/[answerId]/page.tsx`]: {
    access: "analysis.read",
    props: async (ctx) => {
      const f = await themesFixture(ctx);
      return {
        params: Promise.resolve({ id: f.consultationId, questionKey: "why", answerId: f.answerIds[0] }),
        searchParams: noQuery,
      };
    },
  },
  [`${THEMES}/you-said-we-did/page.tsx`]: { access: "analysis.read", props: (ctx) => props(ctx) },
  [`${THEMES}/search/page.tsx`]: {
    access: "analysis.read",
    props: async (ctx) => ({
      params: Promise.resolve({ id: (await themesFixture(ctx)).consultationId }),
      searchParams: Promise.resolve({ q: "parking" }),
    }),
  },
};
