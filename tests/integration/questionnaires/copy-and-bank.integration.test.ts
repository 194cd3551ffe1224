// Issue #16 items 3 and 9 through the real services and database: an empty questionnaire starts
// from a copy of any published one (Standard or Easy Read) chosen from a list, the question bank
// adds standard and saved questions to any draft, and an Easy Read publish names where each
// problem is in words and warns while the start page's introduction is missing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { ZQuestionnaireDefinition, type TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { openWorld, type World } from "../auth/world";
import { makeConsultation } from "../publishing/fixtures";

let world: World;
let officer: StaffPrincipal;

beforeAll(async () => {
  world = await openWorld("copy-and-bank");
  officer = await world.makeStaff("OFFICER");
});
afterAll(async () => world?.close());

const LIBRARY: TQuestionnaireDefinition = ZQuestionnaireDefinition.parse({
  format: "STANDARD",
  title: "Library opening hours",
  sections: [
    {
      key: "visits",
      title: "Your visits",
      questions: [
        {
          key: "often",
          type: "singleChoice",
          title: "How often do you visit a library?",
          options: [
            { key: "weekly", label: "Every week" },
            { key: "monthly", label: "Every month" },
            { key: "rarely", label: "Hardly ever" },
          ],
        },
        { key: "hours", type: "likert", title: "The new opening hours suit me", topicCode: "hours" },
      ],
    },
  ],
});

const LIBRARY_EASY_READ: TQuestionnaireDefinition = ZQuestionnaireDefinition.parse({
  format: "EASY_READ",
  title: "Library times",
  sections: [
    {
      key: "visits",
      title: "Going to the library",
      questions: [
        // "weekly" matches by key; "Every month" by words; "never" is new, so it is left unmapped.
        {
          key: "er-often",
          type: "singleChoice",
          title: "How often do you go to the library?",
          answersKey: "often",
          optionMap: { weekly: "weekly", month: "monthly" },
          options: [
            { key: "weekly", label: "Every week" },
            { key: "month", label: "Every month" },
            { key: "never", label: "Never" },
          ],
        },
      ],
    },
  ],
});

async function publishBoth() {
  const { saveDraft } = await import("@/lib/services/questionnaires/save-draft");
  const { publishQuestionnaire } = await import("@/lib/services/questionnaires/publish-questionnaire");
  const title = `Library services ${Math.random().toString(36).slice(2, 8)}`;
  const source = await makeConsultation(world.db, "draft", { title });
  await saveDraft(officer, { consultationId: source.id, format: "STANDARD", definition: LIBRARY, updatedAt: "" });
  await publishQuestionnaire(officer, source.id, "STANDARD");
  return { ...source, title };
}

describe("starting from a copy of another questionnaire", () => {
  it("lists every published questionnaire, copies the chosen one with its Easy Read links, and refuses a non-empty draft", async () => {
    const { listCopySources, copyQuestionnaire } = await import("@/lib/services/questionnaires/replace-draft");
    const { getBuilderData } = await import("@/lib/services/questionnaires/builder-data");
    const { saveDraft } = await import("@/lib/services/questionnaires/save-draft");
    const { publishQuestionnaire } = await import("@/lib/services/questionnaires/publish-questionnaire");
    const source = await publishBoth();
    const fixed = structuredClone(LIBRARY_EASY_READ);
    fixed.sections[0].questions[0].optionMap = { weekly: "weekly", month: "monthly", never: "rarely" };
    await saveDraft(officer, { consultationId: source.id, format: "EASY_READ", definition: fixed, updatedAt: "" });
    await publishQuestionnaire(officer, source.id, "EASY_READ");

    const target = await makeConsultation(world.db, "draft", { title: "Parks and open spaces" });
    const sources = await listCopySources(officer, target.id, "EASY_READ");
    const easyRead = sources.find((s) => s.label.startsWith(source.title) && s.label.includes("Easy Read"));
    expect(easyRead?.label).toMatch(/Easy Read questionnaire, version 1$/);
    expect(sources.some((s) => s.label.startsWith(source.title) && s.label.includes("Standard"))).toBe(true);

    const audits = await world.auditCount({ action: "questionnaire.import" });
    await copyQuestionnaire(officer, target.id, "EASY_READ", easyRead!.versionId);
    expect(await world.auditCount({ action: "questionnaire.import" })).toBe(audits + 1);
    const copied = (await getBuilderData(officer, target.id, "EASY_READ")).draft;
    expect(copied.sections[0].questions[0]).toMatchObject({ answersKey: "often", optionMap: { never: "rarely" } });

    // Into a Standard draft, Easy Read links mean nothing and topics the consultation lacks are dropped.
    const standardSource = sources.find((s) => s.label.startsWith(source.title) && s.label.includes("Standard"))!;
    await copyQuestionnaire(officer, target.id, "STANDARD", standardSource.versionId);
    const standard = (await getBuilderData(officer, target.id, "STANDARD")).draft;
    expect(standard.sections[0].questions[1]).not.toHaveProperty("topicCode", "hours");
    await expect(copyQuestionnaire(officer, target.id, "STANDARD", standardSource.versionId)).rejects.toThrow(
      /already has questions/,
    );
    // The questionnaire being built is never offered as its own source.
    expect(
      (await listCopySources(officer, source.id, "STANDARD")).some((s) => s.versionId === standardSource.versionId),
    ).toBe(false);
  });
});

