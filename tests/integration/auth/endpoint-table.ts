// THE table of every server action, route handler and staff page, with who may use it.
// authorisation.integration.test.ts finds every actions.ts, route.ts and /staff page in app/
// and fails if one is missing here; then it proves, for each protected entry, that an
// anonymous caller gets 401 (or is sent to sign in), every role without the permission gets
// 403, and every role with it succeeds (writing exactly the audit event listed).
// Adding an action? Add it here, with the permission it checks and a valid input.
import { createHash } from "node:crypto";
import type { ActionPermission } from "@/lib/actions/create-action";
import type { Permission, StaffPrincipal, TRole } from "@/lib/auth/permissions";
import type { AuditAction } from "@/lib/services/audit/audit-actions";
import type { World } from "./world";
import { consultationForm, makeConsultation, uniqueSlug } from "../publishing/fixtures";

export type TableContext = {
  world: World;
  /** A fresh account to act on, so repeated successful calls never collide. */
  target: (role: TRole, active?: boolean) => Promise<StaffPrincipal>;
  unique: () => string;
};

/**
 * Respondents' own actions: anonymous by design (respondents never have accounts). What guards
 * them is the draft cookie or the emailed token, tested in tests/integration/responses.
 */
export type RespondentActionEntry = { access: "respondent"; reason: string };

export type ActionEntry = {
  access: ActionPermission;
  /** A valid form submission for a caller allowed to act. */
  input: (ctx: TableContext) => Promise<Record<string, string>>;
  /** The one audit event a successful call writes. */
  audit?: AuditAction;
};

export type RouteEntry =
  | { access: "public"; reason: string }
  | {
      access: Permission;
      url: (ctx: TableContext) => Promise<string>;
      audit?: AuditAction;
      /** Body and headers, e.g. a multipart upload. */
      init?: (ctx: TableContext) => Promise<RequestInit>;
      /** The status a permitted call answers: 200 unless it redirects (post/redirect/get). */
      okStatus?: number;
    };

export type PageEntry = { access: Permission | "signedIn"; props: (ctx: TableContext) => Promise<Record<string, unknown>> };

const noQuery = Promise.resolve({});
const memberProps = async (ctx: TableContext, active = true) => {
  const member = await ctx.target("OFFICER", active);
  return { params: Promise.resolve({ id: member.id }), searchParams: noQuery };
};

const RESPOND = "app/(public)/consultations/[slug]/respond/actions.ts";

export const RESPONDENT_ACTIONS: Record<string, RespondentActionEntry> = {
  [`${RESPOND}#startResponseAction`]: { access: "respondent", reason: "Starts a draft and sets its httpOnly cookie; refuses closed consultations." },
  [`${RESPOND}#saveSectionAction`]: { access: "respondent", reason: "Saves a page of the draft named by the cookie token." },
  [`${RESPOND}#submitResponseAction`]: { access: "respondent", reason: "Submits the cookie's draft once, keyed by its submission key." },
  [`${RESPOND}#saveForLaterAction`]: { access: "respondent", reason: "Emails a single-use resume link for the cookie's draft." },
  [`${RESPOND}#resumeAction`]: { access: "respondent", reason: "Redeems a single-use emailed resume token." },
  [`${RESPOND}#changeResponseAction`]: { access: "respondent", reason: "Reopens a submitted response named by its emailed receipt token, while open." },
  [`${RESPOND}#withdrawResponseAction`]: { access: "respondent", reason: "Withdraws a response named by its emailed receipt token." },
  "app/(public)/consultations/[slug]/easy-read/actions.ts#setPicturesAction": {
    access: "respondent",
    reason: "Sets the respondent's own 'pictures on or off' cookie and redirects back to an Easy Read page; touches no data.",
  },
};

