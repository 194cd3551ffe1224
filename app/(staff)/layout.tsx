// Every page under /staff: who is signed in (the sections and "Sign out" are in the header,
// app/layout.tsx). Each page still checks its own permission; this layout only decides what to show.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { StaffBar } from "@/components/staff/staff-bar";
import { getCurrentStaff } from "@/lib/auth/session";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function StaffLayout({ children }: Readonly<{ children: ReactNode }>) {
  const staff = await getCurrentStaff();
  return (
    <>
      {staff && <StaffBar staff={staff} />}
      {children}
    </>
  );
}
