// GET /staff/consultations/[id]/analysis/themes/search?q=…&page=…: search across all free text
// of a consultation (issue #9 part 4). A plain GET form, so it works without JavaScript. Only the
// redacted copies are searched and shown, each hit with its question, its themes and the
// matches marked.
import type { Metadata } from "next";
import { BackLink, Button, ErrorSummary, ListPagination, Tag, TextInput } from "@/components/govuk";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { highlightSegments } from "@/lib/text/highlight";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { listOpenQuestions } from "@/lib/services/analysis/free-text/overview";
import { searchFreeText } from "@/lib/services/analysis/free-text/quotes";
import { SEARCH_PAGE_SIZE, ZFreeTextSearch } from "@/lib/validation/themes";
import { themesPath } from "../paths";

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Query> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function parse(id: string, query: Query) {
  const q = first(query.q).trim();
  return {
    q,
    parsed: q === "" ? null : ZFreeTextSearch.safeParse({ consultationId: id, q, page: first(query.page) || 1 }),
  };
}

export async function generateMetadata({ params, searchParams }: Readonly<Props>): Promise<Metadata> {
  const { parsed } = parse((await params).id, await searchParams);
  return staffPageMetadata("analysis.read", parsed && !parsed.success ? "Error: Search comments" : "Search comments");
}
export const dynamic = "force-dynamic";

export default async function SearchCommentsPage({ params, searchParams }: Readonly<Props>) {
  const { id } = await params;
  const path = `${themesPath(id)}/search`;
  const staff = await requireStaffForPage(path, "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const { q, parsed } = parse(c.id, await searchParams);
  const error = parsed && !parsed.success ? parsed.error.issues[0]?.message : undefined;
  const result = parsed?.success ? await searchFreeText(staff, parsed.data) : null;
  const titles = new Map((await listOpenQuestions(staff, c.id)).map((x) => [x.key, x.title]));
  const hrefFor = (page: number) =>
    `${path}?${new URLSearchParams({ q, ...(page > 1 && { page: String(page) }) }).toString()}`;
  const from = result ? (result.page - 1) * SEARCH_PAGE_SIZE + 1 : 0;
  return (
    <>
      <BackLink href={themesPath(c.id)}>Back to free-text themes</BackLink>
      <ErrorSummary errorList={error ? [{ text: error, href: "#q" }] : []} />
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Search comments</h1>
      <p className="govuk-body">
        Searches every free-text comment in this consultation once themes have been run. Personal details are removed
        from the comments shown.
      </p>
      <form method="get" action={path} noValidate role="search">
        <TextInput
          name="q"
          label="Words to search for"
          labelClassName="govuk-label--s"
          hint="For example, parking or library hours"
          defaultValue={q}
          errorMessage={error}
          width="two-thirds"
          type="search"
        />
        <Button variant="secondary">Search</Button>
      </form>
      {!parsed && <p className="govuk-body">Enter words to search for.</p>}
      {result && result.total === 0 && (
        <p className="govuk-body" role="status">
          No comments contain &quot;{parsed?.data?.q}&quot;. Check the spelling or search for fewer words.
        </p>
      )}
      {result && result.total > 0 && (
        <>
          <h2 className="govuk-heading-m">
            {result.total === 1 ? "1 comment" : `${result.total} comments`} contain &quot;{parsed?.data?.q}&quot;
          </h2>
          {result.pageCount > 1 && (
            <p className="govuk-body">
              Showing {from} to {from + result.hits.length - 1}.
            </p>
          )}
          <ol className="govuk-list" start={from}>
            {result.hits.map((hit) => (
              <li key={hit.answerId} className="govuk-!-margin-bottom-6">
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  <a className="govuk-link" href={themesPath(c.id, hit.questionKey)}>
                    {titles.get(hit.questionKey) ?? hit.questionKey}
                  </a>
                </p>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  {highlightSegments(hit.text, parsed?.data?.q ?? "").map((s, i) =>
                    s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
                  )}
                </p>
                <p className="govuk-body-s">
                  {hit.themes.length === 0 ? (
                    "No themes yet"
                  ) : (
                    <>
                      Themes:{" "}
                      {hit.themes.map((t) => (
                        <Tag key={t} colour="grey" className="govuk-!-margin-right-1">
                          {t}
                        </Tag>
                      ))}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
          <ListPagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={hrefFor}
            landmarkLabel="Search results pages"
          />
        </>
      )}
    </>
  );
}
