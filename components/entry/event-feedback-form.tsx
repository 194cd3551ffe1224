"use client";
// What happened at an engagement event (issue #8, part 3): attendance, facilitator, and the
// feedback points under the three headings of the 2017 engagement summary, one point per line,
// plus a heading of the officer's own. Posts without JavaScript.
import { Button } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { BoundTextarea, BoundTextInput } from "@/components/forms/bound-fields";
import type { ServerAction } from "@/lib/actions/action-result";
import { DEFAULT_FEEDBACK_HEADINGS, OWN_HEADING_INDEX, pointsField } from "@/lib/validation/event-feedback";

type Props = {
  action: ServerAction<unknown>;
  pageTitle: string;
  consultationId: string;
  eventId: string;
  values: {
    audience: string | null;
    attendeeCount: number | null;
    facilitator: string | null;
    headings: { heading: string; points: { text: string }[] }[];
  };
};

export const EventFeedbackForm = ({ action, pageTitle, consultationId, eventId, values }: Readonly<Props>) => {
  const pointsUnder = (heading: string) =>
    (values.headings.find((h) => h.heading === heading)?.points ?? []).map((p) => p.text).join("\n");
  const own = values.headings.find((h) => !(DEFAULT_FEEDBACK_HEADINGS as ReadonlyArray<string>).includes(h.heading));
  return (
    <ActionForm action={action} pageTitle={pageTitle}>
      <input type="hidden" name="consultationId" value={consultationId} />
      <input type="hidden" name="eventId" value={eventId} />
      <BoundTextInput
        name="audience"
        label="Audience (optional)"
        labelClassName="govuk-label--s"
        hint="For example, Parents and carers, or people who live nearby"
        defaultValue={values.audience ?? ""}
      />
      <BoundTextInput
        name="attendeeCount"
        label="Number attending (optional)"
        labelClassName="govuk-label--s"
        inputMode="numeric"
        width={5}
        defaultValue={values.attendeeCount?.toString() ?? ""}
      />
      <BoundTextInput
        name="facilitator"
        label="Facilitator (optional)"
        labelClassName="govuk-label--s"
        hint="Who ran the session"
        defaultValue={values.facilitator ?? ""}
      />
      <h2 className="govuk-heading-m">Feedback points</h2>
      <p className="govuk-body">
        Enter one point per line. These count as event feedback, not as individual responses.
      </p>
      {DEFAULT_FEEDBACK_HEADINGS.map((heading, index) => (
        <BoundTextarea
          key={heading}
          name={pointsField(index)}
          label={heading}
          labelClassName="govuk-label--s"
          rows={5}
          defaultValue={pointsUnder(heading)}
        />
      ))}
      <BoundTextInput
        name="ownHeading"
        label="Your own heading (optional)"
        labelClassName="govuk-label--s"
        hint="For example, Transport"
        defaultValue={own?.heading ?? ""}
      />
      <BoundTextarea
        name={pointsField(OWN_HEADING_INDEX)}
        label="Points under your own heading (optional)"
        labelClassName="govuk-label--s"
        rows={4}
        defaultValue={own ? pointsUnder(own.heading) : ""}
      />
      <Button preventDoubleClick>Save event record</Button>
    </ActionForm>
  );
};
