// What the report may say about how free-text comments were considered (issue #16 §5). Every
// sentence is worked out from the coverage figures, so the report never claims a comment was
// read when nobody reviewed it: "reviewed" means an officer decided on it; "only suggested"
// means the system proposed themes that no officer has checked; the rest were not coded at all.
import { STANDARD_LIMITATIONS, type TCodingCoverage } from "./findings-types";

type TCounts = Pick<TCodingCoverage, "commented" | "reviewed" | "suggestedOnly">;

const percent = (n: number, of: number) => `${Math.round((100 * n) / of)}%`;
const comments = (n: number) => `${n} free-text comment${n === 1 ? "" : "s"}`;

/** Comments with neither a theme nor an officer's decision. */
export const notCoded = (c: TCounts) => Math.max(0, c.commented - c.reviewed - c.suggestedOnly);

/** The figures over every question. */
export function totalCoverage(coding: readonly TCounts[]): TCounts {
  return coding.reduce(
    (t, c) => ({
      commented: t.commented + c.commented,
      reviewed: t.reviewed + c.reviewed,
      suggestedOnly: t.suggestedOnly + c.suggestedOnly,
    }),
    {
      commented: 0,
      reviewed: 0,
      suggestedOnly: 0,
    },
  );
}

/** Sentences saying how many comments an officer reviewed, the system only suggested, and nobody coded. */
export function coverageSentences(c: TCounts): string[] {
  const n = c.commented;
  if (n === 0) return ["No free-text comments were received."];
  if (c.reviewed >= n)
    return [n === 1 ? "An officer reviewed the one free-text comment." : `An officer reviewed all ${comments(n)}.`];
  const out = [
    c.reviewed === 0
      ? `No officer has reviewed any of the ${comments(n)} yet.`
      : `An officer reviewed ${c.reviewed} of the ${comments(n)} (${percent(c.reviewed, n)}).`,
  ];
  const unchecked = notCoded(c);
  if (c.suggestedOnly > 0)
    out.push(
      `${c.suggestedOnly} (${percent(c.suggestedOnly, n)}) ${c.suggestedOnly === 1 ? "has" : "have"} themes suggested by the system only, which no officer has checked.`,
    );
  if (unchecked > 0)
    out.push(
      `${unchecked} (${percent(unchecked, n)}) ${unchecked === 1 ? "has" : "have"} not been coded to any theme.`,
    );
  const unread = n - c.reviewed;
  out.push(
    `This report does not show that the ${unread} ${unread === 1 ? "comment" : "comments"} no officer reviewed ${unread === 1 ? "was" : "were"} read.`,
  );
  return out;
}

/** One line per question, for the Gunning "conscientious consideration" evidence. */
export function questionCoverageLine(c: TCodingCoverage): string {
  if (c.commented === 0) return `"${c.title}": no comments were received.`;
  const n = c.commented;
  return `"${c.title}": ${n} comment${n === 1 ? "" : "s"}; ${c.reviewed} (${percent(c.reviewed, n)}) reviewed by an officer, ${c.suggestedOnly} (${percent(c.suggestedOnly, n)}) with themes only suggested by the system, ${notCoded(c)} (${percent(notCoded(c), n)}) not coded.`;
}

/** The limitation about themes, true to how far coding went. */
export function themesLimitation(coding: readonly TCodingCoverage[]): string {
  const quotes = "Quotes have had names, contact details and other personal information removed.";
  const t = totalCoverage(coding);
  if (coding.length === 0) return `The questionnaire had no free-text questions, so no comments were coded to themes.`;
  if (t.commented === 0) return "No free-text comments were received, so no themes are reported.";
  const how =
    t.reviewed >= t.commented
      ? "Free-text themes were suggested by software and every comment was reviewed by an officer; a comment can sit under more than one theme."
      : t.reviewed === 0
        ? "No officer has reviewed the free-text comments yet: any themes shown are the software's suggestions only, and a comment can sit under more than one theme."
        : `Free-text themes were suggested by software; an officer reviewed ${t.reviewed} of the ${comments(t.commented)}, so some themes shown are unchecked suggestions. A comment can sit under more than one theme.`;
  return `${how} ${quotes}`;
}

/** The standard limitations with the themes one worked out from the coding, in reading order. */
export function reportLimitations(coding: readonly TCodingCoverage[]): string[] {
  return [...STANDARD_LIMITATIONS.slice(0, 3), themesLimitation(coding), ...STANDARD_LIMITATIONS.slice(3)];
}
