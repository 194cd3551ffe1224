// GET /staff/consultations/[id]/analysis/themes/[questionKey]/theme/[codeId]: one theme of a
// question's codebook (issue #9 part 4). Its counts; rename and describe it, merge another theme
// into it, split it in two or retire it (each a new codebook version); and its comments as
// redacted quotes, which officers star for the report.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { ActionFormGroup, GroupedActionForm } from "@/components/forms/action-form";
import { BoundSelect, BoundTextarea, BoundTextInput } from "@/components/forms/bound-fields";
import { BackLink, Button, ButtonGroup, NotificationBanner, SummaryList, WarningText } from "@/components/govuk";
import type { ServerAction } from "@/lib/actions/action-result";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { findOpenQuestion } from "@/lib/services/analysis/free-text/overview";
import { codebookView } from "@/lib/services/analysis/free-text/review";
import { themeQuotes } from "@/lib/services/analysis/free-text/quotes";
import { themeEventPoints } from "@/lib/services/analysis/free-text/event-points";
import { formatDate } from "@/lib/text/dates";
import { editCodebookAction, pinExampleAction, quoteStarsAction } from "../../../actions";
import { themesPath } from "../../../paths";
import { wholePercentLabel } from "@/lib/analysis/closed/maths";
import { PinnedExamples } from "./pinned-examples";
import { QuoteStars } from "./quote-stars";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string; questionKey: string; codeId: string }>;
  searchParams: Promise<{ done?: string }>;
};

const DONE: Record<string, string> = {
  editCode: "Theme saved.",
  mergeCodes: "Themes merged.",
  stars: "Starred quotes saved.",
  pinned: "Example pinned. Suggestions were scored again.",
  unpinned: "Example unpinned. Suggestions were scored again.",
};

