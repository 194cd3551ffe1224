"use client";
// "Move to page…" for one question: a native select of the other pages and a button, so a
// question can change page by keyboard as well as pointer (issue #5: no drag-only moves).
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { SmallButton } from "./builder-fields";

type Props = { s: number; q: number; number: number; onMove: (page: number) => void };

export const MoveToPage = ({ s, q, number, onMove }: Readonly<Props>) => {
  const { control } = useFormContext<TQuestionnaireDefinition>();
  const titles = useWatch({ control, name: "sections" }).map((section) => section.title);
  // The next page is the likeliest destination; the previous one when this is the last page.
  const [choice, setChoice] = useState<number | undefined>(undefined);
  if (titles.length < 2) return null;
  const others = titles
    .map((title, t) => ({ t, text: `Page ${t + 1}${title ? `: ${title}` : ""}` }))
    .filter((p) => p.t !== s);
  const target =
    choice !== undefined && choice !== s && choice < titles.length ? choice : s + 1 < titles.length ? s + 1 : s - 1;
  const id = `b-move-${s}-${q}`;
  return (
    <div className="govuk-form-group govuk-!-margin-bottom-2">
      <label className="govuk-label" htmlFor={id}>
        Move question {number} to
      </label>
      <select
        id={id}
        className="govuk-select govuk-!-margin-right-2"
        value={target}
        onChange={(e) => setChoice(Number(e.target.value))}
      >
        {others.map((p) => (
          <option key={p.t} value={p.t}>
            {p.text}
          </option>
        ))}
      </select>
      <SmallButton onClick={() => onMove(target)}>
        Move
        <span className="govuk-visually-hidden">
          {" "}
          question {number} to page {target + 1}
        </span>
      </SmallButton>
    </div>
  );
};
