"use client";
// The details of a response an officer enters (issue #8): format, channel, date received, how
// it was completed, partner and organisation, and a reason when it arrived late. One form for
// starting an entry and for changing the details later; it posts without JavaScript.
import { Button } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { BoundDateField, BoundRadios, BoundTextarea, BoundTextInput } from "@/components/forms/bound-fields";
import type { ServerAction } from "@/lib/actions/action-result";
import {
  CHANNEL_LABELS,
  COMPLETED_HOW,
  COMPLETED_HOW_LABELS,
  ENTERED_CHANNELS,
  FORMAT_LABELS,
} from "@/lib/respond/channels";

export type EntryDetailsValues = {
  format?: string;
  channel?: string;
  completedHow?: string | null;
  receivedAt?: Date | null;
  partnerOrganisation?: string | null;
  organisationName?: string | null;
  organisationPublish?: boolean;
  lateReason?: string | null;
};

type Props = {
  action: ServerAction<unknown>;
  pageTitle: string;
  consultationId: string;
  entryKey: string;
  responseId?: string;
  /** Formats with a published questionnaire. */
  formats: ReadonlyArray<"STANDARD" | "EASY_READ">;
  /** "closed on 7 March 2027" or "closes on …": tense by date (datedWords). */
  closing: string;
  values: EntryDetailsValues;
  submitLabel: string;
};

const SMALL_LEGEND = "govuk-fieldset__legend--s";

export const EntryDetailsForm = ({
  action,
  pageTitle,
  consultationId,
  entryKey,
  responseId,
  formats,
  closing,
  values,
  submitLabel,
}: Readonly<Props>) => (
  <ActionForm action={action} pageTitle={pageTitle} fieldIds={{ received: "received-day" }}>
    <input type="hidden" name="consultationId" value={consultationId} />
    <input type="hidden" name="entryKey" value={entryKey} />
    {responseId && <input type="hidden" name="responseId" value={responseId} />}
    {responseId ? (
      <input type="hidden" name="format" value={values.format} />
    ) : (
      <BoundRadios
        legendClassName={SMALL_LEGEND}
        name="format"
        legend="Which format was the response in?"
        items={formats.map((f) => ({ value: f, text: FORMAT_LABELS[f] }))}
        defaultValue={values.format}
      />
    )}
    <BoundRadios
      legendClassName={SMALL_LEGEND}
      name="channel"
      legend="How did the response reach us?"
      items={ENTERED_CHANNELS.map((c) => ({ value: c, text: CHANNEL_LABELS[c] }))}
      defaultValue={values.channel}
    />
    <BoundDateField prefix="received" legend="Date received" hint="For example, 27 3 2026" value={values.receivedAt} />
    <BoundRadios
      legendClassName={SMALL_LEGEND}
      name="completedHow"
      legend="How was it completed?"
      items={COMPLETED_HOW.map((c) => ({ value: c, text: COMPLETED_HOW_LABELS[c] }))}
      defaultValue={values.completedHow ?? undefined}
    />
    <BoundTextInput
      name="partnerOrganisation"
      label="Partner organisation that supported it (optional)"
      labelClassName="govuk-label--s"
      hint="For example, an advocacy group or a residents' association"
      defaultValue={values.partnerOrganisation ?? ""}
    />
    <BoundTextInput
      name="organisationName"
      label="Organisation it was sent on behalf of (optional)"
      labelClassName="govuk-label--s"
      hint="Leave blank for a response from an individual"
      defaultValue={values.organisationName ?? ""}
    />
    <BoundRadios
      legendClassName={SMALL_LEGEND}
      name="organisationPublish"
      legend="Did the organisation agree to its response being published in full?"
      hint="Only for a response on behalf of an organisation"
      items={[
        { value: "yes", text: "Yes" },
        { value: "no", text: "No" },
      ]}
      defaultValue={values.organisationPublish ? "yes" : "no"}
    />
    <BoundTextarea
      name="lateReason"
      label="Reason for accepting it late (only if received after the closing date)"
      labelClassName="govuk-label--s"
      hint={`The consultation ${closing}. A response received after that is only entered with a reason, which is recorded.`}
      rows={3}
      defaultValue={values.lateReason ?? ""}
    />
    <Button preventDoubleClick>{submitLabel}</Button>
  </ActionForm>
);
