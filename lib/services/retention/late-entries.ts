// A response entered after the schedule has cleared its consultation (a late paper response, an
// import after the outcome, a scanned original attached later) must not keep what the others
// lost. Steps are marked done once per consultation, so such an entry opens them again and the
// next daily run applies them to it too. Each step only touches what is still there, so running
// it again changes nothing already done.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

type TRetentionWriter = Pick<PrismaClient, "consultationRetention">;

/** Call in the transaction that adds the late data. A held or never-cleared consultation is unchanged. */
export async function reopenRetentionSteps(tx: TRetentionWriter, consultationId: string): Promise<void> {
  await tx.consultationRetention.updateMany({
    where: {
      consultationId,
      OR: [
        { draftsDoneAt: { not: null } },
        { equalityDoneAt: { not: null } },
        { freeTextDoneAt: { not: null } },
        { contactsDoneAt: { not: null } },
        { filesDoneAt: { not: null } },
      ],
    },
    data: { draftsDoneAt: null, equalityDoneAt: null, freeTextDoneAt: null, contactsDoneAt: null, filesDoneAt: null },
  });
}
