// `npm run staff:add` (issue #19): how a council makes its first administrator on an empty
// database, where nobody can yet sign in to invite anyone. Running it again with the same
// details changes nothing, so it is safe in a deployment script.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/permissions/permissions";
import type { TStaffAddCommand } from "@/lib/validation/staff";
import { createStaffAccount } from "./create-staff-account";

export type TStaffAddOutcome = { status: "created" | "unchanged"; id: string };

/** Who the audit trail names: no one is signed in on the command line. */
export const COMMAND_LINE_ACTOR = { system: "command line" } as const;

async function existingAccount(input: TStaffAddCommand): Promise<TStaffAddOutcome | null> {
  const user = await db().user.findUnique({
    where: { email: input.email },
    select: { id: true, role: true, active: true },
  });
  if (!user) return null;
  if (user.active && user.role === input.role) return { status: "unchanged", id: user.id };
  // Never a silent promotion or reactivation: those are an administrator's decisions, and audited as theirs.
  const role = ROLE_LABELS[user.role].toLowerCase();
  throw new AppError(
    "CONFLICT",
    user.active
      ? `${input.email} already has a staff account as ${role}. An administrator can change its role under Staff.`
      : `${input.email} belongs to a deactivated ${role} account. An administrator can reactivate it under Staff.`,
  );
}

export async function addStaffFromCommandLine(input: TStaffAddCommand): Promise<TStaffAddOutcome> {
  const existing = await existingAccount(input);
  if (existing) return existing;
  try {
    const id = await createStaffAccount(input, {
      actor: COMMAND_LINE_ACTOR,
      action: "staff.create",
      detail: `Created from the command line: ${input.email} as ${ROLE_LABELS[input.role].toLowerCase()}`,
    });
    return { status: "created", id };
  } catch (error) {
    // Two runs at once: the one that lost the race finds the account the other made.
    const raced = error instanceof AppError && error.code === "CONFLICT" ? await existingAccount(input) : null;
    if (raced) return raced;
    throw error;
  }
}
