// POST /staff/consultations/[id]/imports/[importId]/step (response.import): the import page's
// buttons. "check" saves the column mapping and runs the dry run; "import-all" and
// "import-valid" start the import (or try a failed one again), which an instance's job worker then
// writes in the background in chunks while the page shows progress, carried on by another
// instance if that one stops (lib/services/jobs); "rollback" deletes the import's responses.
// Answers with a 303 to the page.
import { withPermission } from "@/lib/http/route-guard";
import { isAppError } from "@/lib/errors";
import { mappingFromForm } from "@/lib/imports/unmatched-values";
import { lastValues } from "@/lib/http/posted-form";
import type { RouteParams } from "@/lib/http/route-path";
import { checkImport } from "@/lib/services/imports/check-import";
import { importConsultation } from "@/lib/services/imports/import-context";
import { loadImport } from "@/lib/services/imports/import-record";
import { rollbackImport } from "@/lib/services/imports/rollback-import";
import { startImport } from "@/lib/services/imports/run-import";
import { ZImportStep } from "@/lib/validation/imports";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

export const POST = withPermission<RouteParams<"id" | "importId">>(
  "response.import",
  async (request, { params }, staff) => {
    const { id: consultationId, importId } = await params;
    const page = `/staff/consultations/${encodeURIComponent(consultationId)}/imports/${encodeURIComponent(importId)}`;
    const form = await request.formData();
    const fields = lastValues(form);
    const parsed = ZImportStep.safeParse(fields);
    if (!parsed.success) return seeOther(`${page}?${new URLSearchParams({ error: parsed.error.issues[0].message })}`);
    const ids = { consultationId, importId };
    try {
      switch (parsed.data.intent) {
        case "check": {
          const record = await loadImport(consultationId, importId);
          const { definition } = await importConsultation(consultationId, record.versionId);
          await checkImport(staff, { ...ids, mapping: mappingFromForm(definition, record.table.headers, fields) });
          return seeOther(`${page}#report`);
        }
        case "import-all":
        case "import-valid":
          // Recorded now, written by whichever instance claims it (usually this one, at once); the
          // page polls its progress.
          await startImport(staff, { ...ids, onlyValid: parsed.data.intent === "import-valid" });
          return seeOther(page);
        case "rollback":
          await rollbackImport(staff, ids);
          return seeOther(`${page}?done=rolled-back`);
      }
    } catch (error) {
      if (isAppError(error) && error.status !== 404)
        return seeOther(`${page}?${new URLSearchParams({ error: error.message })}`);
      throw error;
    }
  },
);
