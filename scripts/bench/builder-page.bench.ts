// Issue #16 §13: the builder page's size with the whole questionnaire drawn, against one page
// (section) at a time. For the seeded children's Easy Read questionnaire and the 150-question
// one from builder.bench.ts, it server-renders the builder form (BuilderForm, as the edit page
// does) both ways and reports the elements, the HTML, the render time, and the time Chromium
// takes to parse and lay out that HTML (no styles, so heights are not comparable and not shown).
import { chromium } from "@playwright/test";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { BuilderForm } from "../../components/questionnaire/builder/builder-form";
import { builderPaging } from "../../components/questionnaire/builder/builder-pages";
import { ZQuestionnaireDefinition, type TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { childrenEasyReadQuestionnaire } from "../../prisma/seed/content/children/easy-read";
import { largeDefinition } from "./builder.bench";
import { report, timeEach } from "./stats";

const EDIT = "/staff/consultations/bench/questionnaire/edit?format=EASY_READ";

function render(definition: TQuestionnaireDefinition, paged: boolean): string {
  return renderToString(
    createElement(BuilderForm, {
      consultationId: "bench",
      format: "EASY_READ",
      initial: definition,
      updatedAt: "",
      topics: [],
      previewBase: "/preview/__SECTION__",
      saveAction: async () => ({ ok: true as const, data: { updatedAt: "" } }),
      paging: paged ? builderPaging(definition.sections, "1") : { paged: false, page: 0 },
      editPath: EDIT,
    }),
  );
}

const elements = (html: string) => (html.match(/<[a-zA-Z]/g) ?? []).length;

export async function run(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    const cases: [string, TQuestionnaireDefinition][] = [
      ["children's Easy Read (seed)", ZQuestionnaireDefinition.parse(childrenEasyReadQuestionnaire)],
      ["150 questions", largeDefinition()],
    ];
    for (const [name, definition] of cases) {
      const questions = definition.sections.reduce((n, s) => n + s.questions.length, 0);
      console.log(
        `${name}: ${definition.sections.length} pages, ${questions} questions; one page at a time: ${builderPaging(definition.sections, undefined).paged ? "yes" : "no"}`,
      );
      for (const paged of [false, true]) {
        const label = paged ? "one page (page 1)" : "whole questionnaire";
        const html = render(definition, paged);
        const renders = await timeEach(20, async () => render(definition, paged));
        report(`  ${label}: server render`, renders);
        const loads = await timeEach(10, async () =>
          page.setContent(`<!doctype html><html><body>${html}</body></html>`, { waitUntil: "load" }),
        );
        report(`  ${label}: Chromium parse + layout`, loads);
        const domCount = await page.evaluate(() => document.body.getElementsByTagName("*").length);
        console.log(
          `  ${label}: ${elements(html).toLocaleString("en-GB")} elements in the HTML (${domCount.toLocaleString("en-GB")} in the DOM), ${(html.length / 1024).toFixed(0)} KiB`,
        );
      }
    }
  } finally {
    await browser.close();
  }
}
