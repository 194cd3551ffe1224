// The authorisation table's entries for builder, assisted entry, bulk import, events and Easy
// Read pictures (issues #5, #7, #8), merged into endpoint-table.ts.
import { makeConsultation } from "../publishing/fixtures";
import { DOWNLOADS_PAGES, DOWNLOADS_ROUTES } from "./endpoint-table-downloads";
import { RETENTION_ACTIONS, RETENTION_PAGES, RETENTION_ROUTES } from "./endpoint-table-retention";
import { EVENT_THEMES_ACTIONS, EVENT_THEMES_PAGES, THEMES_ACTIONS, THEMES_PAGES } from "./endpoint-table-themes";
import {
  consultationProps,
  idOf,
  noQuery,
  type ActionEntry,
  type PageEntry,
  type RouteEntry,
  type TableContext,
} from "./endpoint-table-support";

export const AREA_ACTIONS: Record<string, ActionEntry> = {};
export const AREA_ROUTES: Record<string, RouteEntry> = {};
export const AREA_PAGES: Record<string, PageEntry> = {};

// Questionnaire builder (issue #5).
const QUESTIONNAIRE = "app/(staff)/staff/consultations/[id]/questionnaire";
/** A draft consultation whose Standard questionnaire draft is the publishable every-type fixture. */
async function builderConsultation(ctx: TableContext): Promise<string> {
  const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
  const c = await makeConsultation(ctx.world.db, "draft");
  await ctx.world.db.questionnaire.create({
    data: { consultationId: c.id, format: "STANDARD", draft: EVERY_TYPE as object },
  });
  return c.id;
}
const builderProps = async (ctx: TableContext, extra: Record<string, string> = {}) => ({
  params: Promise.resolve({ id: await builderConsultation(ctx), ...extra }),
  searchParams: Promise.resolve({ format: "STANDARD" }),
});
Object.assign(AREA_ACTIONS, {
  [`${QUESTIONNAIRE}/actions.ts#saveQuestionnaireDraftAction`]: {
    access: "questionnaire.edit",
    input: async (ctx: TableContext) => {
      const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
      const { id } = await makeConsultation(ctx.world.db, "draft");
      return { consultationId: id, format: "STANDARD", updatedAt: "", definition: JSON.stringify(EVERY_TYPE) };
    },
  },
  [`${QUESTIONNAIRE}/actions.ts#publishQuestionnaireAction`]: {
    access: "questionnaire.publish",
    input: async (ctx: TableContext) => ({ consultationId: await builderConsultation(ctx), format: "STANDARD" }),
    audit: "questionnaire.publish",
  },
  [`${QUESTIONNAIRE}/actions.ts#importQuestionnaireAction`]: {
    access: "questionnaire.edit",
    input: async (ctx: TableContext) => {
      const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
      return { ...(await idOf(ctx, "draft")), format: "STANDARD", json: JSON.stringify(EVERY_TYPE) };
    },
    audit: "questionnaire.import",
  },
  [`${QUESTIONNAIRE}/actions.ts#copyQuestionnaireAction`]: {
    access: "questionnaire.edit",
    input: async (ctx: TableContext) => {
      // Any published questionnaire of another consultation can be copied (issue #16).
      const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
      const source = await makeConsultation(ctx.world.db, "draft", { title: `Library services ${ctx.unique()}` });
      const q = await ctx.world.db.questionnaire.create({
        data: {
          consultationId: source.id,
          format: "STANDARD",
          draft: EVERY_TYPE as object,
          versions: { create: { number: 1, definition: EVERY_TYPE as object } },
        },
        select: { versions: { select: { id: true } } },
      });
      return { ...(await idOf(ctx, "draft")), format: "STANDARD", versionId: q.versions[0].id };
    },
    audit: "questionnaire.import",
  },
  [`${QUESTIONNAIRE}/actions.ts#addBankQuestionAction`]: {
    access: "questionnaire.edit",
    input: async (ctx: TableContext) => ({
      consultationId: await builderConsultation(ctx),
      format: "STANDARD",
      bankId: "standard-anything-else",
      sectionKey: "about-you",
    }),
  },
  [`${QUESTIONNAIRE}/actions.ts#saveBankQuestionAction`]: {
    access: "questionnaire.edit",
    input: async (ctx: TableContext) => {
      // Each save must be a question the bank does not have yet, so give it its own wording.
      const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
      const c = await makeConsultation(ctx.world.db, "draft");
      const draft = structuredClone(EVERY_TYPE);
      const question = draft.sections[0].questions[1];
      question.title = `A question saved to the bank ${ctx.unique()}`;
      await ctx.world.db.questionnaire.create({
        data: { consultationId: c.id, format: "STANDARD", draft: draft as object },
      });
      return { consultationId: c.id, format: "STANDARD", questionKey: question.key };
    },
    audit: "questionnaire.bank.save",
  },
});
Object.assign(AREA_ROUTES, {
  [`${QUESTIONNAIRE}/export/route.ts#GET`]: {
    access: "questionnaire.edit",
    url: async (ctx: TableContext) =>
      `http://hys.test/staff/consultations/${await builderConsultation(ctx)}/questionnaire/export?format=STANDARD`,
  },
});
Object.assign(AREA_PAGES, {
  [`${QUESTIONNAIRE}/page.tsx`]: { access: "questionnaire.edit", props: (ctx: TableContext) => builderProps(ctx) },
  [`${QUESTIONNAIRE}/edit/page.tsx`]: { access: "questionnaire.edit", props: (ctx: TableContext) => builderProps(ctx) },
  [`${QUESTIONNAIRE}/import/page.tsx`]: {
    access: "questionnaire.edit",
    props: (ctx: TableContext) => builderProps(ctx),
  },
  [`${QUESTIONNAIRE}/bank/page.tsx`]: { access: "questionnaire.edit", props: (ctx: TableContext) => builderProps(ctx) },
  [`${QUESTIONNAIRE}/publish/page.tsx`]: {
    access: "questionnaire.publish",
    props: (ctx: TableContext) => builderProps(ctx),
  },
  [`${QUESTIONNAIRE}/preview/[section]/page.tsx`]: {
    access: "questionnaire.edit",
    props: (ctx: TableContext) => builderProps(ctx, { section: "about-you" }),
  },
});

