// Reads for the staff administration and audit pages.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal, type TRole } from "@/lib/permissions/permissions";

export type StaffMember = {
  id: string;
  email: string;
  name: string | null;
  role: TRole;
  active: boolean;
  /** When they first used a sign-in link; null means the invitation is still unused. */
  emailVerified: Date | null;
  createdAt: Date;
};

const memberSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  emailVerified: true,
  createdAt: true,
} as const;

/** Active accounts first, then by name. */
export async function listStaff(actor: StaffPrincipal | null): Promise<StaffMember[]> {
  requirePermission(actor, "staff.manage");
  return db().user.findMany({ select: memberSelect, orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }] });
}

export async function getStaffMember(actor: StaffPrincipal | null, id: string): Promise<StaffMember> {
  requirePermission(actor, "staff.manage");
  const member = await db().user.findUnique({ where: { id }, select: memberSelect });
  if (!member) throw new AppError("NOT_FOUND");
  return member;
}

export type StaffOption = { id: string; label: string };

/** Everyone who could appear in the audit trail, for its "person" filter. */
export async function listStaffForAuditFilter(actor: StaffPrincipal | null): Promise<StaffOption[]> {
  requirePermission(actor, "audit.read");
  const users = await db().user.findMany({
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return users.map((u) => ({ id: u.id, label: u.name ? `${u.name} (${u.email})` : u.email }));
}
