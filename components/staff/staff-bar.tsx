import type { ServerAction } from "@/lib/actions/action-result";
import { ROLE_LABELS, type TRole } from "@/lib/auth/permissions";
import { SignOutForm } from "./sign-out-form";
import { staffLinks } from "./staff-links";
import { StaffNavigation } from "./staff-navigation";

type StaffBarProps = {
  staff: { name: string | null; email: string; role: TRole };
  signOutAction: ServerAction<unknown>;
};

/** Top of every staff page: the sections this role may use, who is signed in, and sign out. */
export const StaffBar = ({ staff, signOutAction }: Readonly<StaffBarProps>) => (
  <div className="govuk-!-margin-bottom-6">
    <StaffNavigation links={staffLinks(staff.role)} />
    <div className="govuk-grid-row govuk-!-margin-top-3">
      <div className="govuk-grid-column-two-thirds">
        <p className="govuk-body-s govuk-!-margin-bottom-2">
          Signed in as <strong>{staff.name ?? staff.email}</strong> ({ROLE_LABELS[staff.role].toLowerCase()})
        </p>
      </div>
      <div className="govuk-grid-column-one-third">
        <SignOutForm action={signOutAction} />
      </div>
    </div>
  </div>
);