export const ACTIONS: Record<string, ActionEntry> = {
  // How staff get signed in, so nobody can be signed in to use it.
  "app/(auth)/sign-in/actions.ts#requestSignInLinkAction": {
    access: "anyone",
    input: async (ctx) => ({ email: `nobody-${ctx.unique()}@example.com`, callbackUrl: "/staff" }),
  },
  "app/(staff)/staff/actions.ts#signOutAction": { access: "signedIn", input: async () => ({}), audit: "auth.signOut" },
  "app/(staff)/staff/admin/users/actions.ts#inviteStaffAction": {
    access: "staff.manage",
    input: async (ctx) => ({ name: "Table Test", email: `invitee-${ctx.unique()}@council.example`, role: "OFFICER" }),
    audit: "staff.invite",
  },
  "app/(staff)/staff/admin/users/actions.ts#changeStaffRoleAction": {
    access: "staff.manage",
    input: async (ctx) => ({ userId: (await ctx.target("OFFICER")).id, role: "ANALYST" }),
    audit: "staff.roleChange",
  },
  "app/(staff)/staff/admin/users/actions.ts#deactivateStaffAction": {
    access: "staff.manage",
    input: async (ctx) => ({ userId: (await ctx.target("OFFICER")).id }),
    audit: "staff.deactivate",
  },
  "app/(staff)/staff/admin/users/actions.ts#reactivateStaffAction": {
    access: "staff.manage",
    input: async (ctx) => ({ userId: (await ctx.target("OFFICER", false)).id }),
    audit: "staff.reactivate",
  },
};

const idOf = async (ctx: TableContext, state: Parameters<typeof makeConsultation>[1]) => ({ consultationId: (await makeConsultation(ctx.world.db, state)).id });
const consultationProps = async (ctx: TableContext, state: Parameters<typeof makeConsultation>[1] = "open") => ({
  params: Promise.resolve({ id: (await makeConsultation(ctx.world.db, state)).id }),
  searchParams: noQuery,
});

// Publishing (issue #4).
Object.assign(ACTIONS, {
  "app/(staff)/staff/consultations/actions.ts#createConsultationAction": {
    access: "consultation.create",
    input: async () => consultationForm(uniqueSlug("table-create")),
    audit: "consultation.create",
  },
  "app/(staff)/staff/consultations/actions.ts#updateConsultationAction": {
    access: "consultation.edit",
    input: async (ctx) => ({ ...(await idOf(ctx, "draft")), ...consultationForm(uniqueSlug("table-edit")) }),
    audit: "consultation.edit",
  },
  "app/(staff)/staff/consultations/actions.ts#duplicateConsultationAction": { access: "consultation.create", input: (ctx) => idOf(ctx, "open"), audit: "consultation.duplicate" },
  "app/(staff)/staff/consultations/actions.ts#publishConsultationAction": { access: "consultation.publish", input: (ctx) => idOf(ctx, "ready"), audit: "consultation.publish" },
  "app/(staff)/staff/consultations/actions.ts#extendConsultationAction": {
    access: "consultation.publish",
    input: async (ctx) => ({ ...(await idOf(ctx, "open")), "closes-day": "1", "closes-month": "1", "closes-year": String(new Date().getUTCFullYear() + 2) }),
    audit: "consultation.extend",
  },
  "app/(staff)/staff/consultations/actions.ts#closeConsultationEarlyAction": {
    access: "consultation.publish",
    input: async (ctx) => ({ ...(await idOf(ctx, "open")), reason: "The proposal was withdrawn." }),
    audit: "consultation.closeEarly",
  },
  "app/(staff)/staff/consultations/actions.ts#saveOutcomeAction": {
    access: "outcome.edit",
    input: async (ctx) => ({ ...(await idOf(ctx, "closed")), outcomeDecision: "Agreed.", outcomeSummary: "Most agreed.", outcomeChanges: "We added a clause.", "decided-day": "2", "decided-month": "3", "decided-year": "2026" }),
    audit: "consultation.outcomeEdit",
  },
  "app/(staff)/staff/consultations/actions.ts#publishOutcomeAction": { access: "outcome.publish", input: (ctx) => idOf(ctx, "closedWithOutcome"), audit: "consultation.outcomePublish" },
  "app/(staff)/staff/consultations/actions.ts#addEventAction": {
    access: "consultation.edit",
    input: async (ctx) => ({ ...(await idOf(ctx, "draft")), title: "Drop-in", "starts-day": "3", "starts-month": "5", "starts-year": "2027", time: "18:30", place: "Aylesbury library" }),
    audit: "consultation.edit",
  },
  "app/(staff)/staff/consultations/actions.ts#removeEventAction": {
    access: "consultation.edit",
    input: async (ctx) => {
      const { consultationId } = await idOf(ctx, "draft");
      const event = await ctx.world.db.engagementEvent.create({ data: { consultationId, title: "Drop-in", startsAt: new Date(), place: "Library" } });
      return { consultationId, eventId: event.id };
    },
    audit: "consultation.edit",
  },
  "app/(public)/consultations/[slug]/updates/actions.ts#subscribeToOutcomeAction": {
    access: "anyone",
    input: async (ctx) => ({ slug: (await makeConsultation(ctx.world.db, "open")).slug, email: `follower-${ctx.unique()}@example.com` }),
  },
  // Guarded by the emailed token, which only the address's owner has.
  "app/(public)/consultations/[slug]/updates/actions.ts#confirmSubscriptionAction": {
    access: "anyone",
    input: async (ctx) => {
      const c = await makeConsultation(ctx.world.db, "open");
      const token = `table-${ctx.unique()}`;
      const tokenHash = createHash("sha256").update(token).digest("hex");
      await ctx.world.db.outcomeSubscription.create({ data: { consultationId: c.id, email: `follower-${ctx.unique()}@example.com`, tokenHash } });
      return { slug: c.slug, token };
    },
  },
} satisfies Record<string, ActionEntry>);

