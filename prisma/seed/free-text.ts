// Composes realistic free-text answers from the fragments in comments.ts. Answers mix lengths
// and repeat themes across respondents (so theme analysis has something to find) without
// being word-for-word copies (so only the planted campaign texts look like a campaign).
import { FRAGMENTS, OPENERS, SHORT_TEXTS, type Audience, type Fragment, type Theme, type Tone } from "./comments";
import { chance, pick, type Rng } from "../../lib/random/prng";
import type { TQuestion } from "@/lib/questionnaire/definition/definition";

const TOPIC_THEMES: Record<string, Theme[]> = {
  "t1-vision": ["positive", "crisis", "local"],
  "t2-assessed-need": ["eligibility", "crisis", "information"],
  "t3-outcomes": ["positive", "staff"],
  "t4-universal-targeted-specialist": ["staff", "local", "information", "holidays"],
  "t5-activity-fees": ["cost"],
  "t6-transition": ["transition"],
  "t7-flexible-sustainable": ["overnight", "transport", "local", "direct-payments", "booking", "holidays"],
  "t8-co-production": ["co-production", "information"],
  "p1-outcomes": ["positive", "staff"],
  "p2-fair-consistent": ["eligibility", "information", "cost"],
  "p3-sustainable": ["overnight", "transport", "local", "booking"],
  "p4-transition": ["transition"],
  "p5-co-production": ["co-production"],
};

/** Questions without a topic (money, travel, final comments) are steered by their key. */
const KEY_THEMES: [RegExp, Theme[]][] = [
  [/travel|transport/, ["transport"]],
  [/fee|charg/, ["cost"]],
  [/residential|overnight/, ["overnight", "crisis"]],
];

export function themesFor(question: Pick<TQuestion, "key" | "topicCode">): Theme[] | undefined {
  if (question.topicCode && TOPIC_THEMES[question.topicCode]) return TOPIC_THEMES[question.topicCode];
  return KEY_THEMES.find(([pattern]) => pattern.test(question.key))?.[1];
}

/** "Why do you disagree?" follow-ups hear concerns and suggestions, not praise. */
export function isDisagreeFollowUp(question: Pick<TQuestion, "showIf">): boolean {
  return Boolean(
    question.showIf?.conditions.some(
      (c) => c.values.includes("disagree") || c.values.includes("no") || c.values.includes("partly"),
    ),
  );
}

/** Lower-cases the first letter after an opener, but not "I" or a name such as "Shared Lives". */
function lowerFirst(text: string): string {
  return /^(I\b|Men in Sheds|Shared Lives|Care Advice|TalkBack|Direct Payment)/.test(text)
    ? text
    : text.charAt(0).toLowerCase() + text.slice(1);
}

export function composeText(
  rng: Rng,
  audience: Audience,
  question: Pick<TQuestion, "key" | "topicCode" | "showIf">,
  sentiment: number,
): string {
  const all = FRAGMENTS[audience];
  const themes = themesFor(question);
  const tones: Tone[] =
    isDisagreeFollowUp(question) || sentiment < -0.3
      ? ["concern", "suggestion"]
      : sentiment > 0.6
        ? ["support", "suggestion"]
        : ["concern", "suggestion", "support"];
  const themed = all.filter((x) => !themes || themes.includes(x.theme));
  const pool = themed.filter((x) => tones.includes(x.tone));
  const first = pool.length > 0 ? pool : themed.length > 0 ? themed : all;

  const size = rng();
  if (size < 0.12) {
    const short = SHORT_TEXTS[audience].filter((x) => tones.includes(x.tone));
    return pick(rng, short.length > 0 ? short : SHORT_TEXTS[audience]).text;
  }
  const count = size < 0.45 ? 1 : size < 0.85 ? 2 : 3 + (chance(rng, 0.4) ? 1 : 0);
  const chosen: Fragment[] = [];
  for (let i = 0; i < count * 3 && chosen.length < count; i++) {
    // Later sentences sometimes wander to another theme, as people's comments do.
    const source = chosen.length === 0 || chance(rng, 0.6) ? first : all.filter((x) => tones.includes(x.tone));
    const candidate = pick(rng, source.length > 0 ? source : all);
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  const sentences = chosen.map((x) => x.text);
  if (chance(rng, 0.25)) sentences[0] = pick(rng, OPENERS[audience]) + lowerFirst(sentences[0]);
  if (count >= 3 && chance(rng, 0.5))
    sentences.push(
      audience === "children"
        ? "Thank you for asking families what we think."
        : "Thank you for asking carers what we think.",
    );
  return sentences.join(" ");
}
