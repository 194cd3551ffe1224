// GET /staff/consultations/[id]/documents/new: upload a document or a new version of one.
// A multipart POST to ./upload (a route handler: server actions cap bodies at 1 MB), which
// redirects back here with ?error= codes when the file or fields are wrong.
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { DocumentUploadForm } from "@/components/consultations/document-upload-form";
import { documentTitle } from "@/lib/text/document-title";
import { requireStaffForPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return {
    title: {
      absolute: documentTitle({
        page: "Upload a document",
        councilName: env().COUNCIL_NAME,
        hasError: Boolean((await searchParams).errors),
      }),
    },
  };
}

export default async function NewDocumentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/documents/new`, "consultation.edit");
  const query = await searchParams;
  const { consultation: c } = await getStaffConsultation(staff, id);
  const existing = c.documents.find((d) => d.id === query.documentId);
  let errors: Record<string, string> = {};
  try {
    errors = query.errors ? (JSON.parse(query.errors) as Record<string, string>) : {};
  } catch {
    errors = {};
  }
  return (
    <TwoThirdsPage>
      <BackLink href={`/staff/consultations/${c.id}`}>Back to {c.title}</BackLink>
      <DocumentUploadForm
        consultationId={c.id}
        document={existing ? { id: existing.id, title: existing.title, kind: existing.kind } : undefined}
        maxMb={env().UPLOAD_MAX_MB}
        errors={errors}
        values={query}
      />
    </TwoThirdsPage>
  );
}
