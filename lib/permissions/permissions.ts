// One table says what each staff role may do (issue #3). Every server action, route handler
// and service that touches staff data checks a permission from here; hiding a button is not a check.
import { AppError } from "@/lib/errors";

export const ROLES = ["ADMIN", "OFFICER", "ANALYST"] as const;
export type TRole = (typeof ROLES)[number];

/** Every permission the product needs, with the plain-English description shown to admins. */
export const PERMISSION_DESCRIPTIONS = {
  "consultation.read": "See consultations, including drafts",
  "consultation.create": "Create consultations",
  "consultation.edit": "Edit consultations",
  "consultation.publish": "Publish, extend and close consultations",
  "questionnaire.edit": "Build and edit questionnaires",
  "questionnaire.publish": "Publish questionnaire versions",
  "response.enter": "Enter paper, phone, email and event responses",
  "response.read": "Read individual responses",
  "response.import": "Import responses from a spreadsheet",
  "response.delete": "Delete responses (for example on request or at the end of retention)",
  "comment.code": "Code free-text comments into themes",
  "analysis.read": "Read analysis and summaries",
  "equality.read": "Read equality monitoring analysis",
  "export.download": "Download summaries, reports and anonymised exports",
  "export.personalData": "Download or view respondents' personal data, giving a reason that is recorded",
  "outcome.edit": 'Write the outcome and "You said, we did"',
  "outcome.publish": "Publish the outcome and email respondents who asked to hear",
  "staff.manage": "Invite staff, change roles and deactivate accounts",
  "audit.read": "Read the audit trail",
  "settings.manage": "Change the council's settings",
  "personalData.request":
    "Answer subject access and erasure requests: find, download and erase everything held about a person",
} as const;

export type Permission = keyof typeof PERMISSION_DESCRIPTIONS;

export const PERMISSIONS = Object.keys(PERMISSION_DESCRIPTIONS) as Permission[];

const OFFICER: ReadonlyArray<Permission> = [
  "consultation.read",
  "consultation.create",
  "consultation.edit",
  "consultation.publish",
  "questionnaire.edit",
  "questionnaire.publish",
  "response.enter",
  "response.read",
  "response.import",
  "comment.code",
  // Officers write "You said, we did", so they need the analysis it answers.
  "analysis.read",
  "outcome.edit",
  "outcome.publish",
];

// Commissioners read and download; equality data and personal data stay with them and admins.
const ANALYST: ReadonlyArray<Permission> = [
  "consultation.read",
  "response.read",
  "analysis.read",
  "equality.read",
  "export.download",
  "export.personalData",
];

export const ROLE_PERMISSIONS: Readonly<Record<TRole, ReadonlyArray<Permission>>> = {
  ADMIN: PERMISSIONS,
  OFFICER,
  ANALYST,
};

/**
 * Permissions whose every use must carry a reason, recorded in the audit trail
 * (e.g. why an analyst opened respondents' contact details).
 */
export const PERMISSIONS_REQUIRING_REASON: ReadonlyArray<Permission> = ["export.personalData", "personalData.request"];

/** Permissions that open respondents' personal or special-category data: a refused attempt is audited. */
export const PERSONAL_DATA_PERMISSIONS: ReadonlyArray<Permission> = [
  "response.read",
  "response.enter",
  "equality.read",
  "export.personalData",
  "audit.read",
  "personalData.request",
];

export const ROLE_LABELS: Readonly<Record<TRole, string>> = {
  ADMIN: "Administrator",
  OFFICER: "Officer",
  ANALYST: "Analyst",
};

export const ROLE_DESCRIPTIONS: Readonly<Record<TRole, string>> = {
  ADMIN: "Manages staff accounts and settings, and can do everything officers and analysts do.",
  OFFICER:
    "Creates and edits consultations and questionnaires, enters paper, phone and event responses, and codes comments.",
  ANALYST: "Reads analysis and downloads summaries and exports (for commissioners).",
};

/** The heading and title of a staff page shown to a role without its permission. */
export const ACCESS_DENIED_TITLE = "You do not have permission to view this page";

export function can(role: TRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Roles that hold a permission, e.g. for "only administrators can do this" messages and tests. */
export function rolesWith(permission: Permission): TRole[] {
  return ROLES.filter((role) => can(role, permission));
}

/** The signed-in staff member, or null for an anonymous caller. */
export type StaffPrincipal = { id: string; email: string; name: string | null; role: TRole };

/**
 * Throws UNAUTHENTICATED (401) for an anonymous caller and FORBIDDEN (403) for a role
 * without the permission; returns the staff member so callers can narrow the type.
 */
export function requirePermission(staff: StaffPrincipal | null, permission: Permission): StaffPrincipal {
  if (!staff) throw new AppError("UNAUTHENTICATED");
  if (!can(staff.role, permission)) throw new AppError("FORBIDDEN");
  return staff;
}
