// THE table of every server action, route handler and staff page, with who may use it.
// authorisation.integration.test.ts finds every actions.ts, route.ts and /staff page in app/
// and fails if one is missing here; then it proves, for each protected entry, that an
// anonymous caller gets 401 (or is sent to sign in), every role without the permission gets
// 403, and every role with it succeeds (writing exactly the audit event listed).
// Adding an action? Add it here, with the permission it checks and a valid input.
import { createHash } from "node:crypto";
import { consultationForm, makeConsultation, uniqueSlug } from "../publishing/fixtures";
import { AREA_ACTIONS, AREA_PAGES, AREA_ROUTES } from "./endpoint-table-areas";
import {
  consultationProps,
  documentVersionFixture,
  idOf,
  importConsultationFixture,
  importFixture,
  memberProps,
  noQuery,
  type ActionEntry,
  type PageEntry,
  type RespondentActionEntry,
  type RouteEntry,
} from "./endpoint-table-support";

export type { TableContext } from "./endpoint-table-support";

const RESPOND = "app/(public)/consultations/[slug]/respond/actions.ts";

export const RESPONDENT_ACTIONS: Record<string, RespondentActionEntry> = {
  [`${RESPOND}#startResponseAction`]: {
    access: "respondent",
    reason: "Starts a draft and sets its httpOnly cookie; refuses closed consultations.",
  },
  [`${RESPOND}#saveSectionAction`]: {
    access: "respondent",
    reason: "Saves a page of the draft named by the cookie token.",
  },
  [`${RESPOND}#submitResponseAction`]: {
    access: "respondent",
    reason: "Submits the cookie's draft once, keyed by its submission key.",
  },
  [`${RESPOND}#saveForLaterAction`]: {
    access: "respondent",
    reason: "Emails a single-use resume link for the cookie's draft.",
  },
  [`${RESPOND}#resumeAction`]: { access: "respondent", reason: "Redeems a single-use emailed resume token." },
  [`${RESPOND}#changeResponseAction`]: {
    access: "respondent",
    reason: "Reopens a submitted response named by its emailed receipt token, while open.",
  },
  [`${RESPOND}#withdrawResponseAction`]: {
    access: "respondent",
    reason: "Withdraws a response named by its emailed receipt token.",
  },
  "app/(public)/consultations/[slug]/easy-read/actions.ts#setPicturesAction": {
    access: "respondent",
    reason:
      "Sets the respondent's own 'pictures on or off' cookie and redirects back to an Easy Read page; touches no data.",
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
  "app/(staff)/staff/consultations/actions.ts#duplicateConsultationAction": {
    access: "consultation.create",
    input: (ctx) => idOf(ctx, "open"),
    audit: "consultation.duplicate",
  },
  "app/(staff)/staff/consultations/actions.ts#publishConsultationAction": {
    access: "consultation.publish",
    input: (ctx) => idOf(ctx, "ready"),
    audit: "consultation.publish",
  },
  "app/(staff)/staff/consultations/actions.ts#extendConsultationAction": {
    access: "consultation.publish",
    input: async (ctx) => ({
      ...(await idOf(ctx, "open")),
      "closes-day": "1",
      "closes-month": "1",
      "closes-year": String(new Date().getUTCFullYear() + 2),
    }),
    audit: "consultation.extend",
  },
  "app/(staff)/staff/consultations/actions.ts#closeConsultationEarlyAction": {
    access: "consultation.publish",
    input: async (ctx) => ({ ...(await idOf(ctx, "open")), reason: "The proposal was withdrawn." }),
    audit: "consultation.closeEarly",
  },
  "app/(staff)/staff/consultations/actions.ts#saveOutcomeAction": {
    access: "outcome.edit",
    input: async (ctx) => ({
      ...(await idOf(ctx, "closed")),
      outcomeDecision: "Agreed.",
      outcomeSummary: "Most agreed.",
      outcomeChanges: "We added a clause.",
      "decided-day": "2",
      "decided-month": "3",
      "decided-year": "2026",
    }),
    audit: "consultation.outcomeEdit",
  },
  "app/(staff)/staff/consultations/actions.ts#publishOutcomeAction": {
    access: "outcome.publish",
    input: (ctx) => idOf(ctx, "closedWithOutcome"),
    audit: "consultation.outcomePublish",
  },
  "app/(staff)/staff/consultations/actions.ts#addEventAction": {
    access: "consultation.edit",
    input: async (ctx) => ({
      ...(await idOf(ctx, "draft")),
      title: "Drop-in",
      "starts-day": "3",
      "starts-month": "5",
      "starts-year": "2027",
      time: "18:30",
      place: "Aylesbury library",
    }),
    audit: "consultation.edit",
  },
  "app/(staff)/staff/consultations/actions.ts#removeEventAction": {
    access: "consultation.edit",
    input: async (ctx) => {
      const { consultationId } = await idOf(ctx, "draft");
      const event = await ctx.world.db.engagementEvent.create({
        data: { consultationId, title: "Drop-in", startsAt: new Date(), place: "Library" },
      });
      return { consultationId, eventId: event.id };
    },
    audit: "consultation.edit",
  },
  "app/(public)/consultations/[slug]/updates/actions.ts#subscribeToOutcomeAction": {
    access: "anyone",
    input: async (ctx) => ({
      slug: (await makeConsultation(ctx.world.db, "open")).slug,
      email: `follower-${ctx.unique()}@example.com`,
    }),
  },
  // Guarded by the emailed token, which only the address's owner has.
  "app/(public)/consultations/[slug]/updates/actions.ts#confirmSubscriptionAction": {
    access: "anyone",
    input: async (ctx) => {
      const c = await makeConsultation(ctx.world.db, "open");
      const token = `table-${ctx.unique()}`;
      const tokenHash = createHash("sha256").update(token).digest("hex");
      await ctx.world.db.outcomeSubscription.create({
        data: { consultationId: c.id, email: `follower-${ctx.unique()}@example.com`, tokenHash },
      });
      return { slug: c.slug, token };
    },
  },
} satisfies Record<string, ActionEntry>);

