// Readability of the officer's text (issue #4 §5): Flesch reading ease, warning below 60.
import { Table, WarningText } from "@/components/govuk";
import { markdownToText } from "@/lib/text/markdown";
import { readabilityReport } from "@/lib/text/readability";

export const READABILITY_TARGET = 60;

export const ReadabilityPanel = ({ texts }: Readonly<{ texts: Record<string, string> }>) => {
  const rows = Object.entries(texts)
    .filter(([, source]) => source.trim())
    .map(([label, source]) => ({ label, report: readabilityReport(markdownToText(source)) }));
  const hard = rows.filter((r) => r.report.score !== null && r.report.score < READABILITY_TARGET);
  return (
    <section aria-labelledby="readability-heading">
      <h2 className="govuk-heading-m" id="readability-heading">
        Readability
      </h2>
      <Table
        caption="Flesch reading ease (aim for 60 or more)"
        captionClassName="govuk-table__caption--s"
        head={[{ text: "Text" }, { text: "Score", format: "numeric" }, { text: "Band" }]}
        rows={rows.map((r) => [
          { text: r.label },
          { text: r.report.score === null ? "–" : Math.round(r.report.score), format: "numeric" },
          { text: r.report.band ?? "Too short to score" },
        ])}
      />
      {hard.length > 0 && (
        <WarningText>
          {hard.map((r) => r.label).join(", ")} may be hard to read. Use shorter sentences and everyday words.
        </WarningText>
      )}
    </section>
  );
};
