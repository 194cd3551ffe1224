// The route-handler side of authoriseDownload: reads the signed-in staff member, takes the
// consultation id from the route's params, and turns a refusal into a plain-text response with its status
// (403 for the wrong role), so every download route refuses the same way.
import "server-only";
import { getCurrentStaff } from "@/lib/auth/session";
import { crossOriginRefusal } from "@/lib/http/same-origin";
import { authoriseDownload, type DownloadOptions, type DownloadRefusal, type TDownloadFile } from "../services/downloads/authorise-download";
import type { StaffPrincipal } from "@/lib/permissions/permissions";

export type DownloadGuard = { ok: true; staff: StaffPrincipal; consultationId: string; reason: string | null } | { ok: false; response: Response };

/** A refusal as a plain-text response that is never cached. */
export function refusalResponse(refusal: Pick<DownloadRefusal, "status" | "message">): Response {
  return new Response(`${refusal.message}\n`, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/** Authorises (and audits) a download for the request's consultation (/staff/consultations/[id]/…). */
export async function guardDownload(request: Request, consultationId: string, file: TDownloadFile, options: DownloadOptions): Promise<DownloadGuard> {
  const crossOrigin = crossOriginRefusal(request);
  if (crossOrigin) return { ok: false, response: refusalResponse({ status: 403, message: crossOrigin }) };
  const decision = await authoriseDownload(await getCurrentStaff(), consultationId, file, options);
  return decision.ok ? decision : { ok: false, response: refusalResponse(decision) };
}
