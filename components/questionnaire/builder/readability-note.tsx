"use client";
// Plain-English help beside each question and hint (issue #5): the Flesch score and band, and
// warnings for sentences over 25 words, jargon from our list and unexplained acronyms. In an
// Easy Read questionnaire the Easy Read checker's warnings (issue #7) show here too, next to
// the text they are about; they advise, and publishing keeps them with the version.
import { useWatch, type Control, type FieldValues } from "react-hook-form";
import { checkEasyReadText } from "@/lib/text/easy-read-checker";
import { readabilityReport } from "@/lib/text/readability";

export const ReadabilityNote = ({
  control,
  name,
  label,
}: Readonly<{ control: Control<FieldValues>; name: string; label: string }>) => {
  const text = useWatch({ control, name }) as string | undefined;
  const format = useWatch({ control, name: "format" }) as string | undefined;
  if (!text?.trim()) return null;
  const report = readabilityReport(text);
  const easyRead = format === "EASY_READ" ? checkEasyReadText(text) : [];
  return (
    <div className="govuk-hint govuk-!-font-size-16" data-readability={name}>
      {label} readability:{" "}
      {report.score === null ? "too short to score" : `${Math.round(report.score)} (${report.band})`}
      {report.warnings.length > 0 && (
        <ul className="govuk-list govuk-list--bullet govuk-!-font-size-16 govuk-!-margin-bottom-0">
          {report.warnings.map((w) => (
            <li key={`${w.kind}|${w.excerpt}`}>{w.message}</li>
          ))}
        </ul>
      )}
      {easyRead.length > 0 && (
        <>
          <span className="govuk-!-display-block govuk-!-margin-top-1">Easy Read checks:</span>
          <ul
            className="govuk-list govuk-list--bullet govuk-!-font-size-16 govuk-!-margin-bottom-0"
            data-easy-read-warnings={name}
          >
            {easyRead.map((w) => (
              <li key={`${w.rule}|${w.excerpt}`}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
