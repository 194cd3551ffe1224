// GET /: the public hub. With no search it shows open, forthcoming and closed consultations
// and "We asked, you said, we did"; with a search or filter, one paged list of results.
import type { Metadata } from "next";
import Link from "next/link";
import { ConsultationList } from "@/components/consultations/consultation-list";
import { HubSearch } from "@/components/consultations/hub-search";
import { Pagination, paginationItems } from "@/components/govuk";
import { listPublicConsultations } from "@/lib/services/consultations/public-consultations";
import { listPublishedOutcomes, searchPublicConsultations } from "@/lib/services/consultations/search-consultations";
import { formatDate } from "@/lib/text/dates";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "Have your say on council plans – Consultations" },
  description: "Find open consultations, tell us what you think, and see what we did with your views.",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 200) ?? "";

export default async function HubPage({ searchParams }: Props) {
  const query = await searchParams;
  const search = { q: one(query.q), topic: one(query.topic), audience: one(query.audience), status: one(query.status) };
  const page = Number(one(query.page)) || 1;
  const searching = Object.values(search).some(Boolean) || page > 1;
  const [results, hub, outcomes] = await Promise.all([
    searchPublicConsultations({ ...search, page }),
    searching ? null : listPublicConsultations(),
    searching ? [] : listPublishedOutcomes(),
  ]);
  const hrefFor = (p: number) =>
    `/?${new URLSearchParams({ ...Object.fromEntries(Object.entries(search).filter(([, v]) => v)), page: String(p) })}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Have your say</h1>
        <p className="govuk-body-l">
          Tell us what you think about our plans before we make decisions. Anyone can respond, and you do not need an
          account.
        </p>
        {hub ? (
          <>
            <h2 className="govuk-heading-l">Open consultations</h2>
            <ConsultationList
              items={hub.open}
              now={hub.now}
              emptyText="There are no open consultations at the moment."
            />
            {hub.forthcoming.length > 0 && (
              <>
                <h2 className="govuk-heading-l">Opening soon</h2>
                <ConsultationList items={hub.forthcoming} now={hub.now} emptyText="" />
              </>
            )}
            <h2 className="govuk-heading-l">Closed consultations</h2>
            <ConsultationList items={hub.closed} now={hub.now} emptyText="There are no closed consultations yet." />
            <h2 className="govuk-heading-l">We asked, you said, we did</h2>
            {outcomes.length === 0 ? (
              <p className="govuk-body">No outcomes have been published yet.</p>
            ) : (
              <ul className="govuk-list">
                {outcomes.map((o) => (
                  <li key={o.slug}>
                    <Link className="govuk-link" href={`/consultations/${o.slug}/outcome`}>
                      {o.title}: what we decided
                    </Link>
                    {o.outcomePublishedAt && (
                      <span className="govuk-body-s"> (published {formatDate(o.outcomePublishedAt)})</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <p className="govuk-body">
              <Link className="govuk-link" href="/outcomes">
                See all outcomes
              </Link>
            </p>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-l">
              {results.total} {results.total === 1 ? "consultation" : "consultations"} found
            </h2>
            <ConsultationList
              items={results.items}
              now={results.now}
              emptyText="No consultations match your search. Try fewer words or remove a filter."
            />
            {results.pages > 1 && (
              <Pagination
                items={paginationItems(results.page, results.pages, hrefFor)}
                previous={results.page > 1 ? { href: hrefFor(results.page - 1) } : undefined}
                next={results.page < results.pages ? { href: hrefFor(results.page + 1) } : undefined}
              />
            )}
          </>
        )}
      </div>
      <div className="govuk-grid-column-one-third">
        <h2 className="govuk-heading-m">Find a consultation</h2>
        <HubSearch {...search} topics={results.topics} />
      </div>
    </div>
  );
}
