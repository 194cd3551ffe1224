// Issue #5 versioning through the real services and database: drafts save with optimistic
// concurrency, publishing makes version n+1 with one audit event, and a change that would break
// stored answers is refused with its reason while rewording and reordering are allowed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { EVERY_TYPE } from "@/lib/questionnaire/fixtures/every-type";
import { openWorld, type World } from "../auth/world";
import { makeConsultation } from "../publishing/fixtures";

let world: World;
let officer: StaffPrincipal;

beforeAll(async () => {
  world = await openWorld("builder");
  officer = await world.makeStaff("OFFICER");
});
afterAll(async () => world?.close());

describe("questionnaire builder services", () => {
  it("saves, refuses a stale save, publishes, and refuses deleting an answered question", async () => {
    const { saveDraft } = await import("@/lib/services/questionnaires/save-draft");
    const { publishQuestionnaire } = await import("@/lib/services/questionnaires/publish-questionnaire");
    const { id } = await makeConsultation(world.db, "draft");
    const first = await saveDraft(officer, {
      consultationId: id,
      format: "STANDARD",
      definition: EVERY_TYPE,
      updatedAt: "",
    });
    const second = await saveDraft(officer, {
      consultationId: id,
      format: "STANDARD",
      definition: EVERY_TYPE,
      updatedAt: first.updatedAt,
    });
    await expect(
      saveDraft(officer, {
        consultationId: id,
        format: "STANDARD",
        definition: EVERY_TYPE,
        updatedAt: first.updatedAt,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const audits = await world.auditCount({ action: "questionnaire.publish" });
    expect(await publishQuestionnaire(officer, id, "STANDARD")).toEqual({ number: 1 });
    expect(await world.auditCount({ action: "questionnaire.publish" })).toBe(audits + 1);

    const version = await world.db.questionnaireVersion.findFirstOrThrow({
      where: { questionnaire: { consultationId: id } },
    });
    const answered = EVERY_TYPE.sections[1].questions[0];
    await world.db.response.create({
      data: {
        consultationId: id,
        versionId: version.id,
        format: "STANDARD",
        answers: { create: { questionKey: answered.key, optionKeys: ["disagree"] } },
      },
    });

    // Delete the answered question, and the conditions that looked at it, so only the deletion is refused.
    const refersToIt = (q: (typeof EVERY_TYPE.sections)[0]["questions"][0]) =>
      q.showIf?.conditions.some((c) => c.questionKey.split(".")[0] === answered.key);
    const stripped = {
      ...EVERY_TYPE,
      sections: EVERY_TYPE.sections.map((s) => ({
        ...s,
        questions: s.questions
          .filter((q) => q.key !== answered.key)
          .map((q) => (refersToIt(q) ? { ...q, showIf: undefined } : q)),
      })),
    };
    let token = (
      await saveDraft(officer, {
        consultationId: id,
        format: "STANDARD",
        definition: stripped,
        updatedAt: second.updatedAt,
      })
    ).updatedAt;
    await expect(publishQuestionnaire(officer, id, "STANDARD")).rejects.toThrow(
      /cannot delete .*because 1 person has answered it/,
    );
    expect(await world.auditCount({ action: "questionnaire.publish" })).toBe(audits + 1);

    const reworded = structuredClone(EVERY_TYPE);
    reworded.sections[1].questions[0].title = "Short breaks should help children make friends.";
    reworded.sections.reverse();
    token = (
      await saveDraft(officer, { consultationId: id, format: "STANDARD", definition: reworded, updatedAt: token })
    ).updatedAt;
    // Reversing pages breaks "conditions look back", so the publish check names the problem.
    await expect(publishQuestionnaire(officer, id, "STANDARD")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    reworded.sections.reverse();
    await saveDraft(officer, { consultationId: id, format: "STANDARD", definition: reworded, updatedAt: token });
    expect(await publishQuestionnaire(officer, id, "STANDARD")).toEqual({ number: 2 });
    const event = await world.db.auditEvent.findFirstOrThrow({
      where: { action: "questionnaire.publish", targetType: "Questionnaire" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.detail).toMatch(/version 2: .*reworded/);
  });

  it("refuses an import with errors that name the path", async () => {
    const { importDraft } = await import("@/lib/services/questionnaires/replace-draft");
    const { id } = await makeConsultation(world.db, "draft");
    const bad = structuredClone(EVERY_TYPE) as unknown as { sections: { questions: { title: string }[] }[] };
    bad.sections[0].questions[1].title = "";
    await expect(importDraft(officer, id, "STANDARD", JSON.stringify(bad))).rejects.toMatchObject({
      fieldErrors: { json: [expect.stringMatching(/^sections\[0\]\.questions\[1\]\.title: /)] },
    });
  });
});
