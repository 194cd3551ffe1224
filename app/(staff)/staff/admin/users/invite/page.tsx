// GET /staff/admin/users/invite: the invitation form (staff.manage).
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { InviteStaffForm } from "@/components/staff/invite-staff-form";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { inviteStaffAction } from "../actions";

// The form sets the title, adding "Error: " when it has errors.
export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("staff.manage", null);

export default async function InviteStaffPage() {
  await requireStaffForPage("/staff/admin/users/invite", "staff.manage");
  return (
    <TwoThirdsPage>
      <BackLink href="/staff/admin/users">Back to staff accounts</BackLink>
      <InviteStaffForm action={inviteStaffAction} />
    </TwoThirdsPage>
  );
}
