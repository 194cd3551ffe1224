// GET /staff/consultations/[id]/responses: every submitted or withdrawn response, from every
// channel, tagged by channel, filtered by channel and by organisation or individual (response.read).
import type { Metadata } from "next";
import { BackLink, Button, ButtonGroup, ErrorSummary, Select } from "@/components/govuk";
import { ResponseTable } from "@/components/entry/response-table";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { CHANNEL_LABELS, CHANNELS } from "@/lib/respond/channels";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { listStaffResponses } from "@/lib/services/read/staff-response-list";
import { responseListInput, ZResponseListFilterSchema } from "@/lib/validation/response-list";

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Query> };

export async function generateMetadata({ searchParams }: Readonly<Props>): Promise<Metadata> {
  const ok = ZResponseListFilterSchema.safeParse(responseListInput(await searchParams)).success;
  return staffPageMetadata("response.read", ok ? "Responses" : "Error: Responses");
}
export const dynamic = "force-dynamic";

const VIEW_ITEMS = [
  { value: "all", text: "Everyone" },
  { value: "individuals", text: "Individuals only" },
  { value: "organisations", text: "Organisations only" },
];

export default async function ResponsesPage({ params, searchParams }: Readonly<Props>) {
  const { id } = await params;
  const path = `/staff/consultations/${id}/responses`;
  const staff = await requireStaffForPage(path, "response.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const input = responseListInput(await searchParams);
  const parsed = ZResponseListFilterSchema.safeParse(input);
  const channelError = parsed.success ? undefined : parsed.error.issues[0]?.message;
  const result = parsed.success ? await listStaffResponses(staff, c.id, parsed.data) : null;
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    if (parsed.success && parsed.data.channel) query.set("channel", parsed.data.channel);
    if (parsed.success && parsed.data.view !== "all") query.set("view", parsed.data.view);
    if (page > 1) query.set("page", String(page));
    const search = query.toString();
    return `${path}${search ? `?${search}` : ""}`;
  };
  // Staff who enter responses open an entered one (drafts too) where they can change it; every
  // sent or withdrawn response opens read-only for anyone who may read responses.
  const responseHref = (r: { id: string; status: string; enteredBy?: unknown; channel: string }) =>
    can(staff.role, "response.enter") && r.enteredBy && r.channel !== "IMPORT"
      ? `${path}/${r.id}`
      : r.status !== "DRAFT"
        ? `${path}/${r.id}/view`
        : undefined;
  return (
    <>
      <BackLink href={`/staff/consultations/${c.id}`}>Back to {c.title}</BackLink>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Responses</h1>
      {can(staff.role, "response.enter") && (
        <Button href={`${path}/enter`} variant="secondary">
          Enter a response
        </Button>
      )}
      <ErrorSummary errorList={channelError ? [{ text: channelError, href: "#channel" }] : []} />
      <form method="get" action={path} noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Select
              name="channel"
              label="Channel"
              defaultValue={input.channel ?? ""}
              errorMessage={channelError}
              items={[
                { value: "", text: "All channels" },
                ...CHANNELS.map((ch) => ({ value: ch, text: CHANNEL_LABELS[ch] })),
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              name="view"
              label="Responding as"
              defaultValue={parsed.success ? parsed.data.view : "all"}
              items={VIEW_ITEMS}
            />
          </div>
        </div>
        <ButtonGroup>
          <Button variant="secondary">Apply filters</Button>
          <a className="govuk-link" href={path}>
            Clear filters
          </a>
        </ButtonGroup>
      </form>
      {result && (
        <ResponseTable
          detailHref={responseHref}
          rows={result.rows}
          total={result.total}
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={hrefFor}
        />
      )}
    </>
  );
}
