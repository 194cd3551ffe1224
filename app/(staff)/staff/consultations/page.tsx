// GET /staff/consultations: every consultation, drafts included (consultation.read).
import type { Metadata } from "next";
import { Button, Table } from "@/components/govuk";
import { StatusTag } from "@/components/consultations/status-tag";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { listStaffConsultations } from "@/lib/services/consultations/staff-consultations";
import { formatDate } from "@/lib/text/dates";
import { duplicateConsultationAction } from "./actions";
import { DuplicateButton } from "@/components/consultations/duplicate-button";

export const metadata: Metadata = { title: "Consultations" };
export const dynamic = "force-dynamic";

export default async function StaffConsultationsPage() {
  const staff = await requireStaffForPage("/staff/consultations", "consultation.read");
  const rows = await listStaffConsultations(staff);
  const canCreate = can(staff.role, "consultation.create");
  return (
    <>
      <h1 className="govuk-heading-l">Consultations</h1>
      {canCreate && <Button href="/staff/consultations/new">Create a consultation</Button>}
      <Table
        caption="All consultations"
        captionClassName="govuk-visually-hidden"
        head={[
          { text: "Title" },
          { text: "Status" },
          { text: "Dates" },
          { text: <span className="govuk-visually-hidden">Actions</span> },
        ]}
        rows={rows.map((c) => [
          {
            text: (
              <a className="govuk-link" href={`/staff/consultations/${c.id}`}>
                {c.title}
              </a>
            ),
          },
          { text: <StatusTag status={c.status} /> },
          { text: `${formatDate(c.opensAt)} to ${formatDate(c.closesAt)}` },
          {
            text: canCreate ? (
              <DuplicateButton action={duplicateConsultationAction} consultationId={c.id} title={c.title} />
            ) : null,
          },
        ])}
      />
    </>
  );
}
