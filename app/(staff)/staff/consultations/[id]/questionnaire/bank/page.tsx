// GET /staff/consultations/[id]/questionnaire/bank?format=STANDARD: the council's question bank
// (issue #16, item 3). Officers add a standard or saved question to a page of this draft, and
// save this draft's own questions for every questionnaire after it (questionnaire.edit).
import type { Metadata } from "next";
import { BackLink, Button, NotificationBanner, Tag } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { BoundSelect } from "@/components/forms/bound-fields";
import { builderPath, formatFrom } from "@/components/questionnaire/builder/format-param";
import { AccessDenied } from "@/components/staff/access-denied";
import { requireStaffForPage } from "@/lib/auth/session";
import { QUESTION_TYPE_LABELS } from "@/lib/questionnaire/definition/question-types";
import { FORMAT_LABELS, getBuilderData } from "@/lib/services/questionnaires/builder-data";
import { listQuestionBank } from "@/lib/services/questionnaires/question-bank";
import { addBankQuestionAction, saveBankQuestionAction } from "../actions";

export const metadata: Metadata = { title: "Question bank" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ format?: string; done?: string }> };

function doneMessage(done: string | undefined): string | undefined {
  if (done?.startsWith("added-"))
    return `Question added to the end of the page, with the key ‘${done.slice("added-".length)}’. Edit the questionnaire to change its wording.`;
  return done === "saved" ? "Question saved to the question bank. Every questionnaire can now use it." : undefined;
}

export default async function QuestionBankPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const format = formatFrom(query.format);
  const staff = await requireStaffForPage(builderPath(id, format, "bank"), "questionnaire.edit");
  if (!staff) return <AccessDenied />;
  const [data, bank] = await Promise.all([getBuilderData(staff, id, format), listQuestionBank(staff)]);
  const done = doneMessage(query.done);
  const pages = data.draft.sections.map((s, i) => ({ value: s.key, text: `Page ${i + 1}: ${s.title}` }));
  const own = data.draft.sections.flatMap((s) => s.questions).filter((q) => q.type !== "info");
  const hidden = (
    <>
      <input type="hidden" name="consultationId" value={id} />
      <input type="hidden" name="format" value={format} />
    </>
  );
  return (
    <>
      <BackLink href={builderPath(id, format)}>Back to the questionnaire</BackLink>
      {done && <NotificationBanner type="success" text={done} />}
      <span className="govuk-caption-l">{data.consultation.title}</span>
      <h1 className="govuk-heading-l">Question bank</h1>
      <p className="govuk-body">
        Questions the council asks in the same words in many consultations. Add one to a page of the{" "}
        {FORMAT_LABELS[format]} questionnaire, then change it in the builder if this consultation needs different words.
        Save any changes you have made in the builder first.
      </p>
      {bank.map(({ id: bankId, source, question }, i) => (
        <div className="govuk-summary-card" key={bankId} data-bank-question={bankId}>
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">{question.title}</h2>
            <Tag colour={source === "standard" ? "blue" : "green"}>
              {source === "standard" ? "Standard wording" : "Saved by the council"}
            </Tag>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body">
              A {QUESTION_TYPE_LABELS[question.type]} question{question.hint ? `. Hint: ${question.hint}` : ""}
            </p>
            {"options" in question && (
              <ul className="govuk-list govuk-list--bullet">
                {question.options.map((o) => (
                  <li key={o.key}>{o.label}</li>
                ))}
              </ul>
            )}
            <ActionForm action={addBankQuestionAction} fieldIds={{ sectionKey: `bank-page-${i}` }}>
              {hidden}
              <input type="hidden" name="bankId" value={bankId} />
              <BoundSelect
                id={`bank-page-${i}`}
                name="sectionKey"
                label={`Page to add ‘${question.title}’ to`}
                labelClassName="govuk-label--s"
                items={pages}
              />
              <Button variant="secondary">
                Add to the questionnaire<span className="govuk-visually-hidden">: {question.title}</span>
              </Button>
            </ActionForm>
          </div>
        </div>
      ))}
      <h2 className="govuk-heading-m">Save a question to the bank</h2>
      {own.length === 0 ? (
        <p className="govuk-body">This questionnaire has no questions to save yet.</p>
      ) : (
        <ActionForm action={saveBankQuestionAction}>
          {hidden}
          <BoundSelect
            name="questionKey"
            label="Question to save"
            labelClassName="govuk-label--s"
            hint="Its wording and answers are saved for every questionnaire. Its topic, conditions and Easy Read links stay with this consultation."
            items={[{ value: "", text: "Choose a question" }, ...own.map((q) => ({ value: q.key, text: q.title }))]}
          />
          <Button variant="secondary">Save to the question bank</Button>
        </ActionForm>
      )}
    </>
  );
}
