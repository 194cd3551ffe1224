// "Show original text": a reason, recorded in the audit trail, before a response's words are
// shown as typed (issue #15). A plain section rather than a details component, so that an
// error in the reason is never hidden in a closed panel when the page comes back without
// JavaScript.
import { ActionForm } from "@/components/forms/action-form";
import { BoundTextarea } from "@/components/forms/bound-fields";
import { Button } from "@/components/govuk";
import type { ServerAction } from "@/lib/actions/action-result";

type Props = { action: ServerAction<unknown>; consultationId: string; responseId: string; reasonMax: number };

export const OriginalTextForm = ({ action, consultationId, responseId, reasonMax }: Readonly<Props>) => (
  <section aria-labelledby="original-text-heading">
    <h2 className="govuk-heading-m" id="original-text-heading">
      Original text
    </h2>
    <p className="govuk-body">
      Names, email addresses, phone numbers and other personal details are hidden above. To see the words as the
      respondent wrote them, say why. Your reason is recorded in the audit trail.
    </p>
    <ActionForm action={action}>
      <input type="hidden" name="consultationId" value={consultationId} />
      <input type="hidden" name="responseId" value={responseId} />
      <BoundTextarea
        name="reason"
        label="Why do you need to see the original text?"
        labelClassName="govuk-label--s"
        hint={`For example, a safeguarding concern. Up to ${reasonMax} characters.`}
        rows={3}
      />
      <Button variant="secondary" preventDoubleClick>
        Show original text
      </Button>
    </ActionForm>
  </section>
);
