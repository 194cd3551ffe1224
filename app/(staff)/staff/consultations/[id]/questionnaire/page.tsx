// GET /staff/consultations/[id]/questionnaire?format=STANDARD: the questionnaire's draft status,
// its published versions and what an officer can do next (questionnaire.edit).
import type { Metadata } from "next";
import { BackLink, Button, NotificationBanner, Table, Tag } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { BoundSelect } from "@/components/forms/bound-fields";
import { builderPath, formatFrom } from "@/components/questionnaire/builder/format-param";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { FORMAT_LABELS, getBuilderData } from "@/lib/services/questionnaires/builder-data";
import { listCopySources } from "@/lib/services/questionnaires/replace-draft";
import { formatDateTime } from "@/lib/text/dates";
import { ZQuestionnaireFormat } from "@/lib/validation/questionnaire";
import { copyQuestionnaireAction } from "./actions";

export const metadata: Metadata = { title: "Questionnaire" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ format?: string; done?: string }> };

function doneMessage(done: string | undefined): string | undefined {
  if (done?.startsWith("published-"))
    return `Version ${done.slice("published-".length)} published. New responses will use it.`;
  return {
    imported: "Questionnaire imported as the draft.",
    copied: "Draft started from a copy of the questionnaire you chose.",
  }[done ?? ""];
}

export default async function QuestionnaireOverviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const format = formatFrom(query.format);
  const staff = await requireStaffForPage(builderPath(id, format), "questionnaire.edit");
  const data = await getBuilderData(staff, id, format);
  const sources = data.isEmpty ? await listCopySources(staff, id, format) : [];
  const done = doneMessage(query.done);
  const questions = data.draft.sections.reduce((n, s) => n + s.questions.length, 0);
  return (
    <>
      <BackLink href={`/staff/consultations/${id}`}>Back to {data.consultation.title}</BackLink>
      {done && <NotificationBanner type="success" text={done} />}
      <span className="govuk-caption-l">{data.consultation.title}</span>
      <h1 className="govuk-heading-l">{FORMAT_LABELS[format]} questionnaire</h1>
      <p className="govuk-body">
        {ZQuestionnaireFormat.options
          .filter((f) => f !== format)
          .map((f) => (
            <a key={f} className="govuk-link" href={builderPath(id, f)}>
              Switch to the {FORMAT_LABELS[f]} questionnaire
            </a>
          ))}
      </p>
      <h2 className="govuk-heading-m">Draft</h2>
      <p className="govuk-body">
        {data.hasUnpublishedChanges ? (
          <Tag colour="yellow">Unpublished changes</Tag>
        ) : (
          <Tag colour="green">Same as the latest version</Tag>
        )}{" "}
        {data.draft.sections.length} {data.draft.sections.length === 1 ? "page" : "pages"}, {questions}{" "}
        {questions === 1 ? "question" : "questions"}.
      </p>
      <div className="govuk-button-group">
        <Button href={builderPath(id, format, "edit")}>Edit questionnaire</Button>
        {data.draft.sections[0] && (
          <Button href={builderPath(id, format, `preview/${data.draft.sections[0].key}`)} variant="secondary">
            Preview
          </Button>
        )}
        {can(staff.role, "questionnaire.publish") && data.hasUnpublishedChanges && (
          <Button href={builderPath(id, format, "publish")} variant="secondary">
            Check and publish
          </Button>
        )}
      </div>
      <p className="govuk-body">
        <a className="govuk-link govuk-!-margin-right-4" href={builderPath(id, format, "import")}>
          Import from JSON
        </a>
        <a className="govuk-link govuk-!-margin-right-4" href={builderPath(id, format, "export")} download>
          Export as JSON
        </a>
        <a className="govuk-link" href={builderPath(id, format, "bank")}>
          Question bank
        </a>
      </p>
      {data.isEmpty && (
        <>
          <h2 className="govuk-heading-m">Start from a copy of another questionnaire</h2>
          {sources.length === 0 ? (
            <p className="govuk-body">No questionnaire has been published yet, so there is none to copy.</p>
          ) : (
            <ActionForm action={copyQuestionnaireAction}>
              <input type="hidden" name="consultationId" value={id} />
              <input type="hidden" name="format" value={format} />
              <BoundSelect
                name="versionId"
                label="Questionnaire to copy"
                labelClassName="govuk-label--s"
                hint="Its newest published version is copied into this empty draft, for you to change."
                items={[
                  { value: "", text: "Choose a questionnaire" },
                  ...sources.map((s) => ({ value: s.versionId, text: s.label })),
                ]}
              />
              <Button variant="secondary">Start from a copy</Button>
            </ActionForm>
          )}
        </>
      )}
      <h2 className="govuk-heading-m">Published versions</h2>
      {data.versions.length === 0 ? (
        <p className="govuk-body">Not published yet. People can respond once a version is published.</p>
      ) : (
        <Table
          caption="Each response records the version it answered"
          captionClassName="govuk-table__caption--s"
          head={[{ text: "Version" }, { text: "Published" }, { text: "Responses", format: "numeric" }]}
          rows={data.versions.map((v) => [
            { text: `Version ${v.number}` },
            { text: formatDateTime(v.publishedAt) },
            { text: String(v.responses), format: "numeric" },
          ])}
        />
      )}
    </>
  );
}
