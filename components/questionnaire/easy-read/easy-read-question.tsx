// An Easy Read question (issue #7): the picture on the left and the words on the right, a
// picture with the words of every answer, and "Not sure" where the questionnaire offers it.
// It wraps the standard renderers' building blocks (GOV.UK radios, checkboxes and the
// character count) so field names, ids and error links are the same as the standard form's.
import type { ReactNode } from "react";
import { CharacterCount, Checkboxes, type CheckboxItem, type ChoiceDivider, Radios } from "@/components/govuk";
import { optionItems } from "@/components/questionnaire/renderer/option-items";
import { QuestionRenderer } from "@/components/questionnaire/renderer/question-renderer";
import { hintFor, type QuestionRendererProps, valueOf, valuesOf } from "@/components/questionnaire/renderer/types";
import type { TOption, TQuestion, TQuestionOf } from "@/lib/questionnaire/definition/definition";
import { pictureSrc } from "@/lib/questionnaire/easy-read/pictures";
import { YES_NO_OPTIONS } from "@/lib/questionnaire/definition/question-shapes";
import { drawingFieldName } from "@/lib/validation/drawing-upload";
import { DrawingField } from "./drawing-field";

export type EasyReadQuestionProps = QuestionRendererProps & {
  showPictures: boolean;
  /** The page heading: a question that repeats it keeps its words for screen readers only. */
  pageTitle: string;
  /** Question key → the drawing or photo already sent with it; undefined when the form takes no drawings. */
  drawings?: Readonly<Record<string, string>>;
  /** The picture beside the question's words; left out when the page heading already shows it. Defaults to the question's own. */
  picture?: string;
};

/** Yes / No / Not sure have fixed keys, so their pictures are fixed too. */
const YES_NO_PICTURES: Record<string, string> = {
  yes: pictureSrc("2705"),
  no: pictureSrc("274C"),
  "not-sure": pictureSrc("1F914"),
};

/** A picture beside its words. The words say everything, so the picture has empty alt text. */
export const PictureRow = ({
  image,
  showPictures,
  children,
  className,
}: Readonly<{ image?: string; showPictures: boolean; children: ReactNode; className?: string }>) => (
  <span className={`app-easy-read__row ${className ?? ""}`.trim()}>
    {showPictures && image && (
      // Plain img: pictures may be uploaded by officers, at any size, from our own origin.
      // eslint-disable-next-line @next/next/no-img-element
      <img className="app-easy-read__picture" src={image} alt="" width={96} height={96} />
    )}
    <span className="app-easy-read__words">{children}</span>
  </span>
);

function choiceItems(
  options: readonly TOption[],
  props: EasyReadQuestionProps,
  pictures: Record<string, string | undefined> = {},
): (CheckboxItem | ChoiceDivider)[] {
  const byKey = new Map(options.map((o) => [o.key, o]));
  return optionItems(options, {
    questionKey: props.question.key,
    values: props.values,
    errors: props.errors,
    scriptReveal: !props.liveValues,
  }).map((item) =>
    "divider" in item
      ? item
      : {
          ...item,
          labelClassName: "app-easy-read__option",
          text: (
            <PictureRow image={byKey.get(item.value)?.image ?? pictures[item.value]} showPictures={props.showPictures}>
              {byKey.get(item.value)?.label}
            </PictureRow>
          ),
        },
  );
}

function legendOf(question: TQuestion, props: EasyReadQuestionProps): { legend: ReactNode; className: string } {
  if (question.title === props.pageTitle) return { legend: question.title, className: "govuk-visually-hidden" };
  return {
    legend: (
      <PictureRow image={"picture" in props ? props.picture : question.image} showPictures={props.showPictures}>
        {question.title}
      </PictureRow>
    ),
    className: "govuk-fieldset__legend--m",
  };
}

const InfoRow = ({ question, showPictures }: Readonly<{ question: TQuestionOf<"info">; showPictures: boolean }>) => (
  <div className="app-easy-read__block">
    <PictureRow image={question.image} showPictures={showPictures}>
      <strong className="app-easy-read__key-words">{question.title}</strong>
      {question.body
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== "")
        .map((paragraph, i) => (
          <span key={i} className="app-easy-read__paragraph">
            {paragraph.trim()}
          </span>
        ))}
    </PictureRow>
  </div>
);

export const EasyReadQuestion = (props: Readonly<EasyReadQuestionProps>) => {
  const { question, values, errors, extraHint, liveValues } = props;
  const { legend, className } = legendOf(question, props);
  switch (question.type) {
    case "info":
      return <InfoRow question={question} showPictures={props.showPictures} />;
    case "singleChoice":
    case "likert":
    case "yesNo":
      return (
        <Radios
          name={question.key}
          legend={legend}
          legendClassName={className}
          hint={hintFor(question, extraHint)}
          errorMessage={errors[question.key]}
          defaultValue={valueOf(liveValues ?? values, question.key)}
          className="app-easy-read__choices"
          items={choiceItems(question.type === "yesNo" ? YES_NO_OPTIONS : question.options, props, YES_NO_PICTURES)}
        />
      );
    case "multipleChoice":
      return (
        <Checkboxes
          name={question.key}
          legend={legend}
          legendClassName={className}
          hint={hintFor(question, extraHint)}
          errorMessage={errors[question.key]}
          defaultValues={valuesOf(values, question.key)}
          className="app-easy-read__choices"
          items={choiceItems(question.options, props)}
        />
      );
    case "longText":
      return (
        <>
          <CharacterCount
            name={question.key}
            label={question.title}
            labelClassName={question.title === props.pageTitle ? "govuk-visually-hidden" : "govuk-label--m"}
            hint={hintFor(question, extraHint)}
            errorMessage={errors[question.key]}
            defaultValue={valueOf(values, question.key)}
            rows={6}
            spellCheck
            {...(question.maxWords !== undefined
              ? { maxWords: question.maxWords }
              : { maxLength: question.maxChars ?? 10_000, threshold: 75 })}
          />
          {question.allowDrawing && props.drawings && (
            <DrawingField
              questionKey={question.key}
              sent={props.drawings?.[question.key]}
              errorMessage={errors[drawingFieldName(question.key)]}
            />
          )}
        </>
      );
    default:
      return <QuestionRenderer {...props} />;
  }
};
