import { ROLE_LABELS, type TRole } from "@/lib/permissions/permissions";

type StaffBarProps = { staff: { name: string | null; email: string; role: TRole } };

/**
 * Top of every staff page: who is signed in, and as what. The sections and "Sign out" are in
 * the header (components/layout/header-navigation.tsx).
 */
export const StaffBar = ({ staff }: Readonly<StaffBarProps>) => (
  <p className="govuk-body-s govuk-!-margin-bottom-6">
    Signed in as <strong>{staff.name ?? staff.email}</strong> ({ROLE_LABELS[staff.role].toLowerCase()})
  </p>
);
