// A respondent's whole journey through the seeded open consultation, over plain HTTP as a
// browser without JavaScript makes it: start, each questionnaire page answered and continued,
// "Check your answers", send, confirmation. Shared by the bench (timings, no retries) and the
// fault test (retries the same step when the service fails, as a person pressing the button again).
import { actionForm, formFields, submitButton, type ParsedForm } from "./html-form";
import { HttpRespondent, type Hop, type PageResult } from "./http-respondent";

export const SLUG = "short-breaks-children-2018";
export const RESPOND = `/consultations/${SLUG}/respond`;

/** The plain-English failure texts of the app: the error page and the respond forms' problem. */
export const TRY_AGAIN_TEXTS = [/Sorry, there is a problem with the service/, /[Tt]ry again/];

export type StepKind = "start" | "save" | "submit" | "open";

export type StepFailure = {
  kind: StepKind;
  reason: "network" | "server-error" | "try-again-page" | "unclear-error";
  detail: string;
};

export type JourneyOutcome = {
  reference?: string;
  /** The respondent's submission key, read from "Check your answers". */
  submissionKey?: string;
  /** Each kind's first request (the POST for form steps): its time to response headers. */
  timings: { kind: StepKind | "page"; ms: number; status: number }[];
  failures: StepFailure[];
  retries: number;
  /** What the respondent last saw when they gave up without a confirmation. */
  lastSeen?: "try-again-page" | "unclear-error" | "network" | "unexpected-page";
  error?: string;
};

export type JourneyOptions = {
  retries: number;
  retryDelayMs: (attempt: number) => number;
  /** Called as each step's request is about to be sent (the fault test times its faults by it). */
  onStep?: (kind: StepKind) => void;
  /** A pause before each button press, as a person reads and answers the page. */
  thinkMs?: () => number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A page that tells the person, in words, that something went wrong and to try again. */
export const isTryAgainPage = (html: string) =>
  TRY_AGAIN_TEXTS[0].test(html) || (/govuk-error-summary/.test(html) && TRY_AGAIN_TEXTS[1].test(html));

/** Answers a questionnaire page as a careful person might: the first option of every radio group. */
function answersFor(form: ParsedForm): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  for (const c of form.controls) {
    if (c.tag === "input" && c.type === "radio" && !answers.has(c.name)) answers.set(c.name, [c.value]);
  }
  return answers;
}

function pageKind(url: string): "start" | "section" | "check" | "confirmation" | "other" {
  const path = new URL(url).pathname;
  if (path === RESPOND) return "start";
  if (path === `${RESPOND}/check-answers`) return "check";
  if (path === `${RESPOND}/confirmation`) return "confirmation";
  if (path.startsWith(`${RESPOND}/`) && path.split("/").length === 5) return "section";
  return "other";
}

export async function runJourney(origin: string, options: JourneyOptions): Promise<JourneyOutcome> {
  const client = new HttpRespondent(origin);
  const outcome: JourneyOutcome = { timings: [], failures: [], retries: 0 };

  /** One step, retried on failure; undefined when the retries ran out. */
  const step = async (
    kind: StepKind,
    method: "GET" | "POST",
    path: string,
    fields?: [string, string][],
  ): Promise<PageResult | undefined> => {
    for (let attempt = 0; ; attempt++) {
      let failure: StepFailure;
      if (method === "POST" && attempt === 0 && options.thinkMs) await sleep(options.thinkMs());
      options.onStep?.(kind);
      try {
        const page = await client.request(method, path, fields);
        const first: Hop = page.hops[0];
        if (attempt === 0) outcome.timings.push({ kind, ms: first.headersMs, status: first.status });
        // The page a form step redirects to, rendered by its own GET.
        if (attempt === 0 && method === "POST" && page.hops[1])
          outcome.timings.push({ kind: "page", ms: page.hops[1].headersMs, status: page.hops[1].status });
        const failedHop = page.hops.find((h) => h.status >= 500);
        const tryAgain = isTryAgainPage(page.html);
        if (!failedHop && !tryAgain) return page;
        const reason = tryAgain ? "try-again-page" : "unclear-error";
        failure = { kind, reason, detail: `${failedHop?.status ?? page.status} ${page.url}` };
        outcome.lastSeen = reason;
      } catch (error) {
        failure = { kind, reason: "network", detail: String((error as Error).cause ?? error) };
        outcome.lastSeen = "network";
      }
      outcome.failures.push(failure);
      if (attempt >= options.retries) return undefined;
      outcome.retries++;
      await sleep(options.retryDelayMs(attempt));
    }
  };

  let page = await step("open", "GET", RESPOND);
  for (let guard = 0; page && guard < 40; guard++) {
    const kind = pageKind(page.url);
    if (kind === "confirmation") {
      outcome.reference = /govuk-panel[\s\S]*?<strong>([^<]+)<\/strong>/.exec(page.html)?.[1].trim();
      if (!outcome.reference) outcome.error = "confirmation page without a reference";
      outcome.lastSeen = undefined;
      return outcome;
    }
    const form = actionForm(page.html);
    if (kind === "other" || !form) {
      outcome.error = `unexpected page ${page.status} ${page.url}`;
      outcome.lastSeen = "unexpected-page";
      return outcome;
    }
    const path = new URL(page.url).pathname + new URL(page.url).search;
    if (kind === "start") {
      page = await step("start", "POST", path, formFields(form, submitButton(form, /Start/)));
    } else if (kind === "section") {
      const next = await step(
        "save",
        "POST",
        path,
        formFields(form, submitButton(form, /^Continue$/), answersFor(form)),
      );
      if (next && next.url === page.url && /govuk-error-summary/.test(next.html)) {
        outcome.error = `page ${path} refused its answers`;
        outcome.lastSeen = "unexpected-page";
        return outcome;
      }
      page = next;
    } else {
      outcome.submissionKey = form.controls.find((c) => c.name === "submissionKey")?.value;
      page = await step("submit", "POST", path, formFields(form, submitButton(form, /^Send/)));
    }
  }
  if (page) outcome.error = "journey did not end";
  return outcome;
}
