// The authorisation table's entries for the personal data lifecycle (issue #21): retention
// settings, legal holds, the schedule's preview, "What we hold" and subject access, merged into
// endpoint-table.ts through endpoint-table-areas.ts.
import { makeConsultation } from "../publishing/fixtures";
import {
  noQuery,
  type ActionEntry,
  type PageEntry,
  type RouteEntry,
  type TableContext,
} from "./endpoint-table-support";

const ADMIN = "app/(staff)/staff/admin";
const SETTINGS = {
  contactMonthsAfterOutcome: "6",
  outcomeWaitMonths: "12",
  draftDaysAfterClose: "30",
  filesMonthsAfterOutcome: "6",
  auditYears: "6",
  sentEmailDays: "30",
  exportFileDays: "7",
};

async function heldConsultation(ctx: TableContext): Promise<string> {
  const { id } = await makeConsultation(ctx.world.db, "closed");
  await ctx.world.db.consultationRetention.create({
    data: { consultationId: id, legalHoldReason: "Judicial review", legalHoldSince: new Date() },
  });
  return id;
}

export const RETENTION_ACTIONS: Record<string, ActionEntry> = {
  [`${ADMIN}/retention/actions.ts#saveRetentionSettingsAction`]: {
    access: "settings.manage",
    input: async () => SETTINGS,
    audit: "retention.settingsChange",
  },
  [`${ADMIN}/retention/actions.ts#setLegalHoldAction`]: {
    access: "settings.manage",
    input: async (ctx) => ({
      consultationId: (await makeConsultation(ctx.world.db, "closed")).id,
      reason: "Judicial review claim lodged",
    }),
    audit: "retention.legalHold",
  },
  [`${ADMIN}/retention/actions.ts#liftLegalHoldAction`]: {
    access: "settings.manage",
    input: async (ctx) => ({ consultationId: await heldConsultation(ctx), reason: "The review concluded" }),
    audit: "retention.legalHoldLift",
  },
  [`${ADMIN}/subject-access/actions.ts#searchSubjectAction`]: {
    access: "personalData.request",
    input: async (ctx) => ({ q: `person-${ctx.unique()}@example.com`, reason: "SAR-1" }),
    audit: "personalData.search",
  },
  [`${ADMIN}/subject-access/actions.ts#eraseSubjectAction`]: {
    access: "personalData.request",
    input: async (ctx) => ({
      q: `person-${ctx.unique()}@example.com`,
      reason: "ER-1",
      responses: "keep",
      confirm: "yes",
    }),
    audit: "personalData.erase",
  },
};

export const RETENTION_ROUTES: Record<string, RouteEntry> = {
  [`${ADMIN}/subject-access/download/route.ts#POST`]: {
    access: "personalData.request",
    refusedAudit: "access.refused",
    url: async () => "http://hys.test/staff/admin/subject-access/download",
    init: async (ctx) => ({
      body: new URLSearchParams({ q: `person-${ctx.unique()}@example.com`, reason: "SAR-1", format: "json" }),
    }),
    audit: "personalData.download",
  },
};

export const RETENTION_PAGES: Record<string, PageEntry> = {
  [`${ADMIN}/retention/page.tsx`]: { access: "settings.manage", props: async () => ({ searchParams: noQuery }) },
  [`${ADMIN}/retention/preview/page.tsx`]: { access: "settings.manage", props: async () => ({}) },
  [`${ADMIN}/retention/what-we-hold/page.tsx`]: { access: "settings.manage", props: async () => ({}) },
  [`${ADMIN}/retention/hold/[id]/page.tsx`]: {
    access: "settings.manage",
    props: async (ctx) => ({ params: Promise.resolve({ id: await heldConsultation(ctx) }), searchParams: noQuery }),
  },
  [`${ADMIN}/subject-access/page.tsx`]: { access: "personalData.request", props: async () => ({}) },
};
