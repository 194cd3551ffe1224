// The authorisation table's entries for response data exports (issue #10), merged into
// endpoint-table.ts through endpoint-table-areas.ts.
import { idOf, consultationProps, type PageEntry, type RouteEntry, type TableContext } from "./endpoint-table-support";

// Response data exports (issue #10): the export form's POST streams the file, and a finished
// background export's file; both audit the download, and a refusal.
const DOWNLOADS = "app/(staff)/staff/consultations/[id]/downloads";
async function readyExportJob(ctx: TableContext): Promise<{ consultationId: string; jobId: string }> {
  const { fileStorage } = await import("@/lib/storage/storage");
  const { consultationId } = await idOf(ctx, "open");
  const key = `exports/table/${ctx.unique()}.csv`;
  await fileStorage().put(key, Buffer.from("\uFEFFreference\r\nReference\r\n"));
  const owner = await ctx.target("ANALYST");
  const job = await ctx.world.db.exportJob.create({
    data: {
      consultationId,
      format: "csv",
      freeText: true,
      originalText: false,
      personalData: false,
      status: "READY",
      total: 0,
      storageKey: key,
      fileName: "table-responses.csv",
      sizeBytes: 24,
      createdById: owner.id,
      createdAt: new Date(),
    },
  });
  return { consultationId, jobId: job.id };
}
export const DOWNLOADS_ROUTES: Record<string, RouteEntry> = {
  [`${DOWNLOADS}/export/route.ts#POST`]: {
    access: "export.download",
    url: async (ctx: TableContext) =>
      `http://hys.test/staff/consultations/${(await idOf(ctx, "open")).consultationId}/downloads/export`,
    init: async () => ({ body: new URLSearchParams({ format: "csv", freeText: "yes", sensitive: "no" }) }),
    audit: "export.download",
    refusedAudit: "access.refused",
  },
  [`${DOWNLOADS}/jobs/[jobId]/file/route.ts#GET`]: {
    access: "export.download",
    url: async (ctx: TableContext) => {
      const { consultationId, jobId } = await readyExportJob(ctx);
      return `http://hys.test/staff/consultations/${consultationId}/downloads/jobs/${jobId}/file`;
    },
    audit: "export.download",
    refusedAudit: "access.refused",
  },
};
export const DOWNLOADS_PAGES: Record<string, PageEntry> = {
  [`${DOWNLOADS}/page.tsx`]: {
    access: "export.download",
    props: (ctx: TableContext) => consultationProps(ctx, "open"),
  },
  [`${DOWNLOADS}/jobs/[jobId]/page.tsx`]: {
    access: "export.download",
    props: async (ctx: TableContext) => {
      const { consultationId, jobId } = await readyExportJob(ctx);
      return { params: Promise.resolve({ id: consultationId, jobId }) };
    },
  },
};
