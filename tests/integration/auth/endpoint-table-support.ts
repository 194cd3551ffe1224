// Shared shapes and fixtures of the authorisation table (endpoint-table.ts and its areas).
import type { ActionPermission } from "@/lib/actions/create-action";
import type { Permission, StaffPrincipal, TRole } from "@/lib/permissions/permissions";
import type { AuditAction } from "@/lib/audit/actions";
import type { World } from "./world";
import { makeConsultation } from "../publishing/fixtures";

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
      /** The one audit event a refused (403) call writes, e.g. "access.refused" for downloads (issue #10). */
      refusedAudit?: AuditAction;
      /** Body and headers, e.g. a multipart upload. */
      init?: (ctx: TableContext) => Promise<RequestInit>;
      /** The status a permitted call answers: 200 unless it redirects (post/redirect/get). */
      okStatus?: number;
    };

export type PageEntry = {
  access: Permission | "signedIn";
  props: (ctx: TableContext) => Promise<Record<string, unknown>>;
  /** The audit event a refused (403) visit writes; pages needing a personal-data permission write "access.refused" (issue #15). */
  refusedAudit?: AuditAction;
};

export const noQuery = Promise.resolve({});
export const memberProps = async (ctx: TableContext, active = true) => {
  const member = await ctx.target("OFFICER", active);
  return { params: Promise.resolve({ id: member.id }), searchParams: noQuery };
};

export const idOf = async (ctx: TableContext, state: Parameters<typeof makeConsultation>[1]) => ({
  consultationId: (await makeConsultation(ctx.world.db, state)).id,
});
export const consultationProps = async (ctx: TableContext, state: Parameters<typeof makeConsultation>[1] = "open") => ({
  params: Promise.resolve({ id: (await makeConsultation(ctx.world.db, state)).id }),
  searchParams: noQuery,
});

// Bulk import (issue #8 part 2): an open consultation with a published questionnaire, and an uploaded file.
export async function importConsultationFixture(ctx: TableContext): Promise<string> {
  const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
  const c = await makeConsultation(ctx.world.db, "draft");
  const q = await ctx.world.db.questionnaire.create({
    data: { consultationId: c.id, format: "STANDARD", draft: EVERY_TYPE as object },
  });
  await ctx.world.db.questionnaireVersion.create({
    data: { questionnaireId: q.id, number: 1, definition: EVERY_TYPE as object },
  });
  return c.id;
}
export async function importFixture(ctx: TableContext): Promise<{ consultationId: string; importId: string }> {
  const consultationId = await importConsultationFixture(ctx);
  const owner = await ctx.target("OFFICER");
  const record = await ctx.world.db.responseImport.create({
    data: {
      consultationId,
      versionId: (
        await ctx.world.db.questionnaireVersion.findFirstOrThrow({ where: { questionnaire: { consultationId } } })
      ).id,
      channel: "PAPER",
      fileName: "paper.csv",
      fileSha256: "x",
      table: { headers: ["comment"], rows: [["A comment"]], rowNumbers: [2] },
      rowCount: 1,
      mapping: { columns: [""], values: {} },
      createdById: owner.id,
    },
  });
  return { consultationId, importId: record.id };
}

/** A stored PDF version on a draft consultation, for the staff download route. */
export async function documentVersionFixture(ctx: TableContext): Promise<string> {
  const { fileStorage } = await import("@/lib/storage/storage");
  const c = await makeConsultation(ctx.world.db, "draft");
  const key = `table/${ctx.unique()}.pdf`;
  await fileStorage().put(key, Buffer.from("%PDF-1.4 table"));
  const doc = await ctx.world.db.consultationDocument.create({
    data: {
      consultationId: c.id,
      title: "Strategy",
      kind: "FULL_STRATEGY",
      versions: {
        create: {
          versionLabel: "v1",
          fileName: "s.pdf",
          mimeType: "application/pdf",
          sizeBytes: 14,
          storageKey: key,
          sha256: "x",
        },
      },
    },
    include: { versions: true },
  });
  return doc.versions[0].id;
}
