// A response's answers as staff see them by default: every typed-in text through the same
// redaction the exports and quotes use (lib/analysis/text/redaction), so names, emails, phone
// and NI numbers do not appear until someone gives a reason to see the original (issue #15).
// Bidi override characters are made visible, so text cannot pretend to say something else.
import { redact } from "@/lib/analysis/text/redaction";
import type { TAnswers, TAnswerValue } from "@/lib/questionnaire/answers/answer-values";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { markBidiControls } from "@/lib/text/control-characters";

const TEXT_TYPES = new Set(["shortText", "longText", "email", "postcode"]);
const WITH_OTHER_TEXT = new Set(["singleChoice", "respondentType", "multipleChoice"]);

const hide = (text: string) => markBidiControls(redact(text).text);

function redactValue(type: string, value: TAnswerValue): TAnswerValue {
  if (TEXT_TYPES.has(type) && typeof value === "string") return hide(value);
  if (
    WITH_OTHER_TEXT.has(type) &&
    typeof value === "object" &&
    value !== null &&
    "text" in value &&
    typeof value.text === "string"
  ) {
    return { ...value, text: hide(value.text) };
  }
  return value;
}

/** `original`: show the words as typed (after a recorded reason), with bidi controls still made visible. */
export function answersForStaff(definition: TQuestionnaireDefinition, answers: TAnswers, original: boolean): TAnswers {
  const types = new Map(definition.sections.flatMap((s) => s.questions.map((q) => [q.key, q.type as string])));
  return Object.fromEntries(
    Object.entries(answers).map(([key, value]) => {
      const type = types.get(key) ?? "";
      if (!original) return [key, redactValue(type, value)];
      if (TEXT_TYPES.has(type) && typeof value === "string") return [key, markBidiControls(value)];
      return [key, value];
    }),
  );
}
