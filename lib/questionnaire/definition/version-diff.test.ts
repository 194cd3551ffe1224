import { describe, expect, it } from "vitest";
import { type TQuestionnaireDefinition, ZQuestionnaireDefinition } from "./definition";
import { EVERY_TYPE, EVERY_TYPE_INPUT } from "../fixtures/every-type";
import { diffVersions, optionAnswerKey } from "./version-diff";

/** A copy of the fixture changed by `edit`. */
function edited(
  edit: (draft: ReturnType<typeof structuredClone<typeof EVERY_TYPE_INPUT>>) => void,
): TQuestionnaireDefinition {
  const draft = structuredClone(EVERY_TYPE_INPUT);
  edit(draft);
  return ZQuestionnaireDefinition.parse(draft);
}
const page = (draft: typeof EVERY_TYPE_INPUT, key: string) => draft.sections.find((s) => s.key === key)!;
const removeQuestion = (draft: typeof EVERY_TYPE_INPUT, key: string) => {
  for (const s of draft.sections) s.questions = s.questions.filter((q) => q.key !== key);
};
const none = new Set<string>();

describe("diffVersions", () => {
  it("finds nothing between a version and itself", () => {
    expect(diffVersions(EVERY_TYPE, EVERY_TYPE, new Map([["vision-why", 12]]))).toEqual({ breaking: [], changes: [] });
  });

  it("refuses deleting an answered question, with a plain reason", () => {
    const next = edited((d) => removeQuestion(d, "vision-why"));
    expect(diffVersions(EVERY_TYPE, next, new Map([["vision-why", 12]]))).toEqual({
      breaking: [
        {
          key: "vision-why",
          reason:
            "You cannot delete 'Why do you disagree?' because 12 people have answered it. Hide it with a condition instead.",
        },
      ],
      changes: [{ key: "vision-why", kind: "removed", scope: "question" }],
    });
  });

  it("allows deleting a question nobody answered", () => {
    const next = edited((d) => removeQuestion(d, "vision-why"));
    expect(diffVersions(EVERY_TYPE, next, none).breaking).toEqual([]);
  });

  it("counts a grid's answers by statement", () => {
    const next = edited((d) => removeQuestion(d, "importance"));
    expect(diffVersions(EVERY_TYPE, next, new Map([["importance.fees", 1]])).breaking).toEqual([
      {
        key: "importance",
        reason:
          "You cannot delete 'How much do you agree with each of these?' because 1 person has answered it. Hide it with a condition instead.",
      },
    ]);
  });

  it("refuses changing the type of an answered question", () => {
    const next = edited((d) => {
      const q = page(d, "your-views").questions.find((x) => x.key === "unfair-impact")!;
      Object.assign(q, {
        type: "singleChoice",
        options: [
          { key: "yes", label: "Yes" },
          { key: "no", label: "No" },
        ],
      });
    });
    const diff = diffVersions(EVERY_TYPE, next, new Set(["unfair-impact"]));
    expect(diff.breaking).toEqual([
      {
        key: "unfair-impact",
        reason:
          "You cannot change 'Could any of these proposals affect some people unfairly?' from yes, no or not sure to single choice because people have answered it. Add a new question instead.",
      },
    ]);
    expect(diff.changes).toEqual([{ key: "unfair-impact", kind: "typeChanged", scope: "question" }]);
  });

  it("refuses removing an option people chose, but not one nobody chose", () => {
    const next = edited((d) => {
      const q = page(d, "your-views").questions.find((x) => x.key === "barriers")! as { options: { key: string }[] };
      q.options = q.options.filter((o) => o.key !== "cost" && o.key !== "waiting-lists");
    });
    const diff = diffVersions(
      EVERY_TYPE,
      next,
      new Map([
        ["barriers", 40],
        [optionAnswerKey("barriers", "cost"), 3],
      ]),
    );
    expect(diff.breaking).toEqual([
      {
        key: "barriers",
        reason:
          "You cannot remove the option 'Cost' from 'What makes it hard to use short breaks?' because 3 people have chosen it. Keep the option, or add a new question instead.",
      },
    ]);
    expect(diff.changes).toEqual([{ key: "barriers", kind: "optionsChanged", scope: "question" }]);
  });

  it("refuses removing an answered grid statement", () => {
    const next = edited((d) => {
      const q = page(d, "your-views").questions.find((x) => x.key === "importance")! as {
        statements: { key: string }[];
      };
      q.statements = q.statements.filter((s) => s.key !== "fees");
    });
    expect(diffVersions(EVERY_TYPE, next, new Map([["importance.fees", 5]])).breaking).toEqual([
      {
        key: "importance",
        reason:
          "You cannot remove the statement 'Activity fees should be the same across the county.' from 'How much do you agree with each of these?' because 5 people have answered it.",
      },
    ]);
  });

  it("allows and records rewording, new questions and settings", () => {
    const next = edited((d) => {
      const views = page(d, "your-views");
      views.questions[0].title = "Short breaks should help children make friends.";
      views.questions.push({ key: "anything-else", type: "longText", title: "Anything else?" });
      page(d, "about-you").questions[2].required = true;
      views.title = "What you think";
    });
    const diff = diffVersions(EVERY_TYPE, next, new Set(["vision-agree", "postcode"]));
    expect(diff.breaking).toEqual([]);
    expect(diff.changes).toEqual([
      { key: "your-views", kind: "reworded", scope: "section" },
      { key: "postcode", kind: "settingsChanged", scope: "question" },
      { key: "vision-agree", kind: "reworded", scope: "question" },
      { key: "anything-else", kind: "added", scope: "question" },
    ]);
  });

  it("treats a relabelled option as rewording, not an options change", () => {
    const next = edited((d) => {
      const q = page(d, "your-views").questions.find((x) => x.key === "barriers")! as {
        options: { key: string; label: string }[];
      };
      q.options[1].label = "The cost of activities";
    });
    expect(diffVersions(EVERY_TYPE, next, new Map([[optionAnswerKey("barriers", "cost"), 3]]))).toEqual({
      breaking: [],
      changes: [{ key: "barriers", kind: "reworded", scope: "question" }],
    });
  });

  it("records reordering within a page and moves between pages, not their neighbours", () => {
    const next = edited((d) => {
      const views = page(d, "your-views");
      const [satisfaction] = views.questions.splice(
        views.questions.findIndex((q) => q.key === "satisfaction"),
        1,
      );
      views.questions.unshift(satisfaction);
      const about = page(d, "about-you");
      const [postcode] = about.questions.splice(
        about.questions.findIndex((q) => q.key === "postcode"),
        1,
      );
      page(d, "keep-in-touch").questions.push(postcode);
    });
    expect(diffVersions(EVERY_TYPE, next, none).changes).toEqual([
      { key: "satisfaction", kind: "reordered", scope: "question" },
      { key: "postcode", kind: "reordered", scope: "question" },
    ]);
  });

  it("records a moved page once, without reporting each of its questions", () => {
    const next = edited((d) => d.sections.reverse());
    const changes = diffVersions(EVERY_TYPE, next, none).changes;
    expect(changes.filter((c) => c.scope === "question")).toEqual([]);
    expect(changes.map((c) => c.key).sort()).toEqual(["about-you", "your-views"]);
  });

  it("records removed and added pages", () => {
    const next = edited((d) => {
      d.sections = d.sections.filter((s) => s.key !== "keep-in-touch");
      d.sections.push({
        key: "extra",
        title: "Extra",
        questions: [{ key: "extra-q", type: "yesNo", title: "Extra?" }],
      });
    });
    expect(diffVersions(EVERY_TYPE, next, none).changes).toEqual([
      { key: "keep-in-touch", kind: "removed", scope: "section" },
      { key: "extra", kind: "added", scope: "section" },
      { key: "email", kind: "removed", scope: "question" },
      { key: "extra-q", kind: "added", scope: "question" },
    ]);
  });
});
