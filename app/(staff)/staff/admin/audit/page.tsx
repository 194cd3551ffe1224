// GET /staff/admin/audit: the audit trail, filtered by person, action and dates, 25 a page (audit.read).
import type { Metadata } from "next";
import { AuditFilters } from "@/components/staff/audit-filters";
import { AuditTable } from "@/components/staff/audit-table";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from "@/lib/audit/actions";
import { listAuditEvents } from "@/lib/services/audit/list-audit-events";
import { listStaffForAuditFilter } from "@/lib/services/staff/staff-queries";
import { auditFilterInput, ZAuditFilterSchema } from "@/lib/validation/staff";

type Query = Record<string, string | string[] | undefined>;
type AuditPageProps = { searchParams: Promise<Query> };

function parseFilters(query: Query) {
  const input = auditFilterInput(query);
  const parsed = ZAuditFilterSchema.safeParse(input);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  }
  return { input, parsed, errors };
}

export async function generateMetadata({ searchParams }: Readonly<AuditPageProps>): Promise<Metadata> {
  const { parsed } = parseFilters(await searchParams);
  return staffPageMetadata("audit.read", parsed.success ? "Audit trail" : "Error: Audit trail");
}

/** The current filters as a link to `path`, optionally on another page of results. */
function filteredHref(path: string, query: Query, page?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key !== "page" && typeof value === "string" && value) params.set(key, value);
  }
  if (page && page > 1) params.set("page", String(page));
  const search = params.toString();
  return `${path}${search ? `?${search}` : ""}`;
}

export default async function AuditTrailPage({ searchParams }: Readonly<AuditPageProps>) {
  const staff = await requireStaffForPage("/staff/admin/audit", "audit.read");
  const query = await searchParams;
  const { input, parsed, errors } = parseFilters(query);
  const people = (await listStaffForAuditFilter(staff)).map((p) => ({ value: p.id, text: p.label }));
  const actions = AUDIT_ACTIONS.map((action) => ({ value: action, text: AUDIT_ACTION_LABELS[action] }));
  const result = parsed.success ? await listAuditEvents(staff, parsed.data) : null;
  return (
    <>
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">
        Who did what, to which record, and when. Events cannot be changed; they are deleted only when older than the
        audit trail period in the retention settings.
      </p>
      <AuditFilters
        people={people}
        actions={actions}
        values={{ person: input.person, action: input.action, from: input.from, to: input.to }}
        errors={errors}
      />
      {result && (
        <>
          <AuditTable
            events={result.events}
            total={result.total}
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(page) => filteredHref("/staff/admin/audit", query, page)}
          />
          {result.total > 0 && (
            <p className="govuk-body">
              <a className="govuk-link" href={filteredHref("/staff/admin/audit/download", query)} download>
                Download these events as a spreadsheet (CSV)
              </a>
            </p>
          )}
        </>
      )}
    </>
  );
}
