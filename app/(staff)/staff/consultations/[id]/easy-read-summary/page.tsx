// GET /staff/consultations/[id]/easy-read-summary: the officer writes the Easy Read summary of
// the consultation (consultation.edit), block by block: a picture, an optional heading and
// short sentences. The Easy Read checker's warnings for the saved words show beside each block.
import type { Metadata } from "next";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { BackLink, Button, NotificationBanner } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { SummaryBlockFields } from "@/components/questionnaire/easy-read/summary-block-fields";
import { TwoThirdsPage } from "@/components/layout/grid";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage } from "@/lib/auth/session";
import { BUNDLED_LIBRARY } from "@/lib/questionnaire/easy-read/pictures";
import { parseEasyReadSummary } from "@/lib/questionnaire/easy-read/summary";
import { getStaffConsultation } from "@/lib/services/consultations/staff-consultations";
import { listEasyReadPictures } from "@/lib/services/easy-read/pictures";
import { checkEasyReadText } from "@/lib/text/easy-read-checker";
import { SUMMARY_MAX_BLOCKS } from "@/lib/validation/easy-read-summary";
import { saveEasyReadSummaryAction } from "./actions";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

/** Spare empty blocks offered below the saved ones, so more can be added without JavaScript. */
const SPARE_BLOCKS = 2;

export default async function EasyReadSummaryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffForPage(`/staff/consultations/${id}/easy-read-summary`, "consultation.edit");
  const { consultation: c } = await getStaffConsultation(staff, id);
  const saved = parseEasyReadSummary(c.easyReadSummary) ?? [];
  const own = can(staff.role, "questionnaire.edit") ? await listEasyReadPictures(staff, id) : [];
  const pictures = [...own, ...BUNDLED_LIBRARY].map((p) => ({ value: p.src, text: p.name }));
  const count = Math.min(saved.length + SPARE_BLOCKS, SUMMARY_MAX_BLOCKS);
  return (
    <TwoThirdsPage>
      <BackLink href={`/staff/consultations/${c.id}`}>Back to {c.title}</BackLink>
      {(await searchParams).done === "saved" && <NotificationBanner type="success" text="Easy Read summary saved." />}
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">Easy Read summary</h1>
      <p className="govuk-body">
        Each block is shown with its picture on the left. Use short sentences, everyday words and numbers as digits.
        Leave a block empty to remove it.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={`/consultations/${c.slug}/easy-read-summary`}>
          See the public Easy Read summary
        </a>{" "}
        (once the consultation is published).
      </p>
      <ActionForm action={saveEasyReadSummaryAction} pageTitle="Easy Read summary">
        <input type="hidden" name="consultationId" value={c.id} />
        <input type="hidden" name="blocks" value={count} />
        {Array.from({ length: count }, (_, i) => {
          const block = saved[i];
          const warnings = block
            ? [...(block.heading ? checkEasyReadText(block.heading) : []), ...checkEasyReadText(block.text)].map(
                (w) => w.message,
              )
            : [];
          if (block && !block.picture) warnings.push("Add a picture next to these words");
          return <SummaryBlockFields key={i} n={i + 1} block={block} pictures={pictures} warnings={warnings} />;
        })}
        <Button>Save Easy Read summary</Button>
      </ActionForm>
    </TwoThirdsPage>
  );
}
