// GET /staff/consultations/[id]/analysis/themes/you-said-we-did: "You said, we did" (issue #9
// part 4). For each theme (or proposal): what people said, the council's response and what
// changed. Entries show on the public outcome page once the outcome is published. Everyone with
// analysis.read sees them; officers (outcome.edit) write them. ?question=&theme= starts an entry
// from a codebook theme, ?proposal= from a proposal, ?entry= changes one.
import type { Metadata } from "next";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { ActionForm } from "@/components/forms/action-form";
import { BoundTextarea, BoundTextInput } from "@/components/forms/bound-fields";
import { BackLink, Button, NotificationBanner, SummaryList } from "@/components/govuk";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { codebookView } from "@/lib/services/analysis/free-text/review";
import { listYouSaidWeDid } from "@/lib/services/analysis/free-text/you-said-we-did";
import { themeRef } from "@/lib/validation/themes";
import { youSaidWeDidAction } from "../actions";
import { themesPath } from "../paths";
import { wholePercentLabel } from "@/lib/analysis/closed/maths";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Query = { done?: string; entry?: string; question?: string; theme?: string; proposal?: string };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Query> };

type Draft = {
  entryId?: string;
  codeId?: string;
  theme: string;
  youSaid: string;
  weDid: string;
  changed: string;
  hint?: string;
};

export default async function YouSaidWeDidPage({ params, searchParams }: Readonly<Props>) {
  const { id } = await params;
  const path = `${themesPath(id)}/you-said-we-did`;
  const staff = await requireStaffForPage(path, "analysis.read");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const query = await searchParams;
  const entries = await listYouSaidWeDid(staff, c.id);
  const canWrite = can(staff.role, "outcome.edit");
  const blank: Draft = { theme: "", youSaid: "", weDid: "", changed: "" };
  let draft = blank;
  const entry = entries.find((e) => e.id === query.entry);
  if (entry) draft = { ...entry, entryId: entry.id, codeId: entry.codeId ?? undefined };
  else if (query.question && query.theme) {
    const codebook = await codebookView(staff, c.id, query.question);
    const code = codebook?.codes.find((x) => x.id === query.theme);
    if (codebook && code) {
      const n = code.accepted + code.suggested;
      draft = {
        ...blank,
        codeId: themeRef(codebook.codebookId, code.id),
        theme: code.name,
        hint: `${n} comments (${wholePercentLabel(n, codebook.commenters)} of those who commented) have this theme. ${code.description}`,
      };
    }
  } else if (query.proposal) {
    const proposal = c.proposals.find((p) => p.id === query.proposal);
    if (proposal) draft = { ...blank, theme: proposal.title };
  }
  const editing = Boolean(draft.entryId);
  const title = "You said, we did";
  return (
    <>
      {!canWrite && <FormPageTitle title={title} hasError={false} />}
      <BackLink href={themesPath(c.id)}>Back to free-text themes</BackLink>
      {query.done === "saved" && <NotificationBanner type="success" text="Entry saved." />}
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        For each theme people raised, or each proposal: what people said, the council&apos;s response and what changed.
        Entries appear on the public outcome page once the outcome is published, and in the decision report.
      </p>
      {entries.length === 0 ? (
        <p className="govuk-body">No entries yet.</p>
      ) : (
        entries.map((e) => (
          <SummaryList
            key={e.id}
            card={{
              title: e.theme,
              actions: canWrite ? [{ href: `${path}?entry=${encodeURIComponent(e.id)}`, text: "Change" }] : undefined,
            }}
            rows={[
              { key: "You said", value: e.youSaid },
              { key: "We did", value: e.weDid },
              { key: "What changed", value: e.changed },
            ]}
          />
        ))
      )}
      {canWrite && (
        <>
          {c.proposals.length > 0 && !editing && (
            <>
              <h2 className="govuk-heading-m">Start from a proposal</h2>
              <ul className="govuk-list">
                {c.proposals.map((p) => (
                  <li key={p.id}>
                    <a className="govuk-link" href={`${path}?proposal=${encodeURIComponent(p.id)}`}>
                      {p.title}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2 className="govuk-heading-m">{editing ? `Change "${draft.theme}"` : "Add an entry"}</h2>
          {draft.hint && <p className="govuk-body">{draft.hint}</p>}
          <ActionForm action={youSaidWeDidAction} pageTitle={title}>
            <input type="hidden" name="consultationId" value={c.id} />
            {draft.entryId && <input type="hidden" name="entryId" value={draft.entryId} />}
            {draft.codeId && <input type="hidden" name="codeId" value={draft.codeId} />}
            <BoundTextInput name="theme" label="Theme or proposal" defaultValue={draft.theme} />
            <BoundTextarea
              name="youSaid"
              label="You said"
              hint="What people said about it, in plain English"
              rows={4}
              defaultValue={draft.youSaid}
            />
            <BoundTextarea
              name="weDid"
              label="We did"
              hint="The council's response"
              rows={4}
              defaultValue={draft.weDid}
            />
            <BoundTextarea
              name="changed"
              label="What changed"
              hint="What changed because of it, or that nothing changed and why"
              rows={3}
              defaultValue={draft.changed}
            />
            <Button>{editing ? "Save changes" : "Save entry"}</Button>
          </ActionForm>
        </>
      )}
    </>
  );
}
