// GET /staff/consultations/[id]/questionnaire/export?format=STANDARD: the draft as a JSON file
// (questionnaire.edit), in the format the import page reads back.
import { withPermission } from "@/lib/auth/route-guard";
import { exportQuestionnaire } from "@/lib/questionnaire/definition/import-export";
import { getBuilderData } from "@/lib/services/questionnaires/builder-data";
import { ZQuestionnaireFormat } from "@/lib/validation/questionnaire";

type Context = { params: Promise<{ id: string }> };

export const GET = withPermission<Context>("questionnaire.edit", async (request, { params }, staff) => {
  // The id comes from the path itself too, so the handler does not depend on how it is invoked.
  const id = (await params).id ?? decodeURIComponent(new URL(request.url).pathname.split("/")[3] ?? "");
  const format = ZQuestionnaireFormat.catch("STANDARD").parse(new URL(request.url).searchParams.get("format"));
  const { draft } = await getBuilderData(staff, id, format);
  const name = `questionnaire-${id}-${format.toLowerCase().replace("_", "-")}.json`;
  return new Response(exportQuestionnaire(draft), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
});
