// GET /staff/consultations/[id]/questionnaire/import?format=STANDARD: replace the draft with a
// questionnaire exported as JSON (questionnaire.edit). Errors name the path in the file.
import type { Metadata } from "next";
import { BackLink, Button, WarningText } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { BoundTextarea } from "@/components/forms/bound-fields";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { builderPath, formatFrom } from "@/components/questionnaire/builder/format-param";
import { requireStaffForPage } from "@/lib/auth/session";
import { FORMAT_LABELS, getBuilderData } from "@/lib/services/questionnaires/builder-data";
import { importQuestionnaireAction } from "../actions";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ format?: string }> };

export default async function ImportQuestionnairePage({ params, searchParams }: Props) {
  const { id } = await params;
  const format = formatFrom((await searchParams).format);
  const staff = await requireStaffForPage(builderPath(id, format, "import"), "questionnaire.edit");
  // An unknown consultation is the 404 page, not a form that can only fail.
  const { consultation } = await getBuilderData(staff, id, format);
  return (
    <TwoThirdsPage>
      <BackLink href={builderPath(id, format)}>Back to the questionnaire</BackLink>
      <span className="govuk-caption-l">
        {consultation.title}: {FORMAT_LABELS[format].toLowerCase()} questionnaire
      </span>
      <ActionForm action={importQuestionnaireAction} pageTitle="Import a questionnaire">
        <h1 className="govuk-heading-l">Import a questionnaire</h1>
        <WarningText>Importing replaces the whole draft. Published versions are not changed.</WarningText>
        <input type="hidden" name="consultationId" value={id} />
        <input type="hidden" name="format" value={format} />
        <BoundTextarea
          name="json"
          label="Questionnaire JSON"
          labelClassName="govuk-label--s"
          hint="Open the exported .json file in a text editor, copy everything and paste it here."
          rows={14}
        />
        <Button>Import</Button>
      </ActionForm>
    </TwoThirdsPage>
  );
}
