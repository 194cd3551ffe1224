// The consultation's responses as staff see them: every submitted or withdrawn response, from
// every channel, with who entered it. Drafts are the respondent's own until they submit.
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TResponseListRow } from "@/lib/respond/channels";
import type { TResponseListFilter } from "@/lib/validation/response-list";

export const RESPONSE_PAGE_SIZE = 50;

export type StaffResponsePage = { rows: TResponseListRow[]; total: number; page: number; pageCount: number };

export function responseListWhere(consultationId: string, filter: Pick<TResponseListFilter, "channel" | "view">) {
  return {
    consultationId,
    status: { in: ["SUBMITTED" as const, "WITHDRAWN" as const] },
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(filter.view === "organisations"
      ? { organisationName: { not: null } }
      : filter.view === "individuals"
        ? { organisationName: null }
        : {}),
  };
}

export async function listStaffResponses(
  actor: StaffPrincipal | null,
  consultationId: string,
  filter: TResponseListFilter,
): Promise<StaffResponsePage> {
  requirePermission(actor, "response.read");
  const where = responseListWhere(consultationId, filter);
  const total = await db().response.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / RESPONSE_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const found = await db().response.findMany({
    where,
    // Newest first by when it reached us: the received date for entered ones, else submission.
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * RESPONSE_PAGE_SIZE,
    take: RESPONSE_PAGE_SIZE,
    select: {
      id: true,
      reference: true,
      channel: true,
      format: true,
      status: true,
      receivedAt: true,
      submittedAt: true,
      withdrawnAt: true,
      organisationName: true,
      lateReason: true,
      enteredBy: { select: { name: true, email: true } },
    },
  });
  const rows = found.map(({ enteredBy, ...row }) => ({
    ...row,
    enteredBy: enteredBy ? (enteredBy.name ?? enteredBy.email) : null,
  }));
  return { rows, total, page, pageCount };
}
