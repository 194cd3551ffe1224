// Organisation responses listed apart in analysis (issue #8 part 4): every submitted response
// made on behalf of a named organisation, with its channel, date and whether the organisation
// agreed to publication in full. They are still counted among the responses like any other.
import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TChannel } from "@/lib/respond/channels";

export type TOrganisationRow = {
  id: string;
  reference: string | null;
  organisationName: string;
  channel: TChannel;
  /** When it was received (staff entry) or submitted (online). */
  receivedAt: Date | null;
  agreedToPublish: boolean;
  /** Entered by staff on paper, email, phone, event or advocate: it has an entry page. */
  entered: boolean;
};

/** Submitted, not withdrawn, organisation responses, by organisation name then date (analysis.read). */
export async function listOrganisationResponses(
  actor: StaffPrincipal | null,
  consultationId: string,
): Promise<TOrganisationRow[]> {
  requirePermission(actor, "analysis.read");
  const rows = await db().response.findMany({
    where: { consultationId, status: "SUBMITTED", withdrawnAt: null, organisationName: { not: null } },
    select: {
      id: true,
      reference: true,
      organisationName: true,
      channel: true,
      receivedAt: true,
      submittedAt: true,
      organisationPublish: true,
      enteredById: true,
    },
    orderBy: [{ organisationName: "asc" }, { submittedAt: "asc" }, { id: "asc" }],
  });
  return rows.flatMap((r) => {
    const name = r.organisationName?.trim();
    if (!name) return [];
    return [
      {
        id: r.id,
        reference: r.reference,
        organisationName: name,
        channel: r.channel,
        receivedAt: r.receivedAt ?? r.submittedAt,
        agreedToPublish: r.organisationPublish,
        entered: r.enteredById !== null && r.channel !== "ONLINE" && r.channel !== "IMPORT",
      },
    ];
  });
}
