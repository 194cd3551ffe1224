// Every page under /staff: the staff bar for whoever is signed in. Each page still checks
// its own permission; this layout only decides what to show.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { StaffBar } from "@/components/staff/staff-bar";
import { getCurrentStaff } from "@/lib/auth/session";
import { signOutAction } from "./staff/actions";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function StaffLayout({ children }: Readonly<{ children: ReactNode }>) {
  const staff = await getCurrentStaff();
  return (
    <>
      {staff && <StaffBar staff={staff} signOutAction={signOutAction} />}
      {children}
    </>
  );
}
