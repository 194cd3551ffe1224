import type { Metadata } from "next";
import { AccessDenied } from "@/components/staff/access-denied";
import { ACCESS_DENIED_TITLE } from "@/lib/auth/permissions";

// forbidden() (lib/auth/session.ts requireStaffForPage, and a service's FORBIDDEN) renders this
// with HTTP 403.
export const metadata: Metadata = { title: ACCESS_DENIED_TITLE };

export default AccessDenied;
