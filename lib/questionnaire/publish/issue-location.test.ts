import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "../definition/definition";
import { locateIssue } from "./issue-location";

const definition = ZQuestionnaireDefinition.parse({
  format: "EASY_READ",
  title: "Library times",
  sections: [
    {
      key: "about",
      title: "About you",
      questions: [
        {
          key: "who",
          type: "singleChoice",
          title: "Who are you?",
          options: [
            { key: "reader", label: "I read books" },
            { key: "visitor", label: "I visit" },
          ],
        },
      ],
    },
    {
      key: "times",
      title: "Opening times",
      questions: [
        { key: "intro", type: "info", title: "About the times" },
        {
          key: "often",
          type: "singleChoice",
          title: "How often do you go?",
          answersKey: "visits",
          optionMap: {},
          options: [
            { key: "weekly", label: "Every week" },
            { key: "never", label: "Never" },
          ],
        },
      ],
    },
  ],
});

describe("locateIssue (issue #16, item 9)", () => {
  it("names the page, question and answer of an option map entry, and links to its select", () => {
    expect(locateIssue(definition, "sections[1].questions[1].optionMap.never")).toEqual({
      where: "Page 2 ‘Opening times’, question 3 ‘How often do you go?’, answer ‘Never’",
      fieldId: "b-link-1-1-o1",
    });
  });

  it("names answers, keys and the standard question link in words", () => {
    expect(locateIssue(definition, "sections[0].questions[0].options[1].label")).toEqual({
      where: "Page 1 ‘About you’, question 1 ‘Who are you?’, answer ‘I visit’",
      fieldId: "b-sections-0-questions-0-options-1-label",
    });
    expect(locateIssue(definition, "sections[0].questions[0].key").where).toBe(
      "Page 1 ‘About you’, question 1 ‘Who are you?’, its key",
    );
    expect(locateIssue(definition, "sections[1].questions[1].answersKey")).toEqual({
      where: "Page 2 ‘Opening times’, question 3 ‘How often do you go?’, the standard question it answers",
      fieldId: "b-link-1-1",
    });
    expect(locateIssue(definition, "sections[1].questions[1].image").fieldId).toBe("b-sections-1-questions-1-title");
  });

  it("names pages, the introduction and the questionnaire as a whole", () => {
    expect(locateIssue(definition, "sections[1]")).toEqual({ where: "Page 2 ‘Opening times’", fieldId: "b-page-1" });
    expect(locateIssue(definition, "sections[0].title")).toEqual({
      where: "Page 1 ‘About you’, its title",
      fieldId: "b-sections-0-title",
    });
    expect(locateIssue(definition, "introBlocks")).toEqual({
      where: "The Easy Read introduction",
      fieldId: "b-introBlocks",
    });
    expect(locateIssue(definition, "introBlocks[1].picture")).toEqual({
      where: "The Easy Read introduction, part 2, its picture",
      fieldId: "b-introBlocks-1-text",
    });
    expect(locateIssue(definition, "")).toEqual({ where: "" });
    expect(locateIssue(definition, "sections").where).toBe("The questionnaire");
  });

  it("never shows an internal path", () => {
    for (const path of [
      "sections[0].questions[0].showIf.conditions[0].questionKey",
      "sections[1].questions[1].optionMap.gone",
      "sections[9].questions[0].key",
      "format",
    ]) {
      expect(locateIssue(definition, path).where).not.toMatch(/sections\[|optionMap|questions\[/);
    }
  });
});
