// GET /staff/consultations/[id]/questionnaire/edit?format=STANDARD: the builder. The server
// loads the draft and topics; the client form edits and saves them (questionnaire.edit).
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { BuilderForm } from "@/components/questionnaire/builder/builder-form";
import { builderPaging } from "@/components/questionnaire/builder/builder-pages";
import { builderPath, formatFrom } from "@/components/questionnaire/builder/format-param";
import { requireStaffForPage } from "@/lib/auth/session";
import { FORMAT_LABELS, getBuilderData } from "@/lib/services/questionnaires/builder-data";
import { listEasyReadPictures } from "@/lib/services/easy-read/pictures";
import { BUNDLED_LIBRARY } from "@/lib/questionnaire/easy-read/pictures";
import { saveQuestionnaireDraftAction } from "../actions";

export const metadata: Metadata = { title: "Edit questionnaire" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ format?: string; page?: string | string[] }> };

export default async function EditQuestionnairePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const format = formatFrom(query.format);
  const staff = await requireStaffForPage(builderPath(id, format, "edit"), "questionnaire.edit");
  const data = await getBuilderData(staff, id, format);
  // Easy Read questions link to the standard questionnaire publishing checks them against:
  // its newest version, or its draft while nothing is published.
  const standard = format === "EASY_READ" ? await getBuilderData(staff, id, "STANDARD") : null;
  const ownPictures = format === "EASY_READ" ? await listEasyReadPictures(staff, id) : [];
  const paging = builderPaging(data.draft.sections, query.page);
  return (
    <>
      <BackLink href={builderPath(id, format)}>Back to the questionnaire</BackLink>
      <span className="govuk-caption-l">{data.consultation.title}</span>
      <h1 className="govuk-heading-l">Edit the {FORMAT_LABELS[format]} questionnaire</h1>
      {data.versions.length > 0 && (
        <p className="govuk-body">
          You are editing a new draft. Version {data.versions[0].number} stays live until you publish this draft.
        </p>
      )}
      {format === "EASY_READ" && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/staff/consultations/${encodeURIComponent(id)}/questionnaire/pictures`}>
            Upload your own pictures
          </a>{" "}
          (save your changes first). Search the pictures for “uploaded” to list them all.
        </p>
      )}
      <BuilderForm
        consultationId={id}
        format={format}
        initial={data.draft}
        updatedAt={data.updatedAt}
        topics={data.topics}
        previewBase={builderPath(id, format, "preview/__SECTION__")}
        saveAction={saveQuestionnaireDraftAction}
        pictures={[...ownPictures, ...BUNDLED_LIBRARY]}
        standard={standard ? (standard.latestDefinition ?? (standard.isEmpty ? null : standard.draft)) : null}
        paging={paging}
        editPath={builderPath(id, format, "edit")}
      />
    </>
  );
}