export const ROUTES: Record<string, RouteEntry> = {
  "app/api/health/route.ts#GET": {
    access: "public",
    reason: "Load balancer health check; reports only whether the database answers.",
  },
  "app/api/ready/route.ts#GET": {
    access: "public",
    reason:
      "Load balancer readiness check; reports only whether the database and Redis answer and the instance is not shutting down.",
  },
  "app/api/auth/[...nextauth]/route.ts#GET": {
    access: "public",
    reason:
      "next-auth: checks emailed links and identity-provider callbacks (/api/auth/callback/oidc) and starts sessions, so it must work signed out.",
  },
  "app/(auth)/sign-in/oidc/route.ts#POST": {
    access: "public",
    reason:
      "Starts a sign-in at the council's identity provider, so it must work signed out; other sites' posts get 403, and 404 when STAFF_SIGN_IN=email (oidc-sign-in test).",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    access: "public",
    reason: "next-auth sign-out and CSRF (link requests are turned away).",
  },
  "app/api/auth/dev-sign-in/route.ts#GET": {
    access: "public",
    reason: "Development shortcut; answers 404 in production (dev-sign-in test).",
  },
  "app/(public)/consultations/[slug]/documents/[versionId]/route.ts#GET": {
    access: "public",
    reason: "Published consultation documents are public; drafts' files answer 404.",
  },
  "app/feed.xml/route.ts#GET": { access: "public", reason: "Atom feed of published consultations." },
  "app/(staff)/staff/consultations/[id]/documents/[versionId]/route.ts#GET": {
    access: "consultation.read",
    url: async (ctx) => `http://hys.test/staff/consultations/x/documents/${await documentVersionFixture(ctx)}`,
  },
  "app/(staff)/staff/consultations/[id]/documents/upload/route.ts#POST": {
    access: "consultation.edit",
    url: async (ctx) =>
      `http://hys.test/staff/consultations/${(await makeConsultation(ctx.world.db, "draft")).id}/documents/upload`,
    init: async () => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ title: "Strategy", kind: "FULL_STRATEGY", versionLabel: "Version 1" }))
        form.set(k, v);
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
    refusedAudit: "access.refused",
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
  "app/(staff)/staff/admin/users/[id]/status/page.tsx": {
    access: "staff.manage",
    props: (ctx) => memberProps(ctx, false),
  },
  "app/(staff)/staff/consultations/page.tsx": { access: "consultation.read", props: async () => ({}) },
  "app/(staff)/staff/consultations/new/page.tsx": { access: "consultation.create", props: async () => ({}) },
  "app/(staff)/staff/consultations/[id]/page.tsx": {
    access: "consultation.read",
    props: (ctx) => consultationProps(ctx, "draft"),
  },
  "app/(staff)/staff/consultations/[id]/preview/page.tsx": {
    access: "consultation.read",
    props: (ctx) => consultationProps(ctx, "draft"),
  },
  "app/(staff)/staff/consultations/[id]/edit/page.tsx": {
    access: "consultation.edit",
    props: (ctx) => consultationProps(ctx),
  },
  "app/(staff)/staff/consultations/[id]/outcome/page.tsx": {
    access: "outcome.edit",
    props: (ctx) => consultationProps(ctx, "closedWithOutcome"),
  },
  "app/(staff)/staff/consultations/[id]/events/page.tsx": {
    access: "consultation.edit",
    props: (ctx) => consultationProps(ctx, "draft"),
  },
  "app/(staff)/staff/consultations/[id]/documents/new/page.tsx": {
    access: "consultation.edit",
    props: (ctx) => consultationProps(ctx, "draft"),
  },
  "app/(staff)/staff/consultations/[id]/responses/page.tsx": {
    access: "response.read",
    props: (ctx) => consultationProps(ctx, "open"),
  },
  // Analysis (issue #9): the equality profile is analysts' and admins' only.
  "app/(staff)/staff/consultations/[id]/analysis/page.tsx": {
    access: "analysis.read",
    props: (ctx) => consultationProps(ctx, "open"),
  },
  "app/(staff)/staff/consultations/[id]/analysis/closed/page.tsx": {
    access: "analysis.read",
    props: (ctx) => consultationProps(ctx, "open"),
  },
  "app/(staff)/staff/consultations/[id]/analysis/equality/page.tsx": {
    access: "equality.read",
    props: (ctx) => consultationProps(ctx, "open"),
  },
  "app/(staff)/staff/consultations/[id]/imports/page.tsx": {
    access: "response.import",
    props: async (ctx) => ({
      params: Promise.resolve({ id: await importConsultationFixture(ctx) }),
      searchParams: noQuery,
    }),
  },
  "app/(staff)/staff/consultations/[id]/imports/new/page.tsx": {
    access: "response.import",
    props: async (ctx) => ({
      params: Promise.resolve({ id: await importConsultationFixture(ctx) }),
      searchParams: noQuery,
    }),
  },
  "app/(staff)/staff/consultations/[id]/imports/[importId]/page.tsx": {
    access: "response.import",
    props: async (ctx) => {
      const { consultationId, importId } = await importFixture(ctx);
      return { params: Promise.resolve({ id: consultationId, importId }), searchParams: noQuery };
    },
  },
  "app/(staff)/staff/admin/audit/page.tsx": {
    access: "audit.read",
    props: async () => ({ searchParams: Promise.resolve({ action: "staff.invite" }) }),
  },
};

// The later issues' entries live beside, to keep each file readable.
Object.assign(ACTIONS, AREA_ACTIONS);
Object.assign(ROUTES, AREA_ROUTES);
Object.assign(PAGES, AREA_PAGES);
