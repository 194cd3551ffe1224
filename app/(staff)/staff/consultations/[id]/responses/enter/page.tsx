// GET /staff/consultations/[id]/responses/enter: "Enter a response" (response.enter), step one:
// the details of a paper, email, phone, event or advocate response. The form carries a fresh
// entry key, so a double click or a retry of the same form starts one response, not two.
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { EntryDetailsForm } from "@/components/entry/entry-details-form";
import { requireStaffForPage } from "@/lib/auth/session";
import { newToken } from "@/lib/respond/tokens";
import { getEntryConsultation } from "@/lib/services/entry/entered-responses";
import { now } from "@/lib/clock";
import { datedWords } from "@/lib/text/dates";
import { saveEntryDetailsAction } from "../actions";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function EnterResponsePage({ params }: Readonly<Props>) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/responses/enter`, "response.enter");
  const c = await getEntryConsultation(staff, id);
  const formats = (["STANDARD", "EASY_READ"] as const).filter((f) => c.versions[f]);
  return (
    <TwoThirdsPage>
      <BackLink href={`/staff/consultations/${c.id}/responses`}>Back to responses</BackLink>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Enter a response</h1>
      <p className="govuk-body">
        Record how the response reached us. You will then enter the answers on the same pages respondents see online.
      </p>
      <EntryDetailsForm
        action={saveEntryDetailsAction}
        pageTitle="Enter a response"
        consultationId={c.id}
        entryKey={newToken()}
        formats={formats}
        closing={datedWords("closes", c.closesAt, now())}
        values={{ format: formats.length === 1 ? formats[0] : undefined }}
        submitLabel="Continue"
      />
    </TwoThirdsPage>
  );
}
