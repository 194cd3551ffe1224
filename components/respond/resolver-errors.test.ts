import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { buildAnswerSchema, validateAnswers } from "@/lib/questionnaire/answers/build-answer-schema";
import { EVERY_TYPE } from "@/lib/questionnaire/fixtures/every-type";
import { answerFieldErrors, flattenResolverErrors } from "./resolver-errors";

const TODAY = "2025-06-30";
const options = { fields: {}, shouldUseNativeValidation: false } as const;

async function viaResolver(sectionKey: string, input: Record<string, unknown>) {
  const resolver = zodResolver(buildAnswerSchema(EVERY_TYPE, { sectionKey, today: TODAY }) as never);
  const { errors } = await resolver(input as never, undefined, options as never);
  const questions = EVERY_TYPE.sections.find((s) => s.key === sectionKey)!.questions;
  return answerFieldErrors(questions, flattenResolverErrors(errors));
}

describe("errors from react-hook-form's zodResolver", () => {
  it("map to the same fields and messages as the server's validateAnswers, in page order", async () => {
    const cases: [string, Record<string, unknown>][] = [
      ["about-you", { postcode: "nope", "last-break": { day: "31", month: "2", year: "2024" } }],
      ["about-you", { "respondent-type": { optionKey: "other" } }],
      [
        "your-views",
        {
          importance: { fees: "agree" },
          priorities: ["", "transport", "transport"],
          barriers: { optionKeys: ["nothing", "cost"] },
        },
      ],
    ];
    for (const [sectionKey, input] of cases) {
      const server = validateAnswers(EVERY_TYPE, input, { sectionKey, today: TODAY });
      expect(server.ok).toBe(false);
      const client = await viaResolver(sectionKey, input);
      expect(client).toEqual(server.ok ? {} : server.fieldErrors);
      expect(Object.keys(client)).toEqual(Object.keys(server.ok ? {} : server.fieldErrors));
    }
  });

  it("flatten nested and array errors with their paths", () => {
    expect(
      flattenResolverErrors({
        a: { message: "A", type: "custom", b: { message: "B" } },
        list: [undefined, { message: "C" }],
      }),
    ).toEqual([
      { path: ["a"], message: "A" },
      { path: ["a", "b"], message: "B" },
      { path: ["list", 1], message: "C" },
    ]);
  });
});
