// The question page's weight and its no-JavaScript form, for respond.bench.ts: first-load JS
// is every `<script src>` chunk in the page's HTML, each gzipped with zlib (level 9), summed.
// `<script nomodule>` chunks (Next's legacy polyfills) are counted apart: browsers that run ES
// modules, every one GOV.UK Frontend's JavaScript supports, neither fetch nor run them.
import { gzipSync } from "node:zlib";
import { actionForm, formFields, noModuleScriptSources, scriptSources, submitButton } from "../load/html-form";
import { HttpRespondent } from "../load/http-respondent";
import { RESPOND } from "../load/respond-journey";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Gzipped bytes of the page's script chunks. */
export async function firstLoadJs(
  origin: string,
  html: string,
): Promise<{
  count: number;
  raw: number;
  gzipped: number;
  chunks: { src: string; gzipped: number }[];
  noModuleGzipped: number;
}> {
  const legacy = new Set(noModuleScriptSources(html));
  let raw = 0;
  let noModuleGzipped = 0;
  const chunks: { src: string; gzipped: number }[] = [];
  for (const src of scriptSources(html)) {
    const response = await fetch(new URL(src, origin));
    const body = Buffer.from(await response.arrayBuffer());
    const gzipped = gzipSync(body, { level: 9 }).length;
    if (legacy.has(src)) {
      noModuleGzipped += gzipped;
      continue;
    }
    raw += body.length;
    chunks.push({ src, gzipped });
  }
  return { count: chunks.length, raw, gzipped: chunks.reduce((n, c) => n + c.gzipped, 0), chunks, noModuleGzipped };
}

/** Reports the first questionnaire page's first-load JS (against the hub's, for scale) and checks its no-JS form. */
export async function questionPage(origin: string): Promise<void> {
  const client = new HttpRespondent(origin);
  const hub = await client.request("GET", "/");
  const hubJs = await firstLoadJs(origin, hub.html);
  const start = await client.request("GET", RESPOND);
  const form = actionForm(start.html)!;
  const page = await client.request("POST", RESPOND, formFields(form, submitButton(form, /Start/)));
  const js = await firstLoadJs(origin, page.html);
  const verdict = js.gzipped <= 120 * 1024 ? "meets" : "MISSES";
  console.log(
    `question page ${new URL(page.url).pathname}: ${js.count} scripts, ${kb(js.raw)} raw, ${kb(js.gzipped)} gzipped first-load JS (target ≤ 120 KB: ${verdict})`,
  );
  console.log(
    `  not counted: ${kb(js.noModuleGzipped)} gzipped of <script nomodule> polyfills, fetched only by browsers without ES modules`,
  );
  console.log(`  for scale, the hub page /: ${hubJs.count} scripts, ${kb(hubJs.gzipped)} gzipped`);
  // Where the weight is: the largest chunks, marked when the hub loads them too (framework and layout).
  const shared = new Set(hubJs.chunks.map((c) => c.src));
  const largest = [...js.chunks].sort((a, b) => b.gzipped - a.gzipped).slice(0, 6);
  console.log(
    `  largest: ${largest.map((c) => `${c.src.split("/").pop()} ${kb(c.gzipped)}${shared.has(c.src) ? " (hub too)" : ""}`).join(", ")}`,
  );
  const own = js.chunks.filter((c) => !shared.has(c.src)).reduce((n, c) => n + c.gzipped, 0);
  console.log(`  the question page's own chunks (not on the hub): ${kb(own)} gzipped`);

  // Usable before any JavaScript: the HTML itself carries a posting form with its fields, the
  // action's hidden fields and a Continue button, and the text fields are labelled.
  const questionForm = actionForm(page.html);
  const fields =
    questionForm?.controls.filter(
      (c) => c.name && !c.name.startsWith("$ACTION") && c.type !== "hidden" && c.tag !== "button",
    ) ?? [];
  const unlabelled = fields.filter(
    (c) => c.type !== "radio" && c.type !== "checkbox" && !new RegExp(`<label[^>]*for="${c.name}"`).test(page.html),
  );
  const checks = {
    "form posts without JavaScript":
      questionForm?.method === "post" && /multipart\/form-data/.test(questionForm.enctype),
    "Next action fields present": questionForm?.controls.some((c) => c.name.startsWith("$ACTION_")) ?? false,
    "answer fields present": fields.length > 0,
    "Continue button present":
      questionForm?.controls.some((c) => c.tag === "button" && /Continue/.test(c.text)) ?? false,
  };
  console.log(
    `usable without JavaScript: ${Object.entries(checks)
      .map(([k, v]) => `${k}: ${v ? "yes" : "NO"}`)
      .join("; ")}; ${fields.length} answer fields, ${unlabelled.length} text fields without a label[for]`,
  );
  if (Object.values(checks).some((v) => !v)) throw new Error("The question page is not usable without JavaScript");
}
