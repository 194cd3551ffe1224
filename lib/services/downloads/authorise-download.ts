// Usage: every download of a consultation's report or data export (issue #10) goes through
// authoriseDownload before a byte is produced. A route handler calls
// `const guard = await guardDownload(request, "report.docx", { personalData: false })` (see
// download-route.ts); `if (!guard.ok) return guard.response;` then builds the file for
// `guard.staff` and `guard.consultationId`. A service that already holds the staff member calls
// `authoriseDownload(staff, consultationId, file, options)` and maps `{ ok: false }` to its
// `status` (401 anonymous, 404 unknown consultation, 400 missing reason, 403 wrong role).
// Allowed downloads need `export.download`; personal data (respondents' contact details) or
// original (unredacted) text also need `export.personalData` and a non-empty reason. Every
// signed-in decision writes one audit row: `export.download` on success, `access.refused` on
// refusal, whose detail records the file, whether personal data was asked for, and the reason.
import "server-only";
import { db } from "@/lib/db";
import { can, type StaffPrincipal } from "@/lib/permissions/permissions";
import { APP_ERRORS } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DOWNLOAD_REASON_MAX, type TDownloadFile } from "@/lib/validation/downloads";

export type { TDownloadFile } from "@/lib/validation/downloads";

export type DownloadOptions = {
  /** Respondents' contact details (email, name, organisation contact). */
  personalData: boolean;
  /** Free text as written, before redaction. Needs the same permission and reason. */
  originalText?: boolean;
  /** Why the personal data or original text is needed; recorded in the audit trail. */
  reason?: string;
  /**
   * False when this is not yet the download, e.g. starting a background export: refusals are
   * audited as usual, and the allowed download is audited when the file is fetched.
   */
  recordSuccess?: boolean;
};

export type DownloadRefusal = { ok: false; status: 400 | 401 | 403 | 404; message: string };
export type DownloadDecision =
  { ok: true; staff: StaffPrincipal; consultationId: string; reason: string | null } | DownloadRefusal;

export const DOWNLOAD_MESSAGES = {
  forbidden: "You do not have permission to download this file.",
  personalData: "You do not have permission to download personal data or original text.",
  reasonMissing: "Enter the reason you need personal data or original text.",
  reasonTooLong: `The reason must be ${DOWNLOAD_REASON_MAX} characters or fewer.`,
  notFound: "We could not find that consultation.",
} as const;

/** The audit detail: which file, with or without personal data, and the reason given. */
export function downloadAuditDetail(file: TDownloadFile, options: DownloadOptions, refusal?: string): string {
  const sensitive = options.personalData || options.originalText;
  const parts = [
    file,
    options.personalData ? "with personal data" : "without personal data",
    options.originalText ? "original text" : null,
    sensitive && options.reason?.trim() ? `reason: ${options.reason.trim()}` : null,
    refusal ? `refused: ${refusal}` : null,
  ];
  return parts.filter(Boolean).join("; ");
}

export async function authoriseDownload(
  staff: StaffPrincipal | null,
  consultationId: string,
  file: TDownloadFile,
  options: DownloadOptions,
): Promise<DownloadDecision> {
  if (!staff) return { ok: false, status: 401, message: APP_ERRORS.UNAUTHENTICATED.message };
  const consultation = await db().consultation.findUnique({ where: { id: consultationId }, select: { id: true } });
  if (!consultation) return { ok: false, status: 404, message: DOWNLOAD_MESSAGES.notFound };
  const sensitive = Boolean(options.personalData || options.originalText);
  const reason = options.reason?.trim() ?? "";
  const refusal: DownloadRefusal | null = !can(staff.role, "export.download")
    ? { ok: false, status: 403, message: DOWNLOAD_MESSAGES.forbidden }
    : sensitive && !can(staff.role, "export.personalData")
      ? { ok: false, status: 403, message: DOWNLOAD_MESSAGES.personalData }
      : sensitive && reason === ""
        ? { ok: false, status: 400, message: DOWNLOAD_MESSAGES.reasonMissing }
        : sensitive && reason.length > DOWNLOAD_REASON_MAX
          ? { ok: false, status: 400, message: DOWNLOAD_MESSAGES.reasonTooLong }
          : null;
  if (refusal || options.recordSuccess !== false) {
    await recordAuditEvent(db(), {
      actor: staff,
      action: refusal ? "access.refused" : "export.download",
      targetType: "Consultation",
      targetId: consultationId,
      detail: downloadAuditDetail(file, options, refusal?.message),
    });
  }
  return refusal ?? { ok: true, staff, consultationId, reason: sensitive ? reason : null };
}
