// GET /staff/admin/users/:id/status: confirm deactivating or reactivating (staff.manage).
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { AccountStatusForm } from "@/components/staff/account-status-form";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { deactivateStaffAction, reactivateStaffAction } from "../../actions";
import { loadMember } from "../member";

// The form sets the title, adding "Error: " when it has errors.
export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("staff.manage", null);

export default async function AccountStatusPage({ params }: Readonly<{ params: Promise<{ id: string }> }>) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/admin/users/${id}/status`, "staff.manage");
  const member = await loadMember(staff, id);
  const back = `/staff/admin/users/${member.id}`;
  return (
    <TwoThirdsPage>
      <BackLink href={back}>Back</BackLink>
      <AccountStatusForm
        action={member.active ? deactivateStaffAction : reactivateStaffAction}
        userId={member.id}
        who={member.name ?? member.email}
        active={member.active}
        title={member.active ? "Deactivate this account?" : "Reactivate this account?"}
        cancelHref={back}
      />
    </TwoThirdsPage>
  );
}
