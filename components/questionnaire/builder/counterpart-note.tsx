"use client";
// In the Easy Read builder: the standard questions no Easy Read question answers yet, worked
// out from the unsaved form as the officer links questions, as the publish page will show them.
import { useContext } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { WithoutCounterpart } from "@/components/questionnaire/easy-read/without-counterpart";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { standardWithoutCounterpart } from "@/lib/questionnaire/easy-read/map-checks";
import { StandardDefinition } from "./link-editor";

export const CounterpartNote = () => {
  const standard = useContext(StandardDefinition);
  const { control } = useFormContext<TQuestionnaireDefinition>();
  const sections = useWatch({ control, name: "sections" });
  if (!standard)
    return (
      <p className="govuk-body">
        There is no standard questionnaire yet, so Easy Read questions cannot be linked to it.
      </p>
    );
  return (
    <div aria-live="polite" data-testid="without-counterpart">
      <WithoutCounterpart
        questions={standardWithoutCounterpart({ format: "EASY_READ", title: "", sections }, standard)}
      />
    </div>
  );
};
