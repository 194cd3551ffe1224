// GET /staff/consultations/[id]/questionnaire/publish?format=STANDARD: what publishing the draft
// would do (problems to fix, changes against the last version, changes that are refused), and
// the publish button (questionnaire.publish).
import type { Metadata } from "next";
import { BackLink, Button, WarningText } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { builderPath, formatFrom } from "@/components/questionnaire/builder/format-param";
import { EasyReadPublishNotes } from "@/components/questionnaire/easy-read/easy-read-publish-notes";
import { LocatedIssues } from "@/components/questionnaire/builder/located-issues";
import { requireStaffForPage } from "@/lib/auth/session";
import { FORMAT_LABELS } from "@/lib/services/questionnaires/builder-data";
import { describeChanges, planPublish } from "@/lib/services/questionnaires/publish-questionnaire";
import { publishQuestionnaireAction } from "../actions";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ format?: string }> };

export default async function PublishQuestionnairePage({ params, searchParams }: Props) {
  const { id } = await params;
  const format = formatFrom((await searchParams).format);
  const staff = await requireStaffForPage(builderPath(id, format, "publish"), "questionnaire.publish");
  const plan = await planPublish(staff, id, format);
  const breaking = plan.diff?.breaking ?? [];
  const title = `Publish version ${plan.nextNumber}`;
  return (
    <TwoThirdsPage>
      <BackLink href={builderPath(id, format)}>Back to the questionnaire</BackLink>
      <span className="govuk-caption-l">{FORMAT_LABELS[format]} questionnaire</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {plan.issues.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Fix these problems first</h2>
          <LocatedIssues
            definition={plan.draft}
            builderHref={builderPath(id, format, "edit")}
            items={plan.issues}
            kind="issues"
          />
        </>
      )}
      {breaking.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Changes that cannot be published</h2>
          <ul className="govuk-list govuk-list--bullet">
            {breaking.map((b) => (
              <li key={b.reason}>{b.reason}</li>
            ))}
          </ul>
        </>
      )}
      {plan.easyRead && (
        <EasyReadPublishNotes
          withoutCounterpart={plan.easyRead.withoutCounterpart}
          warnings={plan.easyRead.warnings}
          definition={plan.draft}
          builderHref={builderPath(id, format, "edit")}
        />
      )}
      <h2 className="govuk-heading-m">Changes</h2>
      <p className="govuk-body">
        {plan.diff === null
          ? "This is the first version."
          : plan.unchanged
            ? "Nothing has changed since the last version."
            : `Since the last version: ${describeChanges(plan.diff.changes)}.`}
      </p>
      <WarningText>
        A published version cannot be changed. Responses already given keep the version they answered.
      </WarningText>
      <ActionForm action={publishQuestionnaireAction} pageTitle={title}>
        <input type="hidden" name="consultationId" value={id} />
        <input type="hidden" name="format" value={format} />
        <Button>Publish version {plan.nextNumber}</Button>
      </ActionForm>
    </TwoThirdsPage>
  );
}
