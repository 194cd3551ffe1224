// POST /staff/admin/subject-access/download: everything held about one person, as JSON or a Word
// document (issue #21, personalData.request). Posted, not linked, so the reason travels in the
// body; the service audits the download with it.
import { withPermission } from "@/lib/http/route-guard";
import { downloadSubjectPack } from "@/lib/services/personal-data/subject-access";
import { ZSubjectDownload } from "@/lib/validation/retention";

export const dynamic = "force-dynamic";

export const POST = withPermission("personalData.request", async (request, _context: unknown, staff) => {
  const form = await request.formData();
  const parsed = ZSubjectDownload.safeParse(
    Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")),
  );
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0].message }, { status: 400 });
  const file = await downloadSubjectPack(staff, parsed.data);
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
