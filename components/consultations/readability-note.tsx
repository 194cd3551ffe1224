// One text block's readability, shown under that block in the officer preview (issue #4 §5):
// Flesch reading ease, with GOV.UK warning text below the target of 60.
import { InsetText, WarningText } from "@/components/govuk";
import { markdownToText } from "@/lib/text/markdown";
import { readabilityReport } from "@/lib/text/readability";
import { READABILITY_TARGET } from "./readability-panel";

type Props = { label: string; source: string };

export const ReadabilityNote = ({ label, source }: Readonly<Props>) => {
  const report = readabilityReport(markdownToText(source));
  if (report.score === null) return <InsetText>Readability of {label.toLowerCase()}: too short to score.</InsetText>;
  const score = Math.round(report.score);
  if (score < READABILITY_TARGET) {
    return (
      <WarningText>
        Readability of {label.toLowerCase()}: {score} ({report.band}). This is below {READABILITY_TARGET}, so it may be
        hard to read. Use shorter sentences and everyday words.
      </WarningText>
    );
  }
  return (
    <InsetText>
      Readability of {label.toLowerCase()}: {score} ({report.band}). This meets the target of {READABILITY_TARGET} or
      more.
    </InsetText>
  );
};

/** The proposals as one text, as a reader meets them: each title, description and reasons. */
export const proposalsText = (proposals: readonly { title: string; description: string; reasons?: string | null }[]) =>
  proposals.map((p) => [p.title, p.description, p.reasons].filter(Boolean).join(". ")).join("\n\n");
