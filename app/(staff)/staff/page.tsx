// GET /staff: each role's dashboard.
import type { Metadata } from "next";
import { StaffDashboard } from "@/components/staff/staff-dashboard";
import { requireStaffForPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function StaffDashboardPage() {
  const staff = await requireStaffForPage("/staff");
  return <StaffDashboard name={staff.name} role={staff.role} />;
}
