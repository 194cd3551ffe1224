import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { checkEasyReadDefinition, checkEasyReadText } from "./easy-read-checker";

const rules = (text: string) => checkEasyReadText(text).map((w) => w.rule);

describe("Easy Read checker: text rules", () => {
  it("passes short, plain text", () => {
    expect(checkEasyReadText("Do you like going to clubs? You can tell us what you think.")).toEqual([]);
  });

  it("warns on sentences over 15 words", () => {
    expect(rules("We want to know what you think about the clubs you go to after school and at the weekend.")).toEqual([
      "longSentence",
    ]);
    expect(rules("We want to know what you think about the clubs you go to after school.")).toEqual([]);
  });

  it("warns on jargon and on long words not in the plain-words list", () => {
    const found = checkEasyReadText("We will improve provision. Tell us about transportation. Tell us about swimming.");
    expect(found.map((w) => [w.rule, w.excerpt])).toEqual([
      ["jargon", "provision"],
      ["longWord", "transportation"],
    ]);
  });

  it("warns on italics, underlining and capitals", () => {
    expect(rules("This is *very* good.")).toEqual(["formatting"]);
    expect(rules("This is <u>very</u> good.")).toEqual(["formatting"]);
    expect(rules("This is **very** good.")).toEqual([]);
    expect(rules("This is VERY good. I am OK.")).toEqual(["capitals"]);
  });

  it("warns on numbers written as words, but not 'no one'", () => {
    expect(rules("You can choose three pictures.")).toEqual(["numberWord"]);
    expect(rules("You can choose one picture.")).toEqual(["numberWord"]);
    expect(rules("No one will see your name. You can choose 3 pictures.")).toEqual([]);
  });
});

describe("Easy Read checker: the questionnaire", () => {
  it("warns on missing pictures and more than one question per page, with paths", () => {
    const definition = ZQuestionnaireDefinition.parse({
      format: "EASY_READ",
      title: "Library times",
      introBlocks: [{ picture: "/p/book.svg", text: "We want to change when the library opens." }],
      sections: [
        {
          key: "p1",
          title: "Clubs",
          questions: [
            {
              key: "a",
              type: "singleChoice",
              title: "Do you like clubs?",
              image: "/p/club.svg",
              options: [
                { key: "y", label: "Yes", image: "/p/y.svg" },
                { key: "n", label: "No" },
              ],
            },
            { key: "b", type: "longText", title: "Tell us more" },
          ],
        },
      ],
    });
    expect(checkEasyReadDefinition(definition).map((w) => [w.rule, w.path])).toEqual([
      ["questionsPerPage", "sections[0]"],
      ["missingPicture", "sections[0].questions[0].options[1].image"],
      ["missingPicture", "sections[0].questions[1].image"],
    ]);
  });

  it("warns while the start page's introduction is missing, and on an introduction block without a picture", () => {
    const base = {
      format: "EASY_READ",
      title: "Library times",
      sections: [
        {
          key: "p1",
          title: "Times",
          questions: [{ key: "a", type: "yesNo", title: "Is it good?", image: "/p/y.svg" }],
        },
      ],
    };
    const without = checkEasyReadDefinition(ZQuestionnaireDefinition.parse(base));
    expect(without.map((w) => [w.rule, w.path])).toEqual([["missingIntroduction", "introBlocks"]]);
    const noPicture = checkEasyReadDefinition(
      ZQuestionnaireDefinition.parse({
        ...base,
        introBlocks: [{ heading: "Libraries", text: "We want to change when the library opens." }],
      }),
    );
    expect(noPicture.map((w) => [w.rule, w.path])).toEqual([["missingPicture", "introBlocks[0].picture"]]);
  });
});
