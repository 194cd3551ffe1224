"use server";

// Staff administration (admins only: staff.manage). Each action writes one audit event.
import { createAction } from "@/lib/actions/create-action";
import { changeStaffRole } from "@/lib/services/staff/change-staff-role";
import { inviteStaff } from "@/lib/services/staff/invite-staff";
import { deactivateStaff, reactivateStaff } from "@/lib/services/staff/set-staff-active";
import { ZStaffAccountSchema, ZStaffInviteSchema, ZStaffRoleChangeSchema } from "@/lib/validation/staff";

const memberPage = (id: string, done: string) => `/staff/admin/users/${encodeURIComponent(id)}?done=${done}`;

export const inviteStaffAction = createAction({
  schema: ZStaffInviteSchema,
  permission: "staff.manage",
  handler: (input, { staff }) => inviteStaff(staff, input),
  redirectTo: (outcome) => memberPage(outcome.id, outcome.emailSent ? "invited" : "invited-unsent"),
});

export const changeStaffRoleAction = createAction({
  schema: ZStaffRoleChangeSchema,
  permission: "staff.manage",
  handler: (input, { staff }) => changeStaffRole(staff, input),
  redirectTo: (outcome) => memberPage(outcome.id, "role"),
});

export const deactivateStaffAction = createAction({
  schema: ZStaffAccountSchema,
  permission: "staff.manage",
  handler: (input, { staff }) => deactivateStaff(staff, input),
  redirectTo: (outcome) => memberPage(outcome.id, "deactivated"),
});

export const reactivateStaffAction = createAction({
  schema: ZStaffAccountSchema,
  permission: "staff.manage",
  handler: (input, { staff }) => reactivateStaff(staff, input),
  redirectTo: (outcome) => memberPage(outcome.id, "reactivated"),
});
