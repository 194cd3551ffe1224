// GET /staff/consultations/new: the create form (consultation.create).
import type { Metadata } from "next";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { ConsultationForm } from "@/components/consultations/consultation-form";
import { requireStaffForPage } from "@/lib/auth/session";
import { listOwnerCandidates, ownerLabel } from "@/lib/services/consultations/owners";
import { createConsultationAction } from "../actions";

export const metadata: Metadata = FORM_PAGE_METADATA;

export default async function NewConsultationPage() {
  const staff = await requireStaffForPage("/staff/consultations/new", "consultation.create");
  const owners = (await listOwnerCandidates(staff)).map((o) => ({ id: o.id, label: ownerLabel(o) }));
  return (
    <TwoThirdsPage>
      <BackLink href="/staff/consultations">Back to consultations</BackLink>
      <ConsultationForm
        action={createConsultationAction}
        title="Create a consultation"
        submitLabel="Save draft"
        initial={{ referencePrefix: "HYS", ownerId: staff.id }}
        dates={{}}
        owners={owners}
      />
    </TwoThirdsPage>
  );
}
