import { Table, Tag } from "@/components/govuk";
import { ROLE_LABELS, type TRole } from "@/lib/permissions/permissions";

export type StaffRow = {
  id: string;
  name: string | null;
  email: string;
  role: TRole;
  active: boolean;
  emailVerified: Date | null;
};

export const StaffStatusTag = ({ member }: Readonly<{ member: Pick<StaffRow, "active" | "emailVerified"> }>) => {
  if (!member.active) return <Tag colour="grey">Deactivated</Tag>;
  // An invitation nobody has used yet: the account exists but has never signed in.
  if (!member.emailVerified) return <Tag colour="yellow">Invited</Tag>;
  return <Tag colour="green">Active</Tag>;
};

export const StaffTable = ({ members }: Readonly<{ members: ReadonlyArray<StaffRow> }>) => (
  <Table
    caption="Staff accounts"
    captionClassName="govuk-table__caption--m"
    head={[{ text: "Name" }, { text: "Email" }, { text: "Role" }, { text: "Status" }]}
    rows={members.map((member) => [
      {
        text: (
          <a className="govuk-link" href={`/staff/admin/users/${member.id}`}>
            {member.name ?? member.email}
          </a>
        ),
      },
      { text: member.email },
      { text: ROLE_LABELS[member.role] },
      { text: <StaffStatusTag member={member} /> },
    ])}
  />
);