export const ROUTES: Record<string, RouteEntry> = {
  "app/api/health/route.ts#GET": { access: "public", reason: "Load balancer health check; reports only whether the database answers." },
  "app/api/auth/[...nextauth]/route.ts#GET": { access: "public", reason: "next-auth: checks emailed links and starts sessions, so it must work signed out." },
  "app/api/auth/[...nextauth]/route.ts#POST": { access: "public", reason: "next-auth sign-out and CSRF (link requests are turned away)." },
  "app/api/auth/dev-sign-in/route.ts#GET": { access: "public", reason: "Development shortcut; answers 404 in production (dev-sign-in test)." },
  "app/(public)/consultations/[slug]/documents/[versionId]/route.ts#GET": { access: "public", reason: "Published consultation documents are public; drafts' files answer 404." },
  "app/feed.xml/route.ts#GET": { access: "public", reason: "Atom feed of published consultations." },
  "app/(staff)/staff/consultations/[id]/documents/[versionId]/route.ts#GET": {
    access: "consultation.read",
    url: async (ctx) => `http://hys.test/staff/consultations/x/documents/${await documentVersionFixture(ctx)}`,
  },
  "app/(staff)/staff/consultations/[id]/documents/upload/route.ts#POST": {
    access: "consultation.edit",
    url: async (ctx) => `http://hys.test/staff/consultations/${(await makeConsultation(ctx.world.db, "draft")).id}/documents/upload`,
    init: async () => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ title: "Strategy", kind: "FULL_STRATEGY", versionLabel: "Version 1" })) form.set(k, v);
      form.set("file", new File([Buffer.from("%PDF-1.4 table upload")], "strategy.pdf", { type: "application/pdf" }));
      return { body: form };
    },
    okStatus: 303,
    audit: "document.upload",
  },
  "app/(staff)/staff/consultations/[id]/imports/upload/route.ts#POST": {
    access: "response.import",
    url: async (ctx) => `http://hys.test/staff/consultations/${await importConsultationFixture(ctx)}/imports/upload`,
    init: async () => {
      const form = new FormData();
      form.set("channel", "PAPER");
      form.set("file", new File([Buffer.from("anything-else\nA comment\n")], "paper.csv", { type: "text/csv" }));
      return { body: form };
    },
    okStatus: 303,
    audit: "import.upload",
  },
  "app/(staff)/staff/consultations/[id]/imports/[importId]/step/route.ts#POST": {
    access: "response.import",
    url: async (ctx) => {
      const { consultationId, importId } = await importFixture(ctx);
      return `http://hys.test/staff/consultations/${consultationId}/imports/${importId}/step`;
    },
    init: async () => {
      const form = new FormData();
      form.set("intent", "check");
      form.set("column-0", "");
      return { body: form };
    },
    okStatus: 303,
  },
  "app/(staff)/staff/admin/audit/download/route.ts#GET": {
    access: "audit.read",
    url: async () => "http://hys.test/staff/admin/audit/download?action=staff.invite",
    audit: "export.download",
  },
};

