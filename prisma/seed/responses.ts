// A PURE, deterministic generator of synthetic responses to a questionnaire definition: same
// arguments → same output (seeded PRNG; no Math.random, no clock). The answer shapes below are
// the storage contract that analysis relies on:
//   singleChoice / likert / yesNo / respondentType → optionKeys [key]; `text` for an "other" option
//   multipleChoice → chosen keys (maxChoices and exclusive options respected)
//   likertGrid → one answer per statement, questionKey `${question}.${statement}`
//   ranking → keys in ranked order, most important first
//   rating / number → `number`;  shortText / longText / postcode / date → `text`
// Hidden questions (showIf) are never answered; optional ones are sometimes skipped.
import type { TOption, TQuestion, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { CAMPAIGN, CONTACT_DETAILS_TEXTS, ORGANISATION_NAMES, OTHER_TEXTS, type Audience } from "./comments";
import { isVisible } from "@/lib/questionnaire/conditions/conditions";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { composeText } from "./free-text";
import {
  chance,
  gaussian,
  hashString,
  intBetween,
  mulberry32,
  pick,
  weightedPick,
  weightedSample,
  type Rng,
} from "../../lib/random/prng";

export type SeedAnswer = { questionKey: string; optionKeys: string[]; text?: string; number?: number };
export type SeedChannel = "ONLINE" | "PAPER" | "EMAIL" | "PHONE" | "EVENT";
export type SeedCompletedHow = "ALONE" | "WITH_FAMILY_HELP" | "WITH_SUPPORT_WORKER" | "BY_SOMEONE_ELSE";
export type SeedResponse = {
  channel: SeedChannel;
  format: TQuestionnaireDefinition["format"];
  respondentType: string | null;
  completedHow: SeedCompletedHow | null;
  submittedAt: Date;
  answers: SeedAnswer[];
};

/** Buckinghamshire postcode districts, weighted roughly by population (Aylesbury and Wycombe largest). */
export const POSTCODE_DISTRICTS: Record<string, number> = {
  HP5: 1,
  HP6: 1,
  HP7: 1,
  HP8: 0.6,
  HP9: 1,
  HP10: 1,
  HP11: 1.5,
  HP12: 2,
  HP13: 2,
  HP14: 1,
  HP15: 1,
  HP16: 1,
  HP17: 0.8,
  HP18: 1,
  HP19: 3,
  HP20: 2,
  HP21: 3,
  HP22: 2,
  HP27: 1,
  MK18: 1.5,
  SL0: 0.5,
  SL7: 1,
  SL9: 1,
};

export const COMPLETED_HOW: Record<string, SeedCompletedHow> = {
  no: "ALONE",
  family: "WITH_FAMILY_HELP",
  "support-worker": "WITH_SUPPORT_WORKER",
  "someone-else": "BY_SOMEONE_ELSE",
};

const RESPONDENT_WEIGHTS: Record<string, number> = {
  "parent-carer": 10,
  carer: 9,
  "adult-using-services": 5,
  "young-person": 2,
  "family-member": 1.5,
  "foster-carer": 1,
  professional: 2.5,
  provider: 1,
  "universal-provider": 0.8,
  "paid-carer": 1,
  organisation: 0.8,
  councillor: 0.4,
  other: 0.6,
};

/** Who helps depends on who is answering: adults using services and children get more help. */
function helpWeights(respondentType: string | null): Record<string, number> {
  if (respondentType === "adult-using-services")
    return { no: 0.3, family: 0.25, "support-worker": 0.35, "someone-else": 0.1 };
  if (respondentType === "young-person") return { no: 0.3, family: 0.5, "support-worker": 0.12, "someone-else": 0.08 };
  return { no: 0.78, family: 0.12, "support-worker": 0.06, "someone-else": 0.04 };
}

const YES_NO_WEIGHTS: Record<string, [number, number, number]> = {
  "has-ehcp": [0.72, 0.2, 0.08],
  "unfair-impact": [0.28, 0.42, 0.3],
  "carer-advisory-group": [0.3, 0.45, 0.25],
};

const CHANNELS: [SeedChannel, number][] = [
  ["ONLINE", 0.68],
  ["PAPER", 0.12],
  ["EMAIL", 0.06],
  ["PHONE", 0.06],
  ["EVENT", 0.08],
];

/**
 * How a question leans, before each respondent's own view: families broadly backed the vision,
 * worried about overnight breaks and transport, and said eligibility was not understood
 * (C18 L2444–2472).
 */
function questionLean(key: string): number {
  if (/understand|know-where/.test(key)) return -0.6;
  if (/residential|overnight|needs-not-nights|travel/.test(key)) return -0.45;
  if (/fee|charg/.test(key)) return -0.1;
  return 0.25 + (hashString(key) % 100) / 400;
}

type Persona = { sentiment: number; respondentType: string | null };

/** Maps a latent view (-1.2 strongly negative … 1.2 strongly positive) to an ordered scale. */
function scaleIndex(latent: number, steps: number): number {
  const position = Math.round(((1.2 - latent) / 2.4) * (steps - 1));
  return Math.min(steps - 1, Math.max(0, position));
}

function orderedChoice(rng: Rng, options: readonly TOption[], key: string, persona: Persona): string {
  const exclusive = options.filter((o) => o.exclusive);
  if (exclusive.length > 0 && chance(rng, 0.05)) return pick(rng, exclusive).key;
  const ordered = options.filter((o) => !o.exclusive);
  const latent = persona.sentiment + questionLean(key) + gaussian(rng) * 0.55;
  return ordered[scaleIndex(latent, ordered.length)].key;
}

function otherText(rng: Rng, questionKey: string): string {
  return pick(rng, questionKey === "respondent-type" ? OTHER_TEXTS["respondent-type"] : OTHER_TEXTS.default);
}

function choiceAnswer(rng: Rng, key: string, option: TOption): SeedAnswer {
  return option.other
    ? { questionKey: key, optionKeys: [option.key], text: otherText(rng, key) }
    : { questionKey: key, optionKeys: [option.key] };
}

function answerQuestion(
  rng: Rng,
  q: TQuestion,
  persona: Persona,
  audience: Audience,
  window: { from: Date; to: Date },
): SeedAnswer[] {
  switch (q.type) {
    case "respondentType":
      return [
        choiceAnswer(
          rng,
          q.key,
          weightedPick(rng, q.options, (o) => RESPONDENT_WEIGHTS[o.key] ?? 0.5),
        ),
      ];
    case "singleChoice": {
      const weights = q.key === "help-completing" ? helpWeights(persona.respondentType) : undefined;
      const option = weightedPick(rng, q.options, (o, i) => weights?.[o.key] ?? (o.other ? 0.25 : 1 / (1 + i * 0.35)));
      return [choiceAnswer(rng, q.key, option)];
    }
    case "likert":
      return [{ questionKey: q.key, optionKeys: [orderedChoice(rng, q.options, q.key, persona)] }];
    case "likertGrid":
      return q.statements.map((s) => ({
        questionKey: `${q.key}.${s.key}`,
        optionKeys: [orderedChoice(rng, q.options, s.key, persona)],
      }));
    case "yesNo": {
      const [yes, no, notSure] = YES_NO_WEIGHTS[q.key] ?? [0.5, 0.35, 0.15];
      const key = weightedPick(rng, ["yes", "no", "not-sure"], (_, i) => [yes, no, notSure][i]);
      return [{ questionKey: q.key, optionKeys: [key] }];
    }
    case "multipleChoice": {
      const exclusive = q.options.filter((o) => o.exclusive);
      if (exclusive.length > 0 && chance(rng, 0.07)) return [choiceAnswer(rng, q.key, pick(rng, exclusive))];
      const open = q.options.filter((o) => !o.exclusive);
      const limit = Math.min(q.maxChoices ?? open.length, open.length, 4);
      const chosen = weightedSample(rng, open, intBetween(rng, 1, limit), (o) =>
        o.other ? 0.2 : 1 / (1 + open.indexOf(o) * 0.15),
      );
      const answer: SeedAnswer = { questionKey: q.key, optionKeys: chosen.map((o) => o.key) };
      if (chosen.some((o) => o.other)) answer.text = otherText(rng, q.key);
      return [answer];
    }
    case "ranking": {
      const open = q.options.filter((o) => !o.exclusive);
      const ranked = weightedSample(
        rng,
        open,
        Math.min(q.rankCount ?? open.length, open.length),
        (o) => 1 / (1 + open.indexOf(o) * 0.2),
      );
      return [{ questionKey: q.key, optionKeys: ranked.map((o) => o.key) }];
    }
    case "rating": {
      const latent = persona.sentiment + 0.3 + gaussian(rng) * 0.6;
      return [{ questionKey: q.key, optionKeys: [], number: q.max - scaleIndex(latent, q.max - q.min + 1) }];
    }
    case "number": {
      const min = q.min ?? 0;
      const max = q.max ?? Math.max(min + 10, min);
      const value = q.integer
        ? intBetween(rng, Math.ceil(min), Math.floor(max))
        : Math.round((min + rng() * (max - min)) * 10) / 10;
      return [{ questionKey: q.key, optionKeys: [], number: value }];
    }
    case "postcode":
      return [
        {
          questionKey: q.key,
          optionKeys: [],
          text: weightedPick(rng, Object.keys(POSTCODE_DISTRICTS), (d) => POSTCODE_DISTRICTS[d]),
        },
      ];
    case "shortText":
      return [
        {
          questionKey: q.key,
          optionKeys: [],
          text: /organisation/.test(q.key) ? pick(rng, ORGANISATION_NAMES) : otherText(rng, q.key),
        },
      ];
    case "longText":
      return [{ questionKey: q.key, optionKeys: [], text: composeText(rng, audience, q, persona.sentiment) }];
    case "date": {
      const day = new Date(window.from.getTime() + rng() * (window.to.getTime() - window.from.getTime()));
      return [{ questionKey: q.key, optionKeys: [], text: day.toISOString().slice(0, 10) }];
    }
    case "email": // Never invent personal data in answers; contact details live elsewhere.
    case "info":
      return [];
  }
}

/** How likely an optional, visible question is to be answered. Free text is skipped most. */
function answerRate(q: TQuestion): number {
  if (q.type === "longText") return q.showIf ? 0.7 : 0.4;
  if (q.type === "shortText" || q.type === "postcode") return 0.85;
  if (q.type === "ranking" || q.type === "likertGrid") return 0.85;
  return 0.92;
}

/** Children's or adults' wording for free text, from the respondent types the definition offers. */
export function audienceOf(definition: TQuestionnaireDefinition): Audience {
  const keys = definition.sections
    .flatMap((s) => s.questions)
    .flatMap((q) => (q.type === "respondentType" ? q.options.map((o) => o.key) : []));
  return keys.includes("adult-using-services") || keys.includes("carer") ? "adults" : "children";
}

/** Submissions bunch after launch and before the deadline, as they do in real consultations. */
function submissionTime(rng: Rng, window: { from: Date; to: Date }): Date {
  const r = rng();
  const fraction = r < 0.3 ? rng() * 0.15 : r < 0.6 ? 0.85 + rng() * 0.15 : rng();
  const from = window.from.getTime();
  const ms = from + fraction * (window.to.getTime() - from);
  return new Date(Math.max(from, Math.min(window.to.getTime(), Math.floor(ms / 60_000) * 60_000)));
}

export function generateResponses(
  definition: TQuestionnaireDefinition,
  count: number,
  seed: number,
  window: { from: Date; to: Date },
): SeedResponse[] {
  const rng = mulberry32(seed);
  const audience = audienceOf(definition);
  const questions = definition.sections.flatMap((s) => s.questions);
  const pinnedKey =
    questions.find((q) => q.key === "anything-else")?.key ??
    questions.filter((q) => q.type === "longText" && !q.showIf).at(-1)?.key;
  // Planted texts (campaign wording, fake contact details) go to distinct, PRNG-chosen respondents.
  const planted = [...CAMPAIGN[audience], ...CONTACT_DETAILS_TEXTS];
  const plantedAt = new Map<number, string>();
  if (pinnedKey && count >= planted.length * 2) {
    const slots = weightedSample(
      rng,
      Array.from({ length: count }, (_, i) => i),
      planted.length,
      () => 1,
    );
    slots.forEach((slot, i) => plantedAt.set(slot, planted[i]));
  }

  const responses: SeedResponse[] = [];
  for (let i = 0; i < count; i++) {
    const persona: Persona = { sentiment: Math.max(-1.5, Math.min(1.5, gaussian(rng) * 0.55)), respondentType: null };
    const answers = new Map<string, SeedAnswer>();
    // The shared evaluator reads option keys as answer tokens; hidden keys make dependants hidden.
    const view = () => Object.fromEntries([...answers].map(([k, a]) => [k, a.optionKeys])) as TAnswers;
    const hidden = new Set<string>();
    for (const section of definition.sections) {
      if (!isVisible(section.showIf, view(), hidden)) {
        for (const q of section.questions) hidden.add(q.key);
        continue;
      }
      for (const q of section.questions) {
        if (!isVisible(q.showIf, view(), hidden)) {
          hidden.add(q.key);
          continue;
        }
        const plantedText = q.key === pinnedKey ? plantedAt.get(i) : undefined;
        if (plantedText) {
          answers.set(q.key, { questionKey: q.key, optionKeys: [], text: plantedText });
          continue;
        }
        if (!q.required && !chance(rng, answerRate(q))) continue;
        for (const answer of answerQuestion(rng, q, persona, audience, window)) answers.set(answer.questionKey, answer);
        if (q.type === "respondentType") persona.respondentType = answers.get(q.key)?.optionKeys[0] ?? null;
      }
    }
    const help = answers.get("help-completing")?.optionKeys[0];
    responses.push({
      channel: weightedPick(rng, CHANNELS, ([, w]) => w)[0],
      format: definition.format,
      respondentType: persona.respondentType,
      completedHow: help ? (COMPLETED_HOW[help] ?? null) : null,
      submittedAt: submissionTime(rng, window),
      answers: [...answers.values()],
    });
  }
  // Submission order reads naturally in listings and keeps references in time order.
  return responses.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}
