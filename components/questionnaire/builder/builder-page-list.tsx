"use client";
// The list of the questionnaire's pages in the one-page builder (issue #16 §13). Each is a real
// link to ?page=N, so it works before JavaScript; with it, the builder switches page in place
// and keeps unsaved edits, which live in the form for every page, shown or not.
import type { MouseEvent } from "react";
import { KEEPS_EDITS } from "./use-unsaved-guard";

type Props = {
  pages: ReadonlyArray<{ title: string; questions: number }>;
  current: number;
  hrefFor: (page: number) => string;
  onGo: (page: number) => void;
};

export const BuilderPageList = ({ pages, current, hrefFor, onGo }: Readonly<Props>) => (
  <nav aria-labelledby="b-pages-heading" className="govuk-!-margin-bottom-6">
    <h2 className="govuk-heading-s" id="b-pages-heading">
      Pages of this questionnaire
    </h2>
    <ol className="govuk-list govuk-list--number">
      {pages.map((p, s) => {
        const text = `Page ${s + 1}${p.title ? `: ${p.title}` : ""}`;
        const go = (event: MouseEvent<HTMLAnchorElement>) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onGo(s);
        };
        return (
          <li key={s}>
            <a
              className="govuk-link"
              href={hrefFor(s)}
              aria-current={s === current ? "page" : undefined}
              onClick={go}
              {...{ [KEEPS_EDITS]: "" }}
            >
              {s === current ? <strong>{text}</strong> : text}
            </a>{" "}
            <span className="govuk-body-s">
              ({p.questions} question{p.questions === 1 ? "" : "s"})
            </span>
          </li>
        );
      })}
    </ol>
  </nav>
);
