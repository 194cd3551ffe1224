// GET /staff/admin/users/:id: one account, with links to change its role or status (staff.manage).
import type { Metadata } from "next";
import { BackLink, NotificationBanner, SummaryList } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { StaffStatusTag } from "@/components/staff/staff-table";
import { ROLE_LABELS } from "@/lib/permissions/permissions";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/text/dates";
import { loadMember } from "./member";

export const generateMetadata = (): Promise<Metadata> => staffPageMetadata("staff.manage", "Staff account");

type MemberPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE: Readonly<Record<string, { success: boolean; text: string }>> = {
  invited: { success: true, text: "Invitation sent" },
  "invited-unsent": {
    success: false,
    text: "The account was created, but the invitation email could not be sent. Ask them to sign in from the sign-in page.",
  },
  role: { success: true, text: "Role changed" },
  deactivated: { success: true, text: "Account deactivated. They have been signed out." },
  reactivated: { success: true, text: "Account reactivated" },
};

export default async function StaffMemberPage({ params, searchParams }: Readonly<MemberPageProps>) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/admin/users/${id}`, "staff.manage");
  const member = await loadMember(staff, id);
  const { done } = await searchParams;
  const banner = typeof done === "string" && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
  const base = `/staff/admin/users/${member.id}`;
  return (
    <TwoThirdsPage>
      <BackLink href="/staff/admin/users">Back to staff accounts</BackLink>
      {banner &&
        (banner.success ? (
          <NotificationBanner type="success" text={banner.text} />
        ) : (
          <NotificationBanner text={banner.text} />
        ))}
      <span className="govuk-caption-l">Staff account</span>
      <h1 className="govuk-heading-l">{member.name ?? member.email}</h1>
      <SummaryList
        rows={[
          { key: "Email", value: member.email },
          {
            key: "Role",
            value: ROLE_LABELS[member.role],
            actions: [{ href: `${base}/role`, text: "Change", visuallyHiddenText: "role" }],
          },
          {
            key: "Status",
            value: <StaffStatusTag member={member} />,
            actions: [
              {
                href: `${base}/status`,
                text: member.active ? "Deactivate" : "Reactivate",
                visuallyHiddenText: "account",
              },
            ],
          },
          { key: "Invited", value: formatDateTime(member.createdAt) },
          { key: "First signed in", value: member.emailVerified ? formatDateTime(member.emailVerified) : "Not yet" },
        ]}
      />
    </TwoThirdsPage>
  );
}
