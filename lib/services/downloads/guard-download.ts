// The route-handler side of authoriseDownload: reads the signed-in staff member, takes the
// consultation id from the route's params, and turns a refusal into a plain-text response with
// its status (403 for the wrong role), so every download route refuses the same way.
import "server-only";
import { getCurrentStaff } from "@/lib/auth/session";
import { refusalResponse } from "@/lib/http/download-route";
import { crossOriginRefusal } from "@/lib/http/same-origin";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { authoriseDownload, type DownloadOptions, type TDownloadFile } from "./authorise-download";

export type DownloadGuard =
  | { ok: true; staff: StaffPrincipal; consultationId: string; reason: string | null }
  | { ok: false; response: Response };

/** Authorises (and audits) a download for the route's consultation (/staff/consultations/[id]/…). */
export async function guardDownload(
  request: Request,
  consultationId: string,
  file: TDownloadFile,
  options: DownloadOptions,
): Promise<DownloadGuard> {
  const crossOrigin = crossOriginRefusal(request);
  if (crossOrigin) return { ok: false, response: refusalResponse({ status: 403, message: crossOrigin }) };
  const decision = await authoriseDownload(await getCurrentStaff(), consultationId, file, options);
  return decision.ok ? decision : { ok: false, response: refusalResponse(decision) };
}
