// Loads the account a member page is about, or answers 404 for an unknown id.
import { notFound } from "next/navigation";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { isAppError } from "@/lib/errors";
import { getStaffMember, type StaffMember } from "@/lib/services/staff/staff-queries";

export async function loadMember(staff: StaffPrincipal, id: string): Promise<StaffMember> {
  try {
    return await getStaffMember(staff, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
