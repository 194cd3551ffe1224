// The theme's quotes as checkboxes: ticked ones carry the officer's star. Each box posts its
// own name (star-<answerId>), so unticking one unstars it.
import { Checkboxes } from "@/components/govuk";
import type { TThemeQuote } from "@/lib/services/analysis/free-text/quotes";

const starsText = (q: TThemeQuote) =>
  `${q.status === "ACCEPTED" ? "Accepted" : "Suggested"}. ${q.stars === 0 ? "No stars" : q.stars === 1 ? "1 star" : `${q.stars} stars`}.`;

export const QuoteStars = ({ quotes }: Readonly<{ quotes: TThemeQuote[] }>) => (
  <Checkboxes
    name="star"
    idPrefix="quote"
    legend="Star quotes for the report"
    legendClassName="govuk-fieldset__legend--s"
    hint="Tick the quotes to star. Untick one to remove your star."
    items={quotes.map((q) => ({
      value: "yes",
      name: `star-${q.answerId}`,
      text: q.text,
      hint: starsText(q),
      defaultChecked: q.starredByMe,
    }))}
  />
);
