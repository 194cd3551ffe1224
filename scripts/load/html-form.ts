// A deliberately tiny HTML form reader for the load and fault scripts: enough to do what a
// browser without JavaScript does with our server-rendered forms (hidden `$ACTION_*` fields,
// radios, checkboxes, text fields, textareas, selects, the pressed button). Regexes are fine
// here because the markup is our own React output, not arbitrary HTML.

export type FormControl = {
  tag: "input" | "textarea" | "select" | "button";
  type: string;
  name: string;
  value: string;
  checked: boolean;
  /** For selects: the option values. */
  options: string[];
  /** For buttons: their visible text. */
  text: string;
};

export type ParsedForm = { action: string; method: string; enctype: string; controls: FormControl[] };

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=<>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out[m[1].toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out;
}

const stripTags = (html: string) =>
  decode(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

function parseControls(body: string): FormControl[] {
  const controls: FormControl[] = [];
  const pattern =
    /<input\b[^>]*>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>|<button\b([^>]*)>([\s\S]*?)<\/button>/g;
  for (const m of body.matchAll(pattern)) {
    const raw = m[0];
    if (raw.startsWith("<input")) {
      const a = attributes(raw.slice(6, -1));
      controls.push({
        tag: "input",
        type: (a.type ?? "text").toLowerCase(),
        name: a.name ?? "",
        value: a.value ?? "",
        checked: "checked" in a,
        options: [],
        text: "",
      });
    } else if (raw.startsWith("<textarea")) {
      const a = attributes(m[1]);
      controls.push({
        tag: "textarea",
        type: "textarea",
        name: a.name ?? "",
        value: decode(m[2]).replace(/^\n/, ""),
        checked: false,
        options: [],
        text: "",
      });
    } else if (raw.startsWith("<select")) {
      const a = attributes(m[3]);
      const options = [...m[4].matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)].map((o) => ({
        a: attributes(o[1]),
        text: stripTags(o[2]),
      }));
      const selected = options.find((o) => "selected" in o.a) ?? options[0];
      controls.push({
        tag: "select",
        type: "select",
        name: a.name ?? "",
        value: selected ? (selected.a.value ?? selected.text) : "",
        checked: false,
        options: options.map((o) => o.a.value ?? o.text),
        text: "",
      });
    } else {
      const a = attributes(m[5]);
      controls.push({
        tag: "button",
        type: (a.type ?? "submit").toLowerCase(),
        name: a.name ?? "",
        value: a.value ?? "",
        checked: false,
        options: [],
        text: stripTags(m[6]),
      });
    }
  }
  return controls;
}

/** Every form on the page, in document order. */
export function parseForms(html: string): ParsedForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map((m) => {
    const a = attributes(m[1]);
    return {
      action: a.action ?? "",
      method: (a.method ?? "get").toLowerCase(),
      enctype: a.enctype ?? "",
      controls: parseControls(m[2]),
    };
  });
}

/** The page's server-action form: the one carrying Next's hidden `$ACTION_*` fields. */
export function actionForm(html: string): ParsedForm | undefined {
  return parseForms(html).find((f) => f.controls.some((c) => c.name.startsWith("$ACTION_")));
}

/**
 * The fields a browser would send: hidden and text values as rendered, checked boxes, the
 * pressed submit button. `choose` may override values (answers), keyed by field name.
 */
export function formFields(
  form: ParsedForm,
  pressed: FormControl | undefined,
  answers: Map<string, string[]> = new Map(),
): [string, string][] {
  const out: [string, string][] = [];
  const answered = new Set<string>();
  for (const c of form.controls) {
    if (!c.name) continue;
    if (answers.has(c.name)) {
      if (!answered.has(c.name)) for (const v of answers.get(c.name)!) out.push([c.name, v]);
      answered.add(c.name);
      continue;
    }
    if (c.tag === "button" || (c.tag === "input" && (c.type === "submit" || c.type === "image"))) continue;
    if (c.type === "radio" || c.type === "checkbox") {
      if (c.checked) out.push([c.name, c.value || "on"]);
      continue;
    }
    out.push([c.name, c.value]);
  }
  if (pressed?.name) out.push([pressed.name, pressed.value]);
  return out;
}

/** The submit button with this visible text, or the form's first submit button. */
export function submitButton(form: ParsedForm, label?: RegExp): FormControl | undefined {
  const buttons = form.controls.filter(
    (c) => (c.tag === "button" && c.type === "submit") || (c.tag === "input" && c.type === "submit"),
  );
  return (label && buttons.find((b) => label.test(b.text || b.value))) ?? buttons[0];
}

/** `<script src>` addresses in the page, in order, without duplicates. */
/** The `<script nomodule>` sources: legacy polyfills that module-capable browsers skip. */
export function noModuleScriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => attributes(m[1]))
    .filter((a) => "nomodule" in a)
    .map((a) => a.src)
    .filter((s): s is string => Boolean(s));
}

export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => attributes(m[1]).src)
    .filter((s): s is string => Boolean(s));
  return [...new Set(sources)];
}
