// GET /staff/consultations/[id]/analysis/equality: the equality profile (issue #9, item 3),
// totals only, with small-cell disclosure control (equality.read: analysts and admins only).
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { EqualityTable } from "@/components/analysis/equality-table";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { equalityProfile } from "@/lib/services/analysis/equality-profile";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return staffPageMetadata("equality.read", "Equality profile");
}
export const dynamic = "force-dynamic";

export default async function EqualityProfilePage({ params }: Readonly<Props>) {
  const { id } = await params;
  const path = `/staff/consultations/${id}/analysis/equality`;
  const staff = await requireStaffForPage(path, "equality.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const profile = await equalityProfile(staff, c.id);
  return (
    <>
      <BackLink href={`/staff/consultations/${c.id}/analysis`}>Back to analysis</BackLink>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Equality profile</h1>
      <p className="govuk-body">
        Totals over all <strong>{profile.base}</strong> submitted responses. To protect people in small groups, counts
        from 1 to 9 are shown as &quot;&lt;10&quot;, and where a hidden count could be worked out from the others, a
        further count or the total is hidden too, shown as &quot;[c]&quot;. The profile cannot be filtered, and is never
        shown per response.
      </p>
      {profile.characteristics.map((c) => (
        <EqualityTable key={c.key} title={c.title} multiple={c.multiple} rows={c.rows} total={c.total} />
      ))}
    </>
  );
}
