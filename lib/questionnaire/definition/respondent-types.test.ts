import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition, type TQuestionnaireDefinition } from "./definition";
import { RESPONDENT_TYPE_OPTIONS } from "./question-shapes";
import { respondentTypeLabels, respondentTypeOptions } from "./respondent-types";

const withTypes = (options?: { key: string; label: string }[]): TQuestionnaireDefinition =>
  ZQuestionnaireDefinition.parse({
    format: "STANDARD",
    title: "Library opening hours",
    sections: [
      {
        key: "p",
        title: "About you",
        questions: [{ key: "who", type: "respondentType", title: "Responding as", ...(options && { options }) }],
      },
    ],
  });

describe("respondent types belong to the questionnaire (issue #16, item 2)", () => {
  it("defaults to a general list that names no particular service or group", () => {
    const labels = withTypes().sections[0].questions[0];
    expect(labels.type === "respondentType" && labels.options.map((o) => o.key)).toEqual(
      RESPONDENT_TYPE_OPTIONS.map((o) => o.key),
    );
    expect(RESPONDENT_TYPE_OPTIONS.map((o) => o.key)).toEqual([
      "resident",
      "service-user",
      "parent-carer",
      "young-person",
      "carer",
      "professional",
      "provider",
      "organisation",
      "councillor",
      "other",
    ]);
    expect(JSON.stringify(RESPONDENT_TYPE_OPTIONS)).not.toMatch(/short break|disabled/i);
  });

  it("lists the newest version's own options first, then keys only older versions had", () => {
    const newest = withTypes([
      { key: "reader", label: "A library member" },
      { key: "staff", label: "Library staff" },
    ]);
    const older = withTypes([
      { key: "reader", label: "A reader" },
      { key: "visitor", label: "A visitor" },
    ]);
    expect(respondentTypeOptions([newest, older])).toEqual([
      { key: "reader", label: "A library member" },
      { key: "staff", label: "Library staff" },
      { key: "visitor", label: "A visitor" },
    ]);
    expect(respondentTypeLabels([newest, older]).visitor).toBe("A visitor");
  });

  it("keeps the wording a published version stored, whatever today's default is", () => {
    // Every stored version holds its options explicitly (drafts are saved parsed), so a
    // response to an older version keeps the label it was given.
    const stored = withTypes([
      { key: "adult-using-services", label: "An adult who uses care and support services" },
      { key: "other", label: "Other" },
    ]);
    expect(respondentTypeLabels([stored])["adult-using-services"]).toBe("An adult who uses care and support services");
  });

  it("is empty when no version asks who people respond as", () => {
    const none = ZQuestionnaireDefinition.parse({
      format: "STANDARD",
      title: "T",
      sections: [{ key: "p", title: "P", questions: [{ key: "q", type: "yesNo", title: "Q" }] }],
    });
    expect(respondentTypeOptions([none])).toEqual([]);
  });
});