export const PAGES: Record<string, PageEntry> = {
  "app/(staff)/staff/page.tsx": { access: "signedIn", props: async () => ({}) },
  "app/(staff)/staff/admin/users/page.tsx": { access: "staff.manage", props: async () => ({ searchParams: noQuery }) },
  "app/(staff)/staff/admin/users/invite/page.tsx": { access: "staff.manage", props: async () => ({}) },
  "app/(staff)/staff/admin/users/[id]/page.tsx": { access: "staff.manage", props: (ctx) => memberProps(ctx) },
  "app/(staff)/staff/admin/users/[id]/role/page.tsx": { access: "staff.manage", props: (ctx) => memberProps(ctx) },
  "app/(staff)/staff/admin/users/[id]/status/page.tsx": { access: "staff.manage", props: (ctx) => memberProps(ctx, false) },
  "app/(staff)/staff/consultations/page.tsx": { access: "consultation.read", props: async () => ({}) },
  "app/(staff)/staff/consultations/new/page.tsx": { access: "consultation.create", props: async () => ({}) },
  "app/(staff)/staff/consultations/[id]/page.tsx": { access: "consultation.read", props: (ctx) => consultationProps(ctx, "draft") },
  "app/(staff)/staff/consultations/[id]/preview/page.tsx": { access: "consultation.read", props: (ctx) => consultationProps(ctx, "draft") },
  "app/(staff)/staff/consultations/[id]/edit/page.tsx": { access: "consultation.edit", props: (ctx) => consultationProps(ctx) },
  "app/(staff)/staff/consultations/[id]/outcome/page.tsx": { access: "outcome.edit", props: (ctx) => consultationProps(ctx, "closedWithOutcome") },
  "app/(staff)/staff/consultations/[id]/events/page.tsx": { access: "consultation.edit", props: (ctx) => consultationProps(ctx, "draft") },
  "app/(staff)/staff/consultations/[id]/documents/new/page.tsx": { access: "consultation.edit", props: (ctx) => consultationProps(ctx, "draft") },
  "app/(staff)/staff/consultations/[id]/responses/page.tsx": { access: "response.read", props: (ctx) => consultationProps(ctx, "open") },
  // Analysis (issue #9): the equality profile is analysts' and admins' only.
  "app/(staff)/staff/consultations/[id]/analysis/page.tsx": { access: "analysis.read", props: (ctx) => consultationProps(ctx, "open") },
  "app/(staff)/staff/consultations/[id]/analysis/closed/page.tsx": { access: "analysis.read", props: (ctx) => consultationProps(ctx, "open") },
  "app/(staff)/staff/consultations/[id]/analysis/equality/page.tsx": { access: "equality.read", props: (ctx) => consultationProps(ctx, "open") },
  "app/(staff)/staff/consultations/[id]/imports/page.tsx": { access: "response.import", props: async (ctx) => ({ params: Promise.resolve({ id: await importConsultationFixture(ctx) }), searchParams: noQuery }) },
  "app/(staff)/staff/consultations/[id]/imports/new/page.tsx": { access: "response.import", props: async (ctx) => ({ params: Promise.resolve({ id: await importConsultationFixture(ctx) }), searchParams: noQuery }) },
  "app/(staff)/staff/consultations/[id]/imports/[importId]/page.tsx": {
    access: "response.import",
    props: async (ctx) => {
      const { consultationId, importId } = await importFixture(ctx);
      return { params: Promise.resolve({ id: consultationId, importId }), searchParams: noQuery };
    },
  },
  "app/(staff)/staff/admin/audit/page.tsx": { access: "audit.read", props: async () => ({ searchParams: Promise.resolve({ action: "staff.invite" }) }) },
};

