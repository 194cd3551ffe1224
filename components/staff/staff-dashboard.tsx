import {
  PERMISSION_DESCRIPTIONS,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLE_PERMISSIONS,
  type TRole,
} from "@/lib/permissions/permissions";
import { staffLinks } from "./staff-links";

type StaffDashboardProps = { name: string | null; role: TRole };

const SECTION_HINTS: Readonly<Record<string, string>> = {
  "/staff/admin/users": "Invite staff, change their roles, and deactivate accounts.",
  "/staff/admin/audit": "See who signed in, changed an account, published or downloaded, and when.",
  "/staff/admin/retention":
    "Set how long personal data is kept, see what the schedule does next, what we hold, and answer subject access requests.",
};

/** Each role's landing page: what the role is for, the sections it can open, and what it may do. */
export const StaffDashboard = ({ name, role }: Readonly<StaffDashboardProps>) => {
  const sections = staffLinks(role).filter((link) => SECTION_HINTS[link.href]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{name ? `Welcome, ${name}` : "Welcome"}</span>
        <h1 className="govuk-heading-l">{ROLE_LABELS[role]} dashboard</h1>
        <p className="govuk-body">{ROLE_DESCRIPTIONS[role]}</p>
        {sections.length > 0 && (
          <>
            <h2 className="govuk-heading-m">Your sections</h2>
            <ul className="govuk-list govuk-list--spaced">
              {sections.map((link) => (
                <li key={link.href}>
                  <a className="govuk-link govuk-!-font-weight-bold" href={link.href}>
                    {link.text}
                  </a>
                  <br />
                  {SECTION_HINTS[link.href]}
                </li>
              ))}
            </ul>
          </>
        )}
        <h2 className="govuk-heading-m">What your role can do</h2>
        <ul className="govuk-list govuk-list--bullet">
          {ROLE_PERMISSIONS[role].map((permission) => (
            <li key={permission}>{PERMISSION_DESCRIPTIONS[permission]}</li>
          ))}
        </ul>
      </div>
    </div>
  );
};