export default async function ThemePage({ params, searchParams }: Readonly<Props>) {
  const { id, questionKey: rawKey, codeId: rawCode } = await params;
  const questionKey = decodeURIComponent(rawKey);
  const codeId = decodeURIComponent(rawCode);
  const staff = await requireStaffForPage(themesPath(id, questionKey, codeId), "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  // None of these throws for an unknown question or theme, so they run together.
  const [question, codebook, { total, quotes }, eventPoints] = await Promise.all([
    findOpenQuestion(staff, c.id, questionKey),
    codebookView(staff, c.id, questionKey),
    themeQuotes(staff, { consultationId: c.id, questionKey, codeId }),
    themeEventPoints(staff, { consultationId: c.id, questionKey, codeId }),
  ]);
  const code = codebook?.codes.find((x) => x.id === codeId);
  if (!question || !codebook || !code) notFound();
  const done = DONE[(await searchParams).done ?? ""];
  const canCode = can(staff.role, "comment.code");
  const others = codebook.codes.filter((x) => x.id !== code.id && !x.fallback);
  const hidden = (
    <>
      <input type="hidden" name="consultationId" value={c.id} />
      <input type="hidden" name="questionKey" value={questionKey} />
      <input type="hidden" name="codeId" value={code.id} />
    </>
  );
  const actions: Record<string, ServerAction<unknown>> = canCode
    ? {
        edit: editCodebookAction,
        merge: editCodebookAction,
        restructure: editCodebookAction,
        stars: quoteStarsAction,
        pins: pinExampleAction,
      }
    : {};
  return (
    <ActionFormGroup title={`${code.name}: ${question.title}`} actions={actions}>
      <BackLink href={themesPath(c.id, questionKey)}>Back to the codebook</BackLink>
      {done && <NotificationBanner type="success" text={done} />}
      <span className="govuk-caption-l">{question.title}</span>
      <h1 className="govuk-heading-l">{code.name}</h1>
      <SummaryList
        rows={[
          { key: "Description", value: code.description || "None" },
          {
            key: "Comments",
            value: `${code.accepted + code.suggested} (${wholePercentLabel(code.accepted + code.suggested, codebook.commenters)} of ${codebook.commenters} commenters)`,
          },
          { key: "Accepted", value: String(code.accepted) },
          { key: "Waiting for review", value: String(code.suggested) },
          { key: "Rejected", value: String(code.rejected) },
          { key: "Event feedback points", value: `${code.eventPoints} (event feedback, not counted as comments)` },
        ]}
      />
      <ul className="govuk-list">
        <li>
          <a
            className="govuk-link"
            href={`${themesPath(c.id, questionKey)}/review?theme=${encodeURIComponent(code.id)}`}
          >
            Review this theme&apos;s suggestions
          </a>
        </li>
        {can(staff.role, "outcome.edit") && (
          <li>
            <a
              className="govuk-link"
              href={`${themesPath(c.id)}/you-said-we-did?question=${encodeURIComponent(questionKey)}&theme=${encodeURIComponent(code.id)}`}
            >
              Write &quot;You said, we did&quot; for this theme
            </a>
          </li>
        )}
      </ul>

      {canCode && !code.fallback && (
        <>
          <h2 className="govuk-heading-m">Rename or describe</h2>
          <GroupedActionForm name="edit">
            {hidden}
            <input type="hidden" name="op" value="editCode" />
            <BoundTextInput name="name" label="Theme name" defaultValue={code.name} />
            <BoundTextarea
              name="description"
              label="Description"
              hint="What a comment says to have this theme. The system scores comments against it."
              rows={3}
              defaultValue={code.description}
            />
            <Button variant="secondary">Save theme</Button>
          </GroupedActionForm>

          {others.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Merge another theme into this one</h2>
              <GroupedActionForm name="merge">
                {hidden}
                <input type="hidden" name="op" value="mergeCodes" />
                <BoundSelect
                  name="fromCodeId"
                  label="Theme to merge in"
                  hint="Its comments and decisions move to this theme, and it leaves the codebook."
                  items={[{ value: "", text: "Select a theme" }, ...others.map((o) => ({ value: o.id, text: o.name }))]}
                />
                <Button variant="secondary">Merge into {code.name}</Button>
              </GroupedActionForm>
            </>
          )}

          <h2 className="govuk-heading-m" id="restructure">
            Split or retire
          </h2>
          <GroupedActionForm name="restructure" fieldIds={{ codeId: "restructure" }}>
            {hidden}
            <p className="govuk-body">
              Splitting groups this theme&apos;s comments into two new themes. Retiring takes it out of the codebook;
              earlier versions keep it.
            </p>
            <WarningText>Both make a new codebook version and re-score the system&apos;s suggestions.</WarningText>
            <ButtonGroup>
              <Button variant="secondary" name="op" value="splitCode">
                Split into two themes
              </Button>
              <Button variant="warning" name="op" value="retireCode">
                Retire theme
              </Button>
            </ButtonGroup>
          </GroupedActionForm>
        </>
      )}

      <h2 className="govuk-heading-m" id="examples">
        Pinned examples
      </h2>
      <p className="govuk-body">
        The system scores each comment against this theme&apos;s description and its pinned examples. Pinning or
        unpinning an example makes a new codebook version and scores the system&apos;s suggestions again; officers&apos;
        decisions stay.
      </p>
      {canCode ? (
        <GroupedActionForm name="pins" fieldIds={{ examples: "examples" }}>
          {hidden}
          <PinnedExamples examples={code.examples} quotes={quotes} canPin />
        </GroupedActionForm>
      ) : (
        <PinnedExamples examples={code.examples} quotes={quotes} canPin={false} />
      )}

      <h2 className="govuk-heading-m" id="event-points">
        Event feedback points with this theme
      </h2>
      {eventPoints.length === 0 ? (
        <p className="govuk-body">No event feedback points are coded to this theme.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {eventPoints.map((p) => (
            <li key={p.pointId}>
              {p.text}{" "}
              <span className="govuk-hint govuk-!-display-inline">
                ({p.eventTitle}, {formatDate(p.startsAt)}, {p.heading})
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m" id="quotes">
        Comments with this theme
      </h2>
      <p className="govuk-body">
        {total === 0
          ? "No comments have this theme yet."
          : `Showing ${quotes.length} of ${total}, accepted first. Personal details are removed, so starred quotes can go in the report.`}
      </p>
      {quotes.length > 0 &&
        (canCode ? (
          <GroupedActionForm name="stars" fieldIds={{ shown: "quotes", starred: "quotes" }}>
            {hidden}
            <input type="hidden" name="shown" value={quotes.map((q) => q.answerId).join(",")} />
            <QuoteStars quotes={quotes} />
            <Button variant="secondary">Save starred quotes</Button>
          </GroupedActionForm>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {quotes.map((q) => (
              <li key={q.answerId}>
                {q.text}{" "}
                {q.stars > 0 && (
                  <strong>
                    ({q.stars} {q.stars === 1 ? "star" : "stars"})
                  </strong>
                )}
              </li>
            ))}
          </ul>
        ))}
    </ActionFormGroup>
  );
}