// Bulk import (issue #8 part 2): an open consultation with a published questionnaire, and an uploaded file.
async function importConsultationFixture(ctx: TableContext): Promise<string> {
  const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
  const c = await makeConsultation(ctx.world.db, "draft");
  const q = await ctx.world.db.questionnaire.create({ data: { consultationId: c.id, format: "STANDARD", draft: EVERY_TYPE as object } });
  await ctx.world.db.questionnaireVersion.create({ data: { questionnaireId: q.id, number: 1, definition: EVERY_TYPE as object } });
  return c.id;
}
async function importFixture(ctx: TableContext): Promise<{ consultationId: string; importId: string }> {
  const consultationId = await importConsultationFixture(ctx);
  const owner = await ctx.target("OFFICER");
  const record = await ctx.world.db.responseImport.create({
    data: { consultationId, versionId: (await ctx.world.db.questionnaireVersion.findFirstOrThrow({ where: { questionnaire: { consultationId } } })).id, channel: "PAPER", fileName: "paper.csv", fileSha256: "x", table: { headers: ["comment"], rows: [["A comment"]], rowNumbers: [2] }, rowCount: 1, mapping: { columns: [""], values: {} }, createdById: owner.id },
  });
  return { consultationId, importId: record.id };
}

/** A stored PDF version on a draft consultation, for the staff download route. */
async function documentVersionFixture(ctx: TableContext): Promise<string> {
  const { fileStorage } = await import("@/lib/storage/storage");
  const c = await makeConsultation(ctx.world.db, "draft");
  const key = `table/${ctx.unique()}.pdf`;
  await fileStorage().put(key, Buffer.from("%PDF-1.4 table"));
  const doc = await ctx.world.db.consultationDocument.create({
    data: { consultationId: c.id, title: "Strategy", kind: "FULL_STRATEGY", versions: { create: { versionLabel: "v1", fileName: "s.pdf", mimeType: "application/pdf", sizeBytes: 14, storageKey: key, sha256: "x" } } },
    include: { versions: true },
  });
  return doc.versions[0].id;
}

