// GET /staff/admin/retention/hold/:id: one consultation's retention schedule, and its legal hold
// placed or lifted with a reason (issue #21, settings.manage).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, NotificationBanner, SummaryList, Table } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { LegalHoldForm } from "@/components/retention/legal-hold-form";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { STEP_LABELS } from "@/lib/retention/plan";
import { consultationRetention } from "@/lib/services/retention/preview";
import { formatDate } from "@/lib/text/dates";
import { liftLegalHoldAction, setLegalHoldAction } from "../../actions";

// The form sets the title, adding "Error: " when it has errors.
export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("settings.manage", null);

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Readonly<Record<string, string>> = {
  held: "Legal hold placed. The schedule will not touch this consultation's data.",
  lifted: "Legal hold lifted.",
};

export default async function LegalHoldPage({ params, searchParams }: Readonly<Props>) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/admin/retention/hold/${id}`, "settings.manage");
  const found = await consultationRetention(staff, id);
  if (!found) notFound();
  const { done } = await searchParams;
  const held = Boolean(found.hold?.legalHoldReason);
  const title = held ? "Lift the legal hold" : "Place a legal hold";
  return (
    <TwoThirdsPage>
      <BackLink href="/staff/admin/retention/preview">Back to the retention schedule</BackLink>
      {typeof done === "string" && Object.hasOwn(DONE, done) && <NotificationBanner type="success" text={DONE[done]} />}
      <LegalHoldForm
        action={held ? liftLegalHoldAction : setLegalHoldAction}
        consultationId={found.consultation.id}
        held={held}
        title={`${title}: ${found.consultation.title}`}
      >
        <span className="govuk-caption-l">{found.consultation.title}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {held && found.hold && (
          <SummaryList
            rows={[
              { key: "Held because", value: found.hold.legalHoldReason ?? "" },
              { key: "Since", value: found.hold.legalHoldSince ? formatDate(found.hold.legalHoldSince) : "–" },
            ]}
          />
        )}
        <p className="govuk-body">
          While a consultation is under a legal hold, the retention schedule deletes and anonymises none of its data.
        </p>
        {found.steps.length > 0 && (
          <Table
            caption="Still to come for this consultation"
            captionClassName="govuk-table__caption--m"
            head={[{ text: "When" }, { text: "What happens" }]}
            rows={found.steps.map((s) => [{ text: formatDate(s.dueAt) }, { text: STEP_LABELS[s.step] }])}
          />
        )}
      </LegalHoldForm>
    </TwoThirdsPage>
  );
}
