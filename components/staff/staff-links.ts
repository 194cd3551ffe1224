// The staff area's sections, each shown only to roles holding its permission.
import { can, type Permission, type TRole } from "@/lib/auth/permissions";
import type { StaffLink } from "./staff-navigation";

const SECTIONS: ReadonlyArray<StaffLink & { permission?: Permission }> = [
  { href: "/staff", text: "Dashboard" },
  { href: "/staff/admin/users", text: "Staff accounts", permission: "staff.manage" },
  { href: "/staff/admin/audit", text: "Audit trail", permission: "audit.read" },
];

export function staffLinks(role: TRole): StaffLink[] {
  return SECTIONS.filter((s) => !s.permission || can(role, s.permission)).map(({ href, text }) => ({ href, text }));
}
