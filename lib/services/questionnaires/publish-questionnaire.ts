// Publishing a questionnaire draft as version n+1 (issue #5 "Versioning"). The draft must pass
// the strict publish checks; then it is compared with the newest version, and a change that
// would break answers already given (deleting an answered question, changing its type,
// removing a chosen option) refuses the publish with the reason. Allowed changes, such as
// rewording and reordering, are recorded in the one audit event the publish writes.
import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { type TQuestionnaireDefinition, ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { easyReadMapIssues, standardWithoutCounterpart } from "@/lib/questionnaire/easy-read/map-checks";
import { formatRuleIssues, validateForPublish } from "@/lib/questionnaire/publish/publish-checks";
import { checkEasyReadDefinition, type TEasyReadWarning } from "@/lib/text/easy-read-checker";
import { diffVersions, type TVersionChange, type TVersionDiff } from "@/lib/questionnaire/definition/version-diff";
import type { TDefinitionIssue } from "@/lib/questionnaire/publish/issue-path";
import { locateIssue } from "@/lib/questionnaire/publish/issue-location";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TQuestionnaireFormat } from "@/lib/validation/questionnaire";
import { answerCounts } from "./answer-counts";
import { FORMAT_LABELS, parseStored } from "./builder-data";

type Tx = Pick<PrismaClient, "questionnaire" | "questionnaireVersion" | "$queryRaw">;

export type TPublishPlan = {
  /** Publish-check problems with the draft, each with its path. */
  issues: TDefinitionIssue[];
  /** Against the newest version; null for a first publish. */
  diff: TVersionDiff | null;
  nextNumber: number;
  /** Nothing changed since the newest version. */
  unchanged: boolean;
  /**
   * Easy Read only (issue #7): standard questions no Easy Read question answers, and the Easy
   * Read checker's warnings, which do not stop publishing but are stored with the version.
   */
  easyRead: { withoutCounterpart: { key: string; title: string }[]; warnings: TEasyReadWarning[] } | null;
  /** The draft the issues and warnings are about, so the page can name where each one is (issue #16). */
  draft: TQuestionnaireDefinition;
};

const CHANGE_WORDS: Record<TVersionChange["kind"], string> = {
  added: "added",
  removed: "removed",
  reworded: "reworded",
  reordered: "moved",
  optionsChanged: "options changed",
  typeChanged: "type changed",
  settingsChanged: "settings changed",
};

