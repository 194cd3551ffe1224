// The words of the shared "Check your answers" and confirmation pages for someone answering in
// Easy Read (issue #7): short sentences, a picture beside the heading, and the large Easy Read
// layout. The pages keep one body of code and pick these words by the response's format.
import type { ReactNode } from "react";
import { pictureSrc } from "@/lib/questionnaire/easy-read/pictures";
import { formatDate } from "@/lib/text/dates";
import { PictureRow } from "./easy-read-question";

/** The class that gives a shared page the large Easy Read layout (app/styles/_easy-read.scss). */
export const EASY_READ_LAYOUT = "app-easy-read";

/** A page heading with its picture on the left, as on the Easy Read question pages. */
const PictureHeading = ({ hex, children }: Readonly<{ hex: string; children: ReactNode }>) => (
  <h1 className="govuk-heading-l">
    <PictureRow image={pictureSrc(hex)} showPictures>
      {children}
    </PictureRow>
  </h1>
);

export const EasyReadCheckIntro = ({ changing }: Readonly<{ changing: boolean }>) => (
  <>
    <PictureHeading hex="2705">{changing ? "Check your changes" : "Check your answers"}</PictureHeading>
    <p className="govuk-body">Look at your answers.</p>
    <p className="govuk-body">
      To change an answer, press <strong>Change</strong> next to the question.
    </p>
    <p className="govuk-body">
      When your answers are right, press <strong>{changing ? "Send your changes" : "Send your response"}</strong> at the
      bottom of the page.
    </p>
  </>
);

type ConfirmProps = { reference: string; emailed: boolean; closesAt: Date; receiptHref: string };

/** Replaces the standard panel and "What happens next" for Easy Read respondents. */
export const EasyReadConfirmation = ({ reference, emailed, closesAt, receiptHref }: Readonly<ConfirmProps>) => (
  <>
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">Thank you</h1>
      <div className="govuk-panel__body">
        Your number is
        <br />
        <strong>{reference}</strong>
      </div>
    </div>
    <PictureRow image={pictureSrc("1F44D")} showPictures>
      <span className="govuk-body govuk-!-display-block">We have your answers.</span>
      <span className="govuk-body govuk-!-display-block">Keep your number. Tell us your number if you contact us.</span>
      {emailed && (
        <span className="govuk-body govuk-!-display-block">We have sent you an email with your answers.</span>
      )}
    </PictureRow>
    <h2 className="govuk-heading-m">What happens next</h2>
    <PictureRow image={pictureSrc("1F465")} showPictures>
      <span className="govuk-body govuk-!-display-block">We will read all the answers.</span>
      <span className="govuk-body govuk-!-display-block">We will tell the people who decide what everyone said.</span>
    </PictureRow>
    <h2 className="govuk-heading-m">If you change your mind</h2>
    <PictureRow image={pictureSrc("270F")} showPictures>
      <span className="govuk-body govuk-!-display-block">
        You can{" "}
        <a className="govuk-link" href={receiptHref}>
          change your answers or take them back
        </a>
        .
      </span>
      <span className="govuk-body govuk-!-display-block">You can do this until {formatDate(closesAt)}.</span>
    </PictureRow>
  </>
);
