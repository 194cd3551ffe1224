// GET /staff/consultations/[id]/imports/new: upload a CSV or XLSX file of responses
// (response.import). Posts to ./upload, which redirects back here with errors.
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { env } from "@/lib/env";
import { documentTitle } from "@/lib/text/document-title";
import { ImportUploadForm } from "@/components/imports/import-upload-form";
import { TwoThirdsPage } from "@/components/layout/grid";
import { requireStaffForPage } from "@/lib/auth/session";
import { IMPORT_MAX_MB } from "@/lib/imports/limits";
import { listImports } from "@/lib/services/imports/import-queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return {
    title: {
      absolute: documentTitle({
        page: "Import responses from a spreadsheet",
        councilName: env().COUNCIL_NAME,
        hasError: Boolean((await searchParams).errors),
      }),
    },
  };
}

function parseErrors(text: string | undefined): Record<string, string> {
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export default async function NewImportPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/imports/new`, "response.import");
  const query = await searchParams;
  const { consultation: c } = await listImports(staff, id);
  return (
    <TwoThirdsPage>
      <BackLink href={`/staff/consultations/${c.id}/imports`}>Back to imported responses</BackLink>
      <ImportUploadForm
        consultationId={c.id}
        maxMb={IMPORT_MAX_MB}
        errors={parseErrors(query.errors)}
        channel={query.channel ?? ""}
      />
    </TwoThirdsPage>
  );
}
