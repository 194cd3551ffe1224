import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { childrenQuestionnaire } from "@/prisma/seed/content/children/questionnaire";
import { EQUALITY_CONSENT_KEY } from "./equality-questions";
import {
  buildJourney,
  definitionUpTo,
  HELP_COMPLETING_KEY,
  journeyPages,
  pagePosition,
  pageSlug,
  resumePage,
  sectionForSlug,
  splitAnswers,
} from "./journey";

const children = ZQuestionnaireDefinition.parse(childrenQuestionnaire);
const journey = buildJourney(children, { aboutChild: true });
const keys = (sections: { key: string }[]) => sections.map((s) => s.key);

describe("buildJourney", () => {
  it("appends the equality pages after the questionnaire's", () => {
    expect(keys(journey.definition.sections)).toEqual([
      ...keys(children.sections),
      "equality-monitoring",
      "equality-about-you",
      "equality-about-the-child",
    ]);
    expect(journey.equalityKeys.has("equality-age")).toBe(true);
    expect(journey.equalityKeys.has("respondent-type")).toBe(false);
  });

  it("leaves the child's questions out for other consultations", () => {
    expect(keys(buildJourney(children, { aboutChild: false }).definition.sections)).not.toContain(
      "equality-about-the-child",
    );
  });

  it("adds the help-completing question to the last page only when it is missing", () => {
    const count = (d: typeof children) =>
      d.sections.flatMap((s) => s.questions).filter((q) => q.key === HELP_COMPLETING_KEY).length;
    expect(count(journey.definition)).toBe(1);
    const without = {
      ...children,
      sections: children.sections.map((s) => ({
        ...s,
        questions: s.questions.filter((q) => q.key !== HELP_COMPLETING_KEY),
      })),
    };
    const added = buildJourney(without, { aboutChild: false });
    expect(count(added.definition)).toBe(1);
    expect(added.definition.sections.find((s) => s.key === "final")?.questions.at(-1)?.key).toBe(HELP_COMPLETING_KEY);
    expect(count(without)).toBe(0);
  });

  it("refuses a questionnaire that uses the equality prefix", () => {
    const clash = { ...children, sections: [{ ...children.sections[0], key: "equality-stuff" }] };
    expect(() => buildJourney(clash, { aboutChild: false })).toThrow(/reserved for equality/);
  });
});

describe("pages", () => {
  it("skips the equality detail pages until the respondent agrees to answer", () => {
    expect(keys(journeyPages(journey, {})).slice(-1)).toEqual(["equality-monitoring"]);
    const agreed = journeyPages(journey, { [EQUALITY_CONSENT_KEY]: { optionKey: "yes" } });
    expect(keys(agreed).slice(-3)).toEqual(["equality-monitoring", "equality-about-you", "equality-about-the-child"]);
  });

  it("numbers pages among those shown and knows the neighbours", () => {
    const first = pagePosition(journey, {}, "about-you");
    expect(first).toMatchObject({
      number: 1,
      total: children.sections.length + 1,
      previous: undefined,
      next: { key: "vision" },
    });
    expect(pagePosition(journey, {}, "equality-about-you")).toBeUndefined();
    expect(pagePosition(journey, { [EQUALITY_CONSENT_KEY]: { optionKey: "yes" } }, "equality-about-you")).toMatchObject(
      { total: children.sections.length + 3 },
    );
  });

  it("gives reserved section keys a different page address", () => {
    expect(pageSlug("vision")).toBe("vision");
    expect(pageSlug("check-answers")).toBe("section-check-answers");
    expect(sectionForSlug(journey, "vision")?.key).toBe("vision");
    expect(sectionForSlug(journey, "nope")).toBeUndefined();
  });

  it("cuts the definition after a page, for that page's validation", () => {
    expect(keys(definitionUpTo(journey, "types").sections)).toEqual(["about-you", "vision", "types"]);
  });
});

describe("resumePage", () => {
  it("starts at the first page, then carries on after the furthest page answered", () => {
    expect(resumePage(journey, {})?.key).toBe("about-you");
    const answers = {
      "respondent-type": { optionKey: "professional" },
      "vision-agree": "agree",
      "fees-agree": "agree",
    };
    expect(resumePage(journey, answers)?.key).toBe("transition");
  });

  it("goes back to a page whose required question is still unanswered", () => {
    expect(resumePage(journey, { "vision-agree": "agree" })?.key).toBe("about-you");
  });

  it("is undefined when the last page has answers", () => {
    expect(
      resumePage(journey, {
        "respondent-type": { optionKey: "professional" },
        [EQUALITY_CONSENT_KEY]: { optionKey: "no" },
      }),
    ).toBeUndefined();
  });
});

describe("splitAnswers", () => {
  it("keeps equality answers apart", () => {
    const answers = { "respondent-type": { optionKey: "professional" }, "equality-sex": { optionKey: "female" } };
    expect(splitAnswers(journey, answers)).toEqual({
      questionnaire: { "respondent-type": { optionKey: "professional" } },
      equality: { "equality-sex": { optionKey: "female" } },
    });
  });
});
