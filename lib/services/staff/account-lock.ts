// Staff changes lock the account they change and every active admin, in one statement and
// in id order, so concurrent changes run one after another without deadlocking. That makes
// "the last active admin cannot be removed or demoted" (issue #3) hold under concurrency, and
// stops a double-clicked "Deactivate" from writing two audit rows.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { TRole } from "@/lib/permissions/permissions";

export type LockedAccount = { id: string; email: string; role: TRole; active: boolean };

export type AccountLock = {
  account: LockedAccount;
  /** Refuses (CONFLICT, shown beside `field` if given) when the account is the only active admin. */
  assertNotLastAdmin: (field?: string) => void;
};

export async function lockAccount(tx: Prisma.TransactionClient, userId: string): Promise<AccountLock> {
  const rows = await tx.$queryRaw<LockedAccount[]>`
    SELECT "id", "email", "role"::text AS "role", "active" FROM "User"
    WHERE "id" = ${userId} OR ("role" = 'ADMIN' AND "active" = true)
    ORDER BY "id" FOR UPDATE`;
  const account = rows.find((row) => row.id === userId);
  if (!account) throw new AppError("NOT_FOUND");
  // Rows changed by a transaction we waited for are re-checked by PostgreSQL, so an admin
  // another admin has just removed is no longer counted here.
  const otherAdmins = rows.filter((row) => row.id !== userId && row.role === "ADMIN" && row.active).length;
  return {
    account,
    assertNotLastAdmin(field) {
      if (account.role === "ADMIN" && account.active && otherAdmins === 0) {
        const message = "This is the only active administrator. Make someone else an administrator first";
        throw new AppError("CONFLICT", `${message}.`, field ? { [field]: [message] } : undefined);
      }
    },
  };
}
