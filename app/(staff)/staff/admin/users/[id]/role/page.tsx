// GET /staff/admin/users/:id/role: choose a new role (staff.manage).
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { ChangeRoleForm } from "@/components/staff/change-role-form";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { changeStaffRoleAction } from "../../actions";
import { loadMember } from "../member";

const TITLE = "Change role";

// The form sets the title, adding "Error: " when it has errors.
export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("staff.manage", null);

export default async function ChangeRolePage({ params }: Readonly<{ params: Promise<{ id: string }> }>) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/admin/users/${id}/role`, "staff.manage");
  const member = await loadMember(staff, id);
  return (
    <TwoThirdsPage>
      <BackLink href={`/staff/admin/users/${member.id}`}>Back</BackLink>
      <ChangeRoleForm
        action={changeStaffRoleAction}
        userId={member.id}
        who={member.name ?? member.email}
        currentRole={member.role}
        title={TITLE}
      />
    </TwoThirdsPage>
  );
}
