// GET /staff/admin/subject-access: find, download and erase everything held about a person
// (issue #21, personalData.request).
import type { Metadata } from "next";
import { TwoThirdsPage } from "@/components/layout/grid";
import { SubjectAccessPanel } from "@/components/retention/subject-access-panel";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { eraseSubjectAction, searchSubjectAction } from "./actions";

// The panel sets the title, adding "Error: " when it has errors.
export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("personalData.request", null);

export default async function SubjectAccessPage() {
  await requireStaffForPage("/staff/admin/subject-access", "personalData.request");
  return (
    <TwoThirdsPage>
      <SubjectAccessPanel search={searchSubjectAction} erase={eraseSubjectAction} title="Subject access and erasure" />
    </TwoThirdsPage>
  );
}
