// GET /staff/consultations/[id]/questionnaire/pictures: the consultation's own Easy Read pictures
// and the form to upload one (questionnaire.edit). The builder's picker offers them by their
// description, beside the bundled OpenMoji pictures.
import type { Metadata } from "next";
import { BackLink, NotificationBanner } from "@/components/govuk";
import { env } from "@/lib/env";
import { documentTitle } from "@/lib/text/document-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { builderPath } from "@/components/questionnaire/builder/format-param";
import { PictureUploadForm } from "@/components/questionnaire/easy-read/picture-upload-form";
import { requireStaffForPage } from "@/lib/auth/session";
import { listEasyReadPictures } from "@/lib/services/easy-read/pictures";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { PICTURE_MAX_MB } from "@/lib/validation/easy-read-picture";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return {
    title: {
      absolute: documentTitle({
        page: "Easy Read pictures",
        councilName: env().COUNCIL_NAME,
        hasError: Boolean((await searchParams).errors),
      }),
    },
  };
}

function parseErrors(raw: string | undefined): Record<string, string> {
  try {
    return raw ? (JSON.parse(raw) as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export default async function EasyReadPicturesPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/questionnaire/pictures`, "questionnaire.edit");
  const query = await searchParams;
  const { consultation } = await getStaffConsultation(staff, id);
  const pictures = await listEasyReadPictures(staff, id);
  return (
    <TwoThirdsPage>
      <BackLink href={builderPath(id, "EASY_READ", "edit")}>Back to the Easy Read questionnaire</BackLink>
      {query.done === "uploaded" && (
        <NotificationBanner type="success" text="Picture uploaded. You can now choose it in the builder." />
      )}
      <span className="govuk-caption-l">{consultation.title}</span>
      <PictureUploadForm
        consultationId={id}
        maxMb={PICTURE_MAX_MB}
        errors={parseErrors(query.errors)}
        altText={query.altText ?? ""}
      />
      <h2 className="govuk-heading-m">Your pictures</h2>
      {pictures.length === 0 ? (
        <p className="govuk-body">You have not uploaded any pictures for this consultation yet.</p>
      ) : (
        <ul className="govuk-list app-picture-list">
          {pictures.map((p) => (
            <li key={p.src}>
              {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded picture at a fixed size */}
              <img src={p.src} alt="" width={72} height={72} /> {p.name}
            </li>
          ))}
        </ul>
      )}
    </TwoThirdsPage>
  );
}