// Questionnaire builder (issue #5).
const QUESTIONNAIRE = "app/(staff)/staff/consultations/[id]/questionnaire";
/** A draft consultation whose Standard questionnaire draft is the publishable every-type fixture. */
async function builderConsultation(ctx: TableContext): Promise<string> {
  const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
  const c = await makeConsultation(ctx.world.db, "draft");
  await ctx.world.db.questionnaire.create({ data: { consultationId: c.id, format: "STANDARD", draft: EVERY_TYPE as object } });
  return c.id;
}
const builderProps = async (ctx: TableContext, extra: Record<string, string> = {}) => ({
  params: Promise.resolve({ id: await builderConsultation(ctx), ...extra }),
  searchParams: Promise.resolve({ format: "STANDARD" }),
});
Object.assign(ACTIONS, {
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
  [`${QUESTIONNAIRE}/actions.ts#startFromTemplateAction`]: {
    access: "questionnaire.edit",
    input: async (ctx: TableContext) => {
      // The template is the newest published Short Breaks questionnaire of another consultation.
      const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
      const source = await makeConsultation(ctx.world.db, "draft", { title: `Short Breaks template ${ctx.unique()}` });
      await ctx.world.db.questionnaire.create({ data: { consultationId: source.id, format: "STANDARD", draft: EVERY_TYPE as object, versions: { create: { number: 1, definition: EVERY_TYPE as object } } } });
      return { ...(await idOf(ctx, "draft")), format: "STANDARD" };
    },
    audit: "questionnaire.import",
  },
});
Object.assign(ROUTES, {
  [`${QUESTIONNAIRE}/export/route.ts#GET`]: {
    access: "questionnaire.edit",
    url: async (ctx: TableContext) => `http://hys.test/staff/consultations/${await builderConsultation(ctx)}/questionnaire/export?format=STANDARD`,
  },
});
Object.assign(PAGES, {
  [`${QUESTIONNAIRE}/page.tsx`]: { access: "questionnaire.edit", props: (ctx: TableContext) => builderProps(ctx) },
  [`${QUESTIONNAIRE}/edit/page.tsx`]: { access: "questionnaire.edit", props: (ctx: TableContext) => builderProps(ctx) },
  [`${QUESTIONNAIRE}/import/page.tsx`]: { access: "questionnaire.edit", props: (ctx: TableContext) => builderProps(ctx) },
  [`${QUESTIONNAIRE}/publish/page.tsx`]: { access: "questionnaire.publish", props: (ctx: TableContext) => builderProps(ctx) },
  [`${QUESTIONNAIRE}/preview/[section]/page.tsx`]: { access: "questionnaire.edit", props: (ctx: TableContext) => builderProps(ctx, { section: "about-you" }) },
});

