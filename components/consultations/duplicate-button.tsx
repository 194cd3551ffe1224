// "Duplicate" as a one-button form, so it works without JavaScript and is a POST.
import { ActionForm } from "@/components/forms/action-form";
import type { ServerAction } from "@/lib/actions/action-result";

type Props = { action: ServerAction<unknown>; consultationId: string; title: string };

export const DuplicateButton = ({ action, consultationId, title }: Readonly<Props>) => (
  <ActionForm action={action}>
    <input type="hidden" name="consultationId" value={consultationId} />
    <button
      type="submit"
      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
      data-module="govuk-button"
    >
      Duplicate<span className="govuk-visually-hidden"> {title}</span>
    </button>
  </ActionForm>
);
