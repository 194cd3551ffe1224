// The council's retention periods (issue #21): read by the schedule, the preview and the privacy
// notice; changed only by holders of settings.manage, each change audited with what moved.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { describeChanges, RETENTION_DEFAULTS, RETENTION_KEYS, type TRetentionSettings } from "@/lib/retention/settings";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TRetentionSettingsInput } from "@/lib/validation/retention";

const ID = "council";

export type TStoredSettings = TRetentionSettings & { updatedAt: Date | null; isDefault: boolean };

function pick(row: TRetentionSettings): TRetentionSettings {
  return Object.fromEntries(RETENTION_KEYS.map((key) => [key, row[key]])) as TRetentionSettings;
}

/** The periods in force: the saved row, or the defaults until an admin saves one. */
export async function retentionSettings(): Promise<TStoredSettings> {
  const row = await db().retentionSettings.findUnique({ where: { id: ID } });
  if (!row) return { ...RETENTION_DEFAULTS, updatedAt: null, isDefault: true };
  return { ...pick(row), updatedAt: row.updatedAt, isDefault: false };
}

export async function saveRetentionSettings(
  actor: StaffPrincipal | null,
  input: TRetentionSettingsInput,
): Promise<{ changed: boolean }> {
  const admin = requirePermission(actor, "settings.manage");
  const next = pick(input);
  return db().$transaction(async (tx) => {
    // Locks the row (or, the first time, claims the id) so two admins saving at once each audit
    // the change from what the other left, not from the same starting point.
    const locked = await tx.$queryRaw<
      TRetentionSettings[]
    >`SELECT * FROM "RetentionSettings" WHERE "id" = ${ID} FOR UPDATE`;
    const before = locked[0] ? pick(locked[0]) : RETENTION_DEFAULTS;
    const data = { ...next, updatedAt: now(), updatedById: admin.id };
    await tx.retentionSettings.upsert({ where: { id: ID }, create: { id: ID, ...data }, update: data });
    const detail = describeChanges(before, next);
    await recordAuditEvent(tx, {
      actor: admin,
      action: "retention.settingsChange",
      targetType: "RetentionSettings",
      targetId: ID,
      detail,
    });
    return { changed: detail !== "No periods changed" };
  });
}
