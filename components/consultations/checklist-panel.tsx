// The pre-publication checklist (issue #4 §3): blocking items, warnings, and the publish form
// with the one override the rules allow (a reason for an open period under 6 weeks).
import { Button, Tag, WarningText } from "@/components/govuk";
import { GroupedActionForm } from "@/components/forms/action-form";
import { BoundFieldErrors, BoundTextarea } from "@/components/forms/bound-fields";
import type { TChecklistResult } from "@/lib/consultations/publish-checklist";

/** canPublish: the page's ActionFormGroup lists the publish action as "publish". */
type Props = { result: TChecklistResult; consultationId: string; canPublish: boolean };

const tagFor = (passed: boolean, level: "block" | "warn") =>
  passed ? (
    <Tag colour="green">Done</Tag>
  ) : level === "block" ? (
    <Tag colour="red">Must fix</Tag>
  ) : (
    <Tag colour="yellow">Check</Tag>
  );

export const ChecklistPanel = ({ result, consultationId, canPublish }: Readonly<Props>) => {
  const periodFails = result.items.some((i) => i.id === "period" && !i.passed);
  return (
    <section aria-labelledby="checklist-heading">
      <h2 className="govuk-heading-m" id="checklist-heading">
        Before you publish
      </h2>
      <p className="govuk-body">
        These checks follow the Gunning principles for fair consultation. Items marked “Must fix” stop publishing.
      </p>
      <ul className="govuk-list" id="checklist">
        {result.items.map((item) => (
          <li key={item.id} className="govuk-!-margin-bottom-3" id={`check-${item.id}`}>
            {tagFor(item.passed, item.level)} <strong>{item.principle}</strong>
            {/* The open period's item says which rule applies even when it is met. */}
            {(!item.passed || item.id === "period") && (
              <p className="govuk-body govuk-!-margin-bottom-0">{item.message}</p>
            )}
          </li>
        ))}
      </ul>
      {result.warnings.length > 0 && (
        <WarningText>You can publish with warnings, but they are recorded with the checklist.</WarningText>
      )}
      {canPublish && (
        <GroupedActionForm name="publish" fieldIds={{ periodReason: "periodReason" }}>
          <input type="hidden" name="consultationId" value={consultationId} />
          <BoundFieldErrors prefix="check-" />
          {periodFails && (
            <BoundTextarea
              name="periodReason"
              label="Why is an open period under 6 weeks fair?"
              labelClassName="govuk-label--s"
              hint="This reason is stored with the checklist and shown in the decision report."
              rows={3}
            />
          )}
          <Button preventDoubleClick>Publish consultation</Button>
        </GroupedActionForm>
      )}
    </section>
  );
};
