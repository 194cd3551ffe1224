// Extend the closing date, or close early with a reason (issue #4 §2). Both are audited and
// appear in the public change log. The page's ActionFormGroup lists the actions as "extend"
// and "close", so a failure of either puts "Error: " in the page title.
import { Button } from "@/components/govuk";
import { GroupedActionForm } from "@/components/forms/action-form";
import { BoundDateField, BoundTextarea } from "@/components/forms/bound-fields";
import type { ConsultationStatus } from "@/lib/consultations/status";

type Props = {
  consultationId: string;
  status: ConsultationStatus;
  closesAt: Date;
};

export const LifecycleForms = ({ consultationId, status, closesAt }: Readonly<Props>) => {
  if (status !== "open" && status !== "scheduled") return null;
  return (
    <>
      <h2 className="govuk-heading-m">Extend the closing date</h2>
      <GroupedActionForm name="extend" fieldIds={{ closes: "closes-day" }}>
        <input type="hidden" name="consultationId" value={consultationId} />
        <BoundDateField
          prefix="closes"
          legend="New closing date"
          hint="It will close at 11:59pm on this day. The public page says the date was extended."
          value={closesAt}
        />
        <Button variant="secondary">Extend closing date</Button>
      </GroupedActionForm>
      {status === "open" && (
        <>
          <h2 className="govuk-heading-m">Close early</h2>
          <GroupedActionForm name="close" fieldIds={{ reason: "reason" }}>
            <input type="hidden" name="consultationId" value={consultationId} />
            <BoundTextarea
              name="reason"
              label="Why are you closing it early?"
              labelClassName="govuk-label--s"
              hint="The reason is shown on the public page."
              rows={3}
            />
            <Button variant="warning">Close consultation now</Button>
          </GroupedActionForm>
        </>
      )}
    </>
  );
};