/** "2 questions reworded, 1 page moved", for the audit trail and the publish page. */
export function describeChanges(changes: readonly TVersionChange[]): string {
  const counts = new Map<string, number>();
  for (const c of changes) {
    const label = `${c.scope}|${CHANGE_WORDS[c.kind]}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, n]) => {
      const [scope, words] = label.split("|");
      const noun = scope === "section" ? "page" : "question";
      return `${n} ${noun}${n === 1 ? "" : "s"} ${words}`;
    })
    .join(", ");
}

async function plan(tx: Tx, consultationId: string, format: TQuestionnaireFormat) {
  const questionnaire = await tx.questionnaire.findUnique({
    where: { consultationId_format: { consultationId, format } },
    select: {
      id: true,
      draft: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, definition: true } },
    },
  });
  if (!questionnaire) throw new AppError("NOT_FOUND", "Save the questionnaire before publishing it.");
  const draft = parseStored(questionnaire.draft);
  const latest = questionnaire.versions[0];
  const previous = latest ? parseStored(latest.definition) : null;
  const diff = previous ? diffVersions(previous, draft, await answerCounts(tx, questionnaire.id)) : null;
  const issues = validateForPublish(questionnaire.draft);
  const easyRead =
    format === "EASY_READ" && issues.length === 0 ? await easyReadPlan(tx, consultationId, questionnaire.draft) : null;
  const result: TPublishPlan = {
    issues: [...issues, ...(easyRead?.issues ?? [])],
    diff,
    nextNumber: (latest?.number ?? 0) + 1,
    unchanged: previous !== null && JSON.stringify(previous) === JSON.stringify(draft),
    easyRead: easyRead && { withoutCounterpart: easyRead.withoutCounterpart, warnings: easyRead.warnings },
    draft,
  };
  return { questionnaire, draft, plan: result };
}

/** An Easy Read draft against the newest published standard version: a map that loses answers is refused (issue #7). */
async function easyReadPlan(tx: Tx, consultationId: string, stored: unknown) {
  const draft = ZQuestionnaireDefinition.parse(stored);
  const standardVersion = await tx.questionnaireVersion.findFirst({
    where: { questionnaire: { consultationId, format: "STANDARD" } },
    orderBy: { number: "desc" },
    select: { definition: true },
  });
  const standard = standardVersion ? ZQuestionnaireDefinition.safeParse(standardVersion.definition) : null;
  const linked = draft.sections.some((s) => s.questions.some((q) => q.answersKey));
  if (!standard?.success) {
    const issues = linked
      ? [{ path: "", message: "Publish the standard questionnaire first, so Easy Read answers can be counted with it" }]
      : [];
    return { issues, withoutCounterpart: [], warnings: checkEasyReadDefinition(draft) };
  }
  return {
    issues: formatRuleIssues(easyReadMapIssues(draft, standard.data)),
    withoutCounterpart: standardWithoutCounterpart(draft, standard.data),
    warnings: checkEasyReadDefinition(draft),
  };
}

/** What publishing now would do, without doing it: for the publish page's summary. */
export async function planPublish(
  staff: StaffPrincipal | null,
  consultationId: string,
  format: TQuestionnaireFormat,
): Promise<TPublishPlan> {
  requirePermission(staff, "questionnaire.publish");
  return (await plan(db(), consultationId, format)).plan;
}

/** Publishes the draft as the next version; throws INVALID_INPUT with the reason when refused. */
export async function publishQuestionnaire(
  staff: StaffPrincipal | null,
  consultationId: string,
  format: TQuestionnaireFormat,
): Promise<{ number: number }> {
  const actor = requirePermission(staff, "questionnaire.publish");
  try {
    return await db().$transaction(async (tx) => {
      const { questionnaire, draft, plan: p } = await plan(tx, consultationId, format);
      if (p.issues.length > 0) {
        const first = p.issues[0];
        const { where } = locateIssue(draft, first.path);
        throw new AppError(
          "INVALID_INPUT",
          `Fix ${p.issues.length === 1 ? "this problem" : `these ${p.issues.length} problems`} before publishing. First: ${where ? `${where}: ` : ""}${first.message}.`,
        );
      }
      if (p.unchanged)
        throw new AppError(
          "INVALID_INPUT",
          "Nothing has changed since the last version, so there is nothing to publish.",
        );
      if (p.diff && p.diff.breaking.length > 0) {
        throw new AppError(
          "INVALID_INPUT",
          `This change would break answers people have already given. ${p.diff.breaking.map((b) => b.reason).join(" ")}`,
        );
      }
      await tx.questionnaireVersion.create({
        data: {
          questionnaireId: questionnaire.id,
          number: p.nextNumber,
          definition: draft as Prisma.InputJsonValue,
          publishedAt: now(),
          // Publishing with Easy Read warnings is allowed; what was accepted is kept with the version.
          ...(p.easyRead ? { checkerWarnings: p.easyRead.warnings as Prisma.InputJsonValue } : {}),
        },
      });
      const changes = p.diff ? describeChanges(p.diff.changes) : "first version";
      await recordAuditEvent(tx, {
        actor,
        action: "questionnaire.publish",
        targetType: "Questionnaire",
        targetId: questionnaire.id,
        detail: `${FORMAT_LABELS[format]} questionnaire version ${p.nextNumber}: ${changes}`,
      });
      return { number: p.nextNumber };
    });
  } catch (error) {
    // P2002 on (questionnaireId, number): another officer published the same number first.
    if ((error as { code?: string }).code === "P2002")
      throw new AppError(
        "CONFLICT",
        "Someone else published this questionnaire at the same time. Reload the page and check the new version.",
      );
    throw error;
  }
}
