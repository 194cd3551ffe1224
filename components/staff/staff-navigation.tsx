"use client";

import { usePathname } from "next/navigation";
import { ServiceNavigation } from "@/components/layout/service-navigation";

export type StaffLink = { href: string; text: string };

/** The staff sections, marking the one the current page belongs to (a layout cannot see the path). */
export const StaffNavigation = ({ links }: Readonly<{ links: ReadonlyArray<StaffLink> }>) => {
  const path = usePathname();
  const active = [...links].reverse().find((link) => path === link.href || path.startsWith(`${link.href}/`));
  const items = links.map((link) => ({ ...link, current: link === active && path === link.href, active: link === active }));
  return <ServiceNavigation items={items} navigationLabel="Staff area" navigationId="staff-navigation" collapseNavigationOnMobile={false} />;
};
