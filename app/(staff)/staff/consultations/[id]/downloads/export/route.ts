// POST /staff/consultations/[id]/downloads/export: the downloads page's export form. Checks the
// options, authorises (export.download; export.personalData and a reason for personal data or
// original text) and audits, then streams the file; a large export starts a background job and
// redirects to its progress page. Bad options go back to the form with their errors.
import { can } from "@/lib/permissions/permissions";
import { getCurrentStaff } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { crossOriginRefusal } from "@/lib/http/same-origin";
import { refusalResponse } from "@/lib/http/download-route";
import { guardDownload } from "@/lib/services/downloads/guard-download";
import {
  countSubmitted,
  EXPORT_CONTENT_TYPES,
  exportFileName,
  exportWebStream,
} from "@/lib/services/exports/build-export";
import { startExportJob } from "@/lib/services/exports/export-jobs";
import { lastValues } from "@/lib/http/posted-form";
import type { RouteParams } from "@/lib/http/route-path";
import { EXPORT_FORMATS, exportFileName as downloadFile, ZExportOptions } from "@/lib/validation/downloads";

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export async function POST(request: Request, { params }: RouteParams<"id">): Promise<Response> {
  const crossOrigin = crossOriginRefusal(request);
  if (crossOrigin) return refusalResponse({ status: 403, message: crossOrigin });
  const { id: consultationId } = await params;
  const page = `/staff/consultations/${encodeURIComponent(consultationId)}/downloads`;
  const fields = lastValues(await request.formData());
  const parsed = ZExportOptions.safeParse(fields);
  if (!parsed.success) {
    // Only someone who may download is shown the form again; anyone else is refused (and audited) as usual.
    const staff = await getCurrentStaff();
    if (!staff || !can(staff.role, "export.download")) {
      const guard = await guardDownload(
        request,
        consultationId,
        downloadFile(EXPORT_FORMATS.find((f) => f === fields.format) ?? "csv"),
        { personalData: false },
      );
      if (!guard.ok) return guard.response;
    }
    // The form shows each field's error and keeps the choices (never the reason) through the redirect.
    const query = new URLSearchParams();
    for (const name of ["format", "freeText", "sensitive", "include"]) if (fields[name]) query.set(name, fields[name]);
    for (const issue of parsed.error.issues)
      if (!query.has(`error-${String(issue.path[0])}`)) query.set(`error-${String(issue.path[0])}`, issue.message);
    return seeOther(`${page}?${query}#export-form`);
  }
  const options = parsed.data;
  const total = await countSubmitted(consultationId);
  const background = total > env().EXPORT_BACKGROUND_THRESHOLD;
  const guard = await guardDownload(request, consultationId, downloadFile(options.format), {
    ...options,
    recordSuccess: !background,
  });
  if (!guard.ok) return guard.response;
  const spec = {
    consultationId,
    format: options.format,
    freeText: options.freeText,
    originalText: options.originalText,
    personalData: options.personalData,
  };
  if (background)
    return seeOther(`${page}/jobs/${encodeURIComponent(await startExportJob(guard.staff, spec, guard.reason, total))}`);
  return new Response(exportWebStream(spec), {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[options.format],
      "Content-Disposition": `attachment; filename="${await exportFileName(spec)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
