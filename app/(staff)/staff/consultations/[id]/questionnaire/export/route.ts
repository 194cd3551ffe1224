// GET /staff/consultations/[id]/questionnaire/export?format=STANDARD: the draft as a JSON file
// (questionnaire.edit), in the format the import page reads back.
import type { RouteParams } from "@/lib/http/route-path";
import { withPermission } from "@/lib/http/route-guard";
import { exportQuestionnaire } from "@/lib/questionnaire/definition/import-export";
import { getBuilderData } from "@/lib/services/questionnaires/builder-data";
import { ZQuestionnaireFormat } from "@/lib/validation/questionnaire";

export const GET = withPermission<RouteParams<"id">>("questionnaire.edit", async (request, { params }, staff) => {
  const { id } = await params;
  const format = ZQuestionnaireFormat.catch("STANDARD").parse(new URL(request.url).searchParams.get("format"));
  const { draft } = await getBuilderData(staff, id, format);
  const name = `questionnaire-${id}-${format.toLowerCase().replace("_", "-")}.json`;
  return new Response(exportQuestionnaire(draft), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
});
