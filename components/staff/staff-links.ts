// The staff area's sections, each shown only to roles holding its permission (issue #16 §6:
// consultations for everyone, staff accounts and the audit trail for administrators).
import { can, type Permission, type TRole } from "@/lib/permissions/permissions";
import type { StaffLink } from "@/components/layout/header-navigation";
import type { ServiceNavigationItem } from "@/components/layout/service-navigation";

const SECTIONS: ReadonlyArray<StaffLink & { permission?: Permission }> = [
  { href: "/staff", text: "Dashboard" },
  { href: "/staff/consultations", text: "Consultations", permission: "consultation.read" },
  { href: "/staff/admin/users", text: "Staff", permission: "staff.manage" },
  { href: "/staff/admin/audit", text: "Audit", permission: "audit.read" },
  // Retention settings, its schedule, "What we hold" and subject access (issue #21).
  { href: "/staff/admin/retention", text: "Personal data", permission: "settings.manage" },
];

export function staffLinks(role: TRole): StaffLink[] {
  return SECTIONS.filter((s) => !s.permission || can(role, s.permission)).map(({ href, text }) => ({ href, text }));
}

/** The most specific section the path is in (/staff/consultations/x is in Consultations, not the dashboard), marked for aria-current. */
export function staffItems(links: ReadonlyArray<StaffLink>, path: string): ServiceNavigationItem[] {
  const active = [...links]
    .sort((a, b) => b.href.length - a.href.length)
    .find((link) => path === link.href || path.startsWith(`${link.href}/`));
  return links.map((link) => ({ ...link, current: link === active && path === link.href, active: link === active }));
}
