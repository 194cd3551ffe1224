// GET /staff/admin/users: every staff account, with a way to invite more (staff.manage).
import type { Metadata } from "next";
import { Button } from "@/components/govuk";
import { StaffTable } from "@/components/staff/staff-table";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { listStaff } from "@/lib/services/staff/staff-queries";

export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("staff.manage", "Staff accounts");

export default async function StaffAccountsPage() {
  const staff = await requireStaffForPage("/staff/admin/users", "staff.manage");
  const members = await listStaff(staff);
  return (
    <>
      <h1 className="govuk-heading-l">Staff accounts</h1>
      <p className="govuk-body">
        Only people with an account here can sign in to the staff area. Deactivating an account signs its owner out at
        once.
      </p>
      <Button href="/staff/admin/users/invite">Invite a staff member</Button>
      <StaffTable members={members} />
    </>
  );
}