// Assisted entry (issue #8).
const RESPONSES = "app/(staff)/staff/consultations/[id]/responses";
/** An open, published consultation whose Standard questionnaire is the every-type fixture, with a draft entered response. */
async function entryFixture(ctx: TableContext, status: "DRAFT" | "SUBMITTED" = "DRAFT") {
  const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
  const DAY = 86_400_000;
  const c = await makeConsultation(ctx.world.db, "draft", {
    stage: "PUBLISHED",
    opensAt: new Date(Date.now() - 10 * DAY),
    closesAt: new Date(Date.now() + 30 * DAY),
  });
  const q = await ctx.world.db.questionnaire.create({
    data: {
      consultationId: c.id,
      format: "STANDARD",
      draft: EVERY_TYPE as object,
      versions: { create: { number: 1, definition: EVERY_TYPE as object } },
    },
    include: { versions: true },
  });
  const enteredBy = await ctx.target("OFFICER");
  const response = await ctx.world.db.response.create({
    data: {
      consultationId: c.id,
      versionId: q.versions[0].id,
      format: "STANDARD",
      channel: "PAPER",
      status,
      enteredById: enteredBy.id,
      receivedAt: new Date(),
      submissionKey: `table-entry-${ctx.unique()}-${"x".repeat(20)}`,
      ...(status === "SUBMITTED" ? { reference: `TB-${ctx.unique()}`, submittedAt: new Date() } : {}),
    },
  });
  return { consultationId: c.id, responseId: response.id, versionId: q.versions[0].id };
}
const entryProps = async (
  ctx: TableContext,
  extra: Record<string, string> = {},
  status: "DRAFT" | "SUBMITTED" = "DRAFT",
) => {
  const f = await entryFixture(ctx, status);
  return {
    params: Promise.resolve({ id: f.consultationId, responseId: f.responseId, ...extra }),
    searchParams: noQuery,
  };
};
const today = () => {
  const d = new Date();
  return {
    "received-day": String(d.getUTCDate()),
    "received-month": String(d.getUTCMonth() + 1),
    "received-year": String(d.getUTCFullYear()),
  };
};
Object.assign(AREA_ACTIONS, {
  [`${RESPONSES}/actions.ts#saveEntryDetailsAction`]: {
    access: "response.enter",
    input: async (ctx: TableContext) => {
      const { consultationId } = await entryFixture(ctx);
      return {
        consultationId,
        entryKey: `table-key-${ctx.unique()}-abcdefghijklmnop`,
        format: "STANDARD",
        channel: "PAPER",
        completedHow: "ALONE",
        ...today(),
      };
    },
  },
  [`${RESPONSES}/actions.ts#saveEntryPageAction`]: {
    access: "response.enter",
    input: async (ctx: TableContext) => {
      const f = await entryFixture(ctx);
      return {
        consultationId: f.consultationId,
        responseId: f.responseId,
        sectionKey: "about-you",
        versionId: f.versionId,
        intent: "save-later",
      };
    },
  },
  // Issue #15: seeing a response's original words takes a reason, recorded as personalData.view.
  [`${RESPONSES}/[responseId]/view/actions.ts#showOriginalTextAction`]: {
    access: "export.personalData",
    audit: "personalData.view",
    input: async (ctx: TableContext) => {
      const f = await entryFixture(ctx, "SUBMITTED");
      return { consultationId: f.consultationId, responseId: f.responseId, reason: "Checking a safeguarding concern" };
    },
  },
  [`${RESPONSES}/actions.ts#submitEntryAction`]: {
    access: "response.enter",
    // Already submitted: the retry answers with the same reference (the audited first save is tested in tests/integration/entry).
    input: async (ctx: TableContext) => {
      const f = await entryFixture(ctx, "SUBMITTED");
      return { consultationId: f.consultationId, responseId: f.responseId };
    },
  },
});
Object.assign(AREA_ROUTES, {
  [`${RESPONSES}/[responseId]/original/route.ts#GET`]: {
    access: "response.read",
    refusedAudit: "access.refused",
    url: async (ctx: TableContext) => {
      const { fileStorage } = await import("@/lib/storage/storage");
      const f = await entryFixture(ctx, "SUBMITTED");
      const key = `table/${ctx.unique()}.png`;
      await fileStorage().put(key, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      await ctx.world.db.response.update({
        where: { id: f.responseId },
        data: { scanStorageKey: key, scanFileName: "scan.png", scanMimeType: "image/png", scanSizeBytes: 8 },
      });
      return `http://hys.test/staff/consultations/${f.consultationId}/responses/${f.responseId}/original`;
    },
  },
  [`${RESPONSES}/[responseId]/original/upload/route.ts#POST`]: {
    access: "response.enter",
    refusedAudit: "access.refused",
    url: async (ctx: TableContext) => {
      const f = await entryFixture(ctx, "SUBMITTED");
      return `http://hys.test/staff/consultations/${f.consultationId}/responses/${f.responseId}/original/upload`;
    },
    init: async () => {
      const form = new FormData();
      form.set("file", new File([Buffer.from("%PDF-1.4 scanned paper form")], "scan.pdf", { type: "application/pdf" }));
      return { body: form };
    },
    okStatus: 303,
    audit: "response.attachOriginal",
  },
});
Object.assign(AREA_PAGES, {
  [`${RESPONSES}/enter/page.tsx`]: {
    access: "response.enter",
    props: async (ctx: TableContext) => ({ params: Promise.resolve({ id: (await entryFixture(ctx)).consultationId }) }),
  },
  [`${RESPONSES}/[responseId]/page.tsx`]: {
    access: "response.enter",
    props: (ctx: TableContext) => entryProps(ctx, {}, "SUBMITTED"),
  },
  [`${RESPONSES}/[responseId]/view/page.tsx`]: {
    access: "response.read",
    props: (ctx: TableContext) => entryProps(ctx, {}, "SUBMITTED"),
  },
  [`${RESPONSES}/[responseId]/details/page.tsx`]: {
    access: "response.enter",
    props: (ctx: TableContext) => entryProps(ctx),
  },
  [`${RESPONSES}/[responseId]/check-answers/page.tsx`]: {
    access: "response.enter",
    props: (ctx: TableContext) => entryProps(ctx),
  },
  [`${RESPONSES}/[responseId]/answers/[section]/page.tsx`]: {
    access: "response.enter",
    props: (ctx: TableContext) => entryProps(ctx, { section: "about-you" }),
  },
});

// Engagement event records (issue #8, part 3).
const EVENTS = "app/(staff)/staff/consultations/[id]/events";
async function eventFixture(ctx: TableContext) {
  const { consultationId } = await idOf(ctx, "open");
  const event = await ctx.world.db.engagementEvent.create({
    data: { consultationId, title: "Parent carer session", startsAt: new Date(), place: "Library" },
  });
  return { consultationId, eventId: event.id };
}
Object.assign(AREA_ACTIONS, {
  [`${EVENTS}/actions.ts#saveEventFeedbackAction`]: {
    access: "response.enter",
    input: async (ctx: TableContext) => ({
      ...(await eventFixture(ctx)),
      attendeeCount: "12",
      "points-0": "Holiday clubs",
    }),
    audit: "event.record",
  },
});
Object.assign(AREA_PAGES, {
  [`${EVENTS}/[eventId]/page.tsx`]: {
    access: "response.enter",
    props: async (ctx: TableContext) => {
      const f = await eventFixture(ctx);
      return { params: Promise.resolve({ id: f.consultationId, eventId: f.eventId }), searchParams: noQuery };
    },
  },
});

// Easy Read pictures (issue #7).
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
Object.assign(AREA_ROUTES, {
  [`${QUESTIONNAIRE}/pictures/upload/route.ts#POST`]: {
    access: "questionnaire.edit",
    url: async (ctx: TableContext) =>
      `http://hys.test/staff/consultations/${(await makeConsultation(ctx.world.db, "draft")).id}/questionnaire/pictures/upload`,
    init: async () => {
      const form = new FormData();
      form.set("altText", "A girl on a swing");
      form.set("file", new File([PNG_BYTES], "swing.png", { type: "image/png" }));
      return { body: form };
    },
    okStatus: 303,
    audit: "easyRead.pictureUpload",
  },
  "app/(public)/easy-read/uploads/[pictureId]/route.ts#GET": {
    access: "public",
    reason: "Officers' Easy Read pictures are shown on public Easy Read pages; ids are unguessable.",
  },
});
Object.assign(AREA_PAGES, {
  [`${QUESTIONNAIRE}/pictures/page.tsx`]: {
    access: "questionnaire.edit",
    props: (ctx: TableContext) => builderProps(ctx),
  },
});
Object.assign(AREA_ACTIONS, {
  "app/(staff)/staff/consultations/[id]/easy-read-summary/actions.ts#saveEasyReadSummaryAction": {
    access: "consultation.edit",
    input: async (ctx: TableContext) => ({
      ...(await idOf(ctx, "draft")),
      blocks: "1",
      "block-1-text": "Tell us what you think.",
    }),
    audit: "consultation.edit",
  },
});
Object.assign(AREA_PAGES, {
  "app/(staff)/staff/consultations/[id]/easy-read-summary/page.tsx": {
    access: "consultation.edit",
    props: (ctx: TableContext) => builderProps(ctx),
  },
});

// The findings report (issue #10): viewing or downloading it is audited, and so is a refusal.
Object.assign(AREA_ROUTES, {
  "app/(staff)/staff/consultations/[id]/downloads/report.docx/route.ts#GET": {
    access: "export.download",
    url: async (ctx: TableContext) =>
      `http://hys.test/staff/consultations/${(await makeConsultation(ctx.world.db, "open")).id}/downloads/report.docx`,
    audit: "export.download",
    refusedAudit: "access.refused",
  },
});
Object.assign(AREA_PAGES, {
  // Viewing the report is a download: a refusal is audited like one (issue #10).
  "app/(staff)/staff/consultations/[id]/report/page.tsx": {
    access: "export.download",
    refusedAudit: "access.refused",
    props: (ctx: TableContext) => consultationProps(ctx, "open"),
  },
});

// Free-text themes (issue #9 part 4).
Object.assign(AREA_ACTIONS, THEMES_ACTIONS);
Object.assign(AREA_PAGES, THEMES_PAGES);
Object.assign(AREA_ACTIONS, EVENT_THEMES_ACTIONS);
Object.assign(AREA_PAGES, EVENT_THEMES_PAGES);

// Response data exports (issue #10).
Object.assign(AREA_ROUTES, DOWNLOADS_ROUTES);
Object.assign(AREA_PAGES, DOWNLOADS_PAGES);

// Drawings and photos sent with Easy Read answers (issue #7).
Object.assign(AREA_ROUTES, {
  "app/(staff)/staff/consultations/[id]/analysis/drawings/[attachmentId]/route.ts#GET": {
    access: "response.read",
    refusedAudit: "access.refused",
    url: async (ctx: TableContext) => {
      const { fileStorage } = await import("@/lib/storage/storage");
      const f = await entryFixture(ctx, "SUBMITTED");
      const key = `drawings/${ctx.unique()}.png`;
      await fileStorage().put(key, PNG_BYTES);
      const drawing = await ctx.world.db.answerAttachment.create({
        data: {
          responseId: f.responseId,
          questionKey: "comments",
          sourceQuestionKey: "comments",
          fileName: "me.png",
          mimeType: "image/png",
          sizeBytes: PNG_BYTES.length,
          storageKey: key,
        },
      });
      return `http://hys.test/staff/consultations/${f.consultationId}/analysis/drawings/${drawing.id}`;
    },
  },
});

// The personal data lifecycle (issue #21).
Object.assign(AREA_ACTIONS, RETENTION_ACTIONS);
Object.assign(AREA_ROUTES, RETENTION_ROUTES);
Object.assign(AREA_PAGES, RETENTION_PAGES);
