import { describe, expect, it } from "vitest";
import type { TQuestion } from "@/lib/questionnaire/definition/definition";
import { headingPicture, questionPicture } from "./heading-picture";

const question = (key: string, image?: string): TQuestion =>
  ({ key, type: "longText", title: `Tell us about ${key}`, required: false, image }) as TQuestion;

describe("the Easy Read question page's pictures", () => {
  it("shows a one-question page's picture once, beside the heading", () => {
    const only = question("travel", "/pictures/bus.svg");
    const heading = headingPicture({ questions: [only] });
    expect(heading.image).toBe("/pictures/bus.svg");
    expect(questionPicture(only, heading)).toBeUndefined();
  });

  it("keeps the other questions' pictures beside their words", () => {
    const [first, second] = [question("travel", "/pictures/bus.svg"), question("home", "/pictures/house.svg")];
    const heading = headingPicture({ questions: [first, second] });
    expect([questionPicture(first, heading), questionPicture(second, heading)]).toEqual([
      undefined,
      "/pictures/house.svg",
    ]);
  });

  it("puts no picture by the heading when the first question has none, or is an information block", () => {
    const plain = question("travel");
    expect(headingPicture({ questions: [plain] })).toEqual({ image: undefined, questionKey: undefined });
    const info = {
      key: "about",
      type: "info",
      title: "About",
      body: "",
      required: false,
      image: "/pictures/info.svg",
    } as TQuestion;
    expect(headingPicture({ questions: [info] }).image).toBeUndefined();
    expect(questionPicture(info, headingPicture({ questions: [info] }))).toBe("/pictures/info.svg");
  });
});
