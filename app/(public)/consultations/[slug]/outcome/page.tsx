// GET /consultations/[slug]/outcome: "We asked, you said, we did" once the outcome is published.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/govuk/back-link";
import { SummaryList } from "@/components/govuk";
import { Markdown } from "@/components/consultations/markdown";
import { getPublishedOutcome } from "@/lib/services/consultations/public-outcome";
import { publicYouSaidWeDid } from "@/lib/services/analysis/free-text/you-said-we-did";
import { formatDate } from "@/lib/text/dates";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const c = await getPublishedOutcome((await params).slug);
  if (!c) return { title: "Page not found" };
  const title = `What we decided: ${c.title}`;
  return { title, description: c.summary, openGraph: { title, description: c.summary } };
}

export default async function OutcomePage({ params }: Params) {
  const c = await getPublishedOutcome((await params).slug);
  if (!c) notFound();
  const entries = await publicYouSaidWeDid(c.slug);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/consultations/${c.slug}`}>Back to the consultation</BackLink>
        <span className="govuk-caption-l">{c.title}</span>
        <h1 className="govuk-heading-xl">We asked, you said, we did</h1>
        {c.outcomeDecidedAt && (
          <p className="govuk-body-l">The decision was made on {formatDate(c.outcomeDecidedAt)}.</p>
        )}
        <h2 className="govuk-heading-l">We asked</h2>
        <p className="govuk-body">{c.summary}</p>
        <h2 className="govuk-heading-l">You said</h2>
        <Markdown source={c.outcomeSummary ?? ""} />
        <h2 className="govuk-heading-l">We did</h2>
        <h3 className="govuk-heading-m">The decision</h3>
        <Markdown source={c.outcomeDecision ?? ""} headingOffset={3} />
        <h3 className="govuk-heading-m">What changed because of your views</h3>
        <Markdown source={c.outcomeChanges ?? ""} headingOffset={3} />
        {c._count.responses > 0 && (
          <p className="govuk-body">
            <a className="govuk-link" href={`/consultations/${c.slug}/organisation-responses`}>
              Read the responses organisations agreed to publish ({c._count.responses})
            </a>
          </p>
        )}
        {entries.length > 0 && (
          <>
            {/* Theme by theme, so each point people made sits next to the council's answer to it. */}
            <h2 className="govuk-heading-l">You said, we did, theme by theme</h2>
            {entries.map((e) => (
              <section key={e.id} aria-labelledby={`ysd-${e.id}`}>
                <h3 className="govuk-heading-m" id={`ysd-${e.id}`}>
                  {e.theme}
                </h3>
                <SummaryList
                  rows={[
                    { key: "You said", value: e.youSaid },
                    { key: "We did", value: e.weDid },
                    { key: "What changed", value: e.changed },
                  ]}
                />
              </section>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
