// GET /staff/consultations/[id]/edit: the edit form (consultation.edit).
import type { Metadata } from "next";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { ConsultationForm } from "@/components/consultations/consultation-form";
import { consultationFormValues } from "@/components/consultations/form-values";
import { requireStaffForPage } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { listOwnerCandidates, ownerLabel } from "@/lib/services/consultations/owners";
import { updateConsultationAction } from "../../actions";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function EditConsultationPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/edit`, "consultation.edit");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const owners = (await listOwnerCandidates(staff)).map((o) => ({ id: o.id, label: ownerLabel(o) }));
  // An owner whose account has since been deactivated stays selectable, so saving other
  // changes does not silently reassign the consultation.
  if (c.owner && !owners.some((o) => o.id === c.owner?.id))
    owners.unshift({ id: c.owner.id, label: `${ownerLabel(c.owner)} (account deactivated)` });
  if (!c.owner) owners.unshift({ id: "", label: "No owner yet" });
  return (
    <TwoThirdsPage>
      <BackLink href={`/staff/consultations/${c.id}`}>Back to {c.title}</BackLink>
      <ConsultationForm
        action={updateConsultationAction}
        title="Edit consultation"
        submitLabel="Save changes"
        consultationId={c.id}
        initial={consultationFormValues(c)}
        dates={{ opens: c.opensAt, closes: c.closesAt, decision: c.expectedDecisionDate }}
        owners={owners}
      />
    </TwoThirdsPage>
  );
}