// Assisted entry (issue #8).
const RESPONSES = "app/(staff)/staff/consultations/[id]/responses";
/** An open, published consultation whose Standard questionnaire is the every-type fixture, with a draft entered response. */
async function entryFixture(ctx: TableContext, status: "DRAFT" | "SUBMITTED" = "DRAFT") {
  const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
  const DAY = 86_400_000;
  const c = await makeConsultation(ctx.world.db, "draft", { stage: "PUBLISHED", opensAt: new Date(Date.now() - 10 * DAY), closesAt: new Date(Date.now() + 30 * DAY) });
  const q = await ctx.world.db.questionnaire.create({ data: { consultationId: c.id, format: "STANDARD", draft: EVERY_TYPE as object, versions: { create: { number: 1, definition: EVERY_TYPE as object } } }, include: { versions: true } });
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
const entryProps = async (ctx: TableContext, extra: Record<string, string> = {}, status: "DRAFT" | "SUBMITTED" = "DRAFT") => {
  const f = await entryFixture(ctx, status);
  return { params: Promise.resolve({ id: f.consultationId, responseId: f.responseId, ...extra }), searchParams: noQuery };
};
const today = () => {
  const d = new Date();
  return { "received-day": String(d.getUTCDate()), "received-month": String(d.getUTCMonth() + 1), "received-year": String(d.getUTCFullYear()) };
};
Object.assign(ACTIONS, {
  [`${RESPONSES}/actions.ts#saveEntryDetailsAction`]: {
    access: "response.enter",
    input: async (ctx: TableContext) => {
      const { consultationId } = await entryFixture(ctx);
      return { consultationId, entryKey: `table-key-${ctx.unique()}-abcdefghijklmnop`, format: "STANDARD", channel: "PAPER", completedHow: "ALONE", ...today() };
    },
  },
  [`${RESPONSES}/actions.ts#saveEntryPageAction`]: {
    access: "response.enter",
    input: async (ctx: TableContext) => {
      const f = await entryFixture(ctx);
      return { consultationId: f.consultationId, responseId: f.responseId, sectionKey: "about-you", versionId: f.versionId, intent: "save-later" };
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
Object.assign(ROUTES, {
  [`${RESPONSES}/[responseId]/original/route.ts#GET`]: {
    access: "response.read",
    url: async (ctx: TableContext) => {
      const { fileStorage } = await import("@/lib/storage/storage");
      const f = await entryFixture(ctx, "SUBMITTED");
      const key = `table/${ctx.unique()}.png`;
      await fileStorage().put(key, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      await ctx.world.db.response.update({ where: { id: f.responseId }, data: { scanStorageKey: key, scanFileName: "scan.png", scanMimeType: "image/png", scanSizeBytes: 8 } });
      return `http://hys.test/staff/consultations/${f.consultationId}/responses/${f.responseId}/original`;
    },
  },
  [`${RESPONSES}/[responseId]/original/upload/route.ts#POST`]: {
    access: "response.enter",
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
Object.assign(PAGES, {
  [`${RESPONSES}/enter/page.tsx`]: { access: "response.enter", props: async (ctx: TableContext) => ({ params: Promise.resolve({ id: (await entryFixture(ctx)).consultationId }) }) },
  [`${RESPONSES}/[responseId]/page.tsx`]: { access: "response.enter", props: (ctx: TableContext) => entryProps(ctx, {}, "SUBMITTED") },
  [`${RESPONSES}/[responseId]/details/page.tsx`]: { access: "response.enter", props: (ctx: TableContext) => entryProps(ctx) },
  [`${RESPONSES}/[responseId]/check-answers/page.tsx`]: { access: "response.enter", props: (ctx: TableContext) => entryProps(ctx) },
  [`${RESPONSES}/[responseId]/answers/[section]/page.tsx`]: { access: "response.enter", props: (ctx: TableContext) => entryProps(ctx, { section: "about-you" }) },
});

// Engagement event records (issue #8, part 3).
const EVENTS = "app/(staff)/staff/consultations/[id]/events";
async function eventFixture(ctx: TableContext) {
  const { consultationId } = await idOf(ctx, "open");
  const event = await ctx.world.db.engagementEvent.create({ data: { consultationId, title: "Parent carer session", startsAt: new Date(), place: "Library" } });
  return { consultationId, eventId: event.id };
}
Object.assign(ACTIONS, {
  [`${EVENTS}/actions.ts#saveEventFeedbackAction`]: {
    access: "response.enter",
    input: async (ctx: TableContext) => ({ ...(await eventFixture(ctx)), attendeeCount: "12", "points-0": "Holiday clubs" }),
    audit: "event.record",
  },
});
Object.assign(PAGES, {
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
Object.assign(ROUTES, {
  [`${QUESTIONNAIRE}/pictures/upload/route.ts#POST`]: {
    access: "questionnaire.edit",
    url: async (ctx: TableContext) => `http://hys.test/staff/consultations/${(await makeConsultation(ctx.world.db, "draft")).id}/questionnaire/pictures/upload`,
    init: async () => {
      const form = new FormData();
      form.set("altText", "A girl on a swing");
      form.set("file", new File([PNG_BYTES], "swing.png", { type: "image/png" }));
      return { body: form };
    },
    okStatus: 303,
    audit: "easyRead.pictureUpload",
  },
  "app/(public)/easy-read/uploads/[pictureId]/route.ts#GET": { access: "public", reason: "Officers' Easy Read pictures are shown on public Easy Read pages; ids are unguessable." },
});
Object.assign(PAGES, {
  [`${QUESTIONNAIRE}/pictures/page.tsx`]: { access: "questionnaire.edit", props: (ctx: TableContext) => builderProps(ctx) },
});
Object.assign(ACTIONS, {
  "app/(staff)/staff/consultations/[id]/easy-read-summary/actions.ts#saveEasyReadSummaryAction": {
    access: "consultation.edit",
    input: async (ctx: TableContext) => ({ ...(await idOf(ctx, "draft")), blocks: "1", "block-1-text": "Tell us what you think." }),
    audit: "consultation.edit",
  },
});
Object.assign(PAGES, {
  "app/(staff)/staff/consultations/[id]/easy-read-summary/page.tsx": { access: "consultation.edit", props: (ctx: TableContext) => builderProps(ctx) },
});
