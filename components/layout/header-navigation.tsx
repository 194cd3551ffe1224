"use client";
// The header's navigation: the public sections, or, on staff pages for someone signed in,
// the staff sections (their role's only) with the current one marked and "Sign out" at the
// right, as GOV.UK's service navigation places account links (issue #16 §6). A client
// component because only the browser's path says which area and section a page is in.
import { usePathname } from "next/navigation";
import { SignOutForm } from "@/components/staff/sign-out-form";
import { staffItems } from "@/components/staff/staff-links";
import type { ServerAction } from "@/lib/actions/action-result";
import { ServiceNavigation, type ServiceNavigationItem } from "./service-navigation";

export type StaffLink = { href: string; text: string };

export type HeaderNavigationProps = {
  serviceName: string;
  serviceUrl: string;
  items: ReadonlyArray<ServiceNavigationItem>;
  /** Set when a member of staff is signed in. */
  staff: { links: ReadonlyArray<StaffLink>; signOutAction: ServerAction<unknown> } | null;
};

export const HeaderNavigation = ({ serviceName, serviceUrl, items, staff }: Readonly<HeaderNavigationProps>) => {
  const path = usePathname() ?? "/";
  const inStaffArea = path === "/staff" || path.startsWith("/staff/");
  if (!staff || !inStaffArea)
    return <ServiceNavigation serviceName={serviceName} serviceUrl={serviceUrl} items={items} />;
  return (
    <ServiceNavigation
      serviceName={serviceName}
      serviceUrl="/staff"
      items={staffItems(staff.links, path)}
      navigationLabel="Staff area"
      navigationId="staff-navigation"
      end={<SignOutForm action={staff.signOutAction} />}
    />
  );
};
