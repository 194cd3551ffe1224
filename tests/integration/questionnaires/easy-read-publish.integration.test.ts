// Publishing an Easy Read questionnaire (issue #7): a map pointing at an unknown standard
// question or option is refused; standard questions with no Easy Read counterpart are listed;
// the Easy Read checker's warnings do not stop publishing and are stored with the version.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { childrenEasyReadQuestionnaire } from "@/prisma/seed/content/children/easy-read";
import { childrenQuestionnaire } from "@/prisma/seed/content/children/questionnaire";

const EASY_READ = ZQuestionnaireDefinition.parse(childrenEasyReadQuestionnaire);
const STANDARD = ZQuestionnaireDefinition.parse(childrenQuestionnaire);
import { openWorld, type World } from "../auth/world";
import { makeConsultation } from "../publishing/fixtures";

let world: World;
let officer: StaffPrincipal;

beforeAll(async () => {
  world = await openWorld("easy-read-publish");
  officer = await world.makeStaff("OFFICER");
});
afterAll(async () => world?.close());

describe("publishing an Easy Read questionnaire", () => {
  it("needs the standard one first, refuses broken maps, and keeps the checker's warnings", async () => {
    const { saveDraft } = await import("@/lib/services/questionnaires/save-draft");
    const { planPublish, publishQuestionnaire } = await import("@/lib/services/questionnaires/publish-questionnaire");
    const { id } = await makeConsultation(world.db, "draft");
    const broken = structuredClone(EASY_READ);
    const idea = broken.sections.find((s) => s.key === "big-idea")!.questions[0];
    idea.optionMap = { ...idea.optionMap, like: "love-it" };
    const token = (
      await saveDraft(officer, { consultationId: id, format: "EASY_READ", definition: broken, updatedAt: "" })
    ).updatedAt;
    await expect(publishQuestionnaire(officer, id, "EASY_READ")).rejects.toThrow(
      /Publish the standard questionnaire first/,
    );

    await saveDraft(officer, { consultationId: id, format: "STANDARD", definition: STANDARD, updatedAt: "" });
    expect(await publishQuestionnaire(officer, id, "STANDARD")).toEqual({ number: 1 });
    await expect(publishQuestionnaire(officer, id, "EASY_READ")).rejects.toThrow(
      /'love-it' is not an answer to 'How much do you agree with this vision for short breaks\?'/,
    );

    await saveDraft(officer, { consultationId: id, format: "EASY_READ", definition: EASY_READ, updatedAt: token });
    const plan = await planPublish(officer, id, "EASY_READ");
    expect(plan.issues).toEqual([]);
    expect(plan.easyRead?.withoutCounterpart.map((q) => q.key)).toContain("fees-affect");
    expect(plan.easyRead?.warnings.length).toBeGreaterThan(0);
    expect(await publishQuestionnaire(officer, id, "EASY_READ")).toEqual({ number: 1 });
    const version = await world.db.questionnaireVersion.findFirstOrThrow({
      where: { questionnaire: { consultationId: id, format: "EASY_READ" } },
    });
    expect(version.checkerWarnings).toEqual(plan.easyRead?.warnings);
    const standard = await world.db.questionnaireVersion.findFirstOrThrow({
      where: { questionnaire: { consultationId: id, format: "STANDARD" } },
    });
    expect(standard.checkerWarnings).toBeNull();
  });
});