describe("the question bank", () => {
  it("adds a standard question under a free key, saves an officer's question for everyone, and asks who people are only once", async () => {
    const { listQuestionBank, addFromQuestionBank, saveToQuestionBank } =
      await import("@/lib/services/questionnaires/question-bank");
    const { getBuilderData } = await import("@/lib/services/questionnaires/builder-data");
    const { saveDraft } = await import("@/lib/services/questionnaires/save-draft");
    const { id } = await makeConsultation(world.db, "draft", { title: "Waste collection" });
    await saveDraft(officer, { consultationId: id, format: "STANDARD", definition: LIBRARY, updatedAt: "" });

    const bank = await listQuestionBank(officer);
    expect(bank.map((b) => b.question.title)).toEqual(
      expect.arrayContaining([
        "Which of these best describes you?",
        "Did anyone help you fill this in?",
        "What is the first part of your postcode?",
      ]),
    );
    expect(JSON.stringify(bank.filter((b) => b.source === "standard"))).not.toMatch(/short break|disabled/i);

    expect(
      await addFromQuestionBank(officer, {
        consultationId: id,
        format: "STANDARD",
        bankId: "standard-respondent-type",
        sectionKey: "visits",
      }),
    ).toEqual({ key: "respondent-type" });
    await expect(
      addFromQuestionBank(officer, {
        consultationId: id,
        format: "STANDARD",
        bankId: "standard-respondent-type",
        sectionKey: "visits",
      }),
    ).rejects.toMatchObject({ fieldErrors: { sectionKey: [expect.stringMatching(/only once/)] } });
    const draft = (await getBuilderData(officer, id, "STANDARD")).draft;
    expect(draft.sections[0].questions.at(-1)).toMatchObject({
      type: "respondentType",
      options: expect.arrayContaining([expect.objectContaining({ key: "resident" })]),
    });

    const audits = await world.auditCount({ action: "questionnaire.bank.save" });
    await saveToQuestionBank(officer, { consultationId: id, format: "STANDARD", questionKey: "hours" });
    expect(await world.auditCount({ action: "questionnaire.bank.save" })).toBe(audits + 1);
    const saved = (await listQuestionBank(officer)).find((b) => b.question.title === "The new opening hours suit me");
    // Saved without what ties it to one consultation.
    expect(saved).toMatchObject({ source: "saved" });
    expect(saved?.question).not.toHaveProperty("topicCode");
    await expect(
      saveToQuestionBank(officer, { consultationId: id, format: "STANDARD", questionKey: "hours" }),
    ).rejects.toMatchObject({ fieldErrors: { questionKey: [expect.stringMatching(/already has/)] } });

    // Added to another consultation, a saved question whose key is taken gets the next free key.
    expect(
      await addFromQuestionBank(officer, {
        consultationId: id,
        format: "STANDARD",
        bankId: saved!.id,
        sectionKey: "visits",
      }),
    ).toEqual({ key: "hours-2" });
  });
});

describe("Easy Read publish messages", () => {
  it("names the page, question and answer in words, and warns while the introduction is missing", async () => {
    const { saveDraft } = await import("@/lib/services/questionnaires/save-draft");
    const { planPublish, publishQuestionnaire } = await import("@/lib/services/questionnaires/publish-questionnaire");
    const { locateIssue } = await import("@/lib/questionnaire/publish/issue-location");
    const source = await publishBoth();
    await saveDraft(officer, {
      consultationId: source.id,
      format: "EASY_READ",
      definition: LIBRARY_EASY_READ,
      updatedAt: "",
    });
    const plan = await planPublish(officer, source.id, "EASY_READ");
    expect(plan.issues).toHaveLength(1);
    expect(locateIssue(plan.draft, plan.issues[0].path)).toEqual({
      where: "Page 1 ‘Going to the library’, question 1 ‘How often do you go to the library?’, answer ‘Never’",
      fieldId: "b-link-0-0-o2",
    });
    await expect(publishQuestionnaire(officer, source.id, "EASY_READ")).rejects.toThrow(
      /First: Page 1 ‘Going to the library’, question 1 ‘How often do you go to the library\?’, answer ‘Never’: Say which answer/,
    );
    await expect(publishQuestionnaire(officer, source.id, "EASY_READ")).rejects.not.toThrow(/sections\[/);
    const fixed = structuredClone(LIBRARY_EASY_READ);
    fixed.sections[0].questions[0].optionMap = { weekly: "weekly", month: "monthly", never: null };
    const { getBuilderData } = await import("@/lib/services/questionnaires/builder-data");
    await saveDraft(officer, {
      consultationId: source.id,
      format: "EASY_READ",
      definition: fixed,
      updatedAt: (await getBuilderData(officer, source.id, "EASY_READ")).updatedAt,
    });
    const ok = await planPublish(officer, source.id, "EASY_READ");
    expect(ok.issues).toEqual([]);
    expect(ok.easyRead?.warnings.find((w) => w.rule === "missingIntroduction")).toMatchObject({ path: "introBlocks" });
  });
});
