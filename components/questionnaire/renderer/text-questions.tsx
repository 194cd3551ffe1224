// Typed-in answers: short and long text, numbers, postcodes, email addresses.
import { CharacterCount, TextInput } from "@/components/govuk";
import type { TQuestionOf } from "@/lib/questionnaire/definition/definition";
import { LONG_TEXT_MAX_CHARS } from "@/lib/questionnaire/definition/question-shapes";
import { hintFor, LABEL_CLASS, type QuestionRendererProps, titleFor, valueOf } from "./types";

export const ShortTextQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"shortText">>>) => (
  <TextInput
    name={question.key}
    label={titleFor(question)}
    labelClassName={LABEL_CLASS}
    hint={hintFor(question, extraHint)}
    errorMessage={errors[question.key]}
    defaultValue={valueOf(values, question.key)}
  />
);

export const LongTextQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"longText">>>) => {
  // Without an officer's limit the server still caps an answer, so the count only appears near it.
  const byWords = question.maxWords !== undefined;
  return (
    <CharacterCount
      name={question.key}
      label={titleFor(question)}
      labelClassName={LABEL_CLASS}
      hint={hintFor(question, extraHint)}
      errorMessage={errors[question.key]}
      defaultValue={valueOf(values, question.key)}
      rows={6}
      spellCheck
      {...(byWords
        ? { maxWords: question.maxWords }
        : { maxLength: question.maxChars ?? LONG_TEXT_MAX_CHARS, threshold: question.maxChars ? undefined : 75 })}
    />
  );
};

export const NumberQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"number">>>) => (
  <TextInput
    name={question.key}
    label={titleFor(question)}
    labelClassName={LABEL_CLASS}
    hint={hintFor(question, extraHint)}
    errorMessage={errors[question.key]}
    defaultValue={valueOf(values, question.key)}
    inputMode={question.integer ? "numeric" : "decimal"}
    spellCheck={false}
    width={10}
  />
);

export const PostcodeQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"postcode">>>) => (
  <TextInput
    name={question.key}
    label={titleFor(question)}
    labelClassName={LABEL_CLASS}
    hint={hintFor(question, extraHint)}
    errorMessage={errors[question.key]}
    defaultValue={valueOf(values, question.key)}
    autoComplete="postal-code"
    autoCapitalize="characters"
    spellCheck={false}
    width={10}
  />
);

export const EmailQuestion = ({
  question,
  values,
  errors,
  extraHint,
}: Readonly<QuestionRendererProps<TQuestionOf<"email">>>) => (
  <TextInput
    name={question.key}
    type="email"
    label={titleFor(question)}
    labelClassName={LABEL_CLASS}
    hint={hintFor(question, extraHint)}
    errorMessage={errors[question.key]}
    defaultValue={valueOf(values, question.key)}
    autoComplete="email"
    spellCheck={false}
  />
);
