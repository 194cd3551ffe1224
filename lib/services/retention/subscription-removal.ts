// Deleting update subscriptions (issue #21), by the schedule or an erasure: the confirmed ones
// are still counted on their consultation, so the findings report's "N people asked to be told
// the outcome" stays true after the addresses are gone.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function deleteSubscriptions(where: Prisma.OutcomeSubscriptionWhereInput): Promise<number> {
  return db().$transaction(async (tx) => {
    const rows = await tx.outcomeSubscription.findMany({
      where,
      select: { id: true, consultationId: true, confirmedAt: true },
    });
    if (rows.length === 0) return 0;
    const confirmed = new Map<string, number>();
    for (const r of rows)
      if (r.confirmedAt) confirmed.set(r.consultationId, (confirmed.get(r.consultationId) ?? 0) + 1);
    for (const [consultationId, n] of confirmed) {
      await tx.consultationRetention.upsert({
        where: { consultationId },
        create: { consultationId, subscribersRemoved: n },
        update: { subscribersRemoved: { increment: n } },
      });
    }
    const { count } = await tx.outcomeSubscription.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    return count;
  });
}
