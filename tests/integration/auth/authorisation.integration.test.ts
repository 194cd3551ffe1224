// Acceptance (issue #3): every staff action, route handler and page, found on disk, is in
// endpoint-table.ts; anonymous callers get 401 or a redirect to sign in, each role without the
// permission gets 403 (pages: "no permission"), and each role with it succeeds, writing
// exactly one audit event where the table names one. Sessions are real database sessions
// presented through a stubbed cookie jar, so the whole session lookup runs.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PERSONAL_DATA_PERMISSIONS, ROLES, rolesWith, type TRole } from "@/lib/permissions/permissions";
import { ACTIONS, PAGES, RESPONDENT_ACTIONS, ROUTES, type TableContext } from "./endpoint-table";
import { openWorld, type World } from "./world";

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      if (options?.maxAge === 0) request.cookies.delete(name);
      else request.cookies.set(name, value);
    },
  }),
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.200" }),
}));
vi.mock("next/server", async (original) => ({
  ...(await original<object>()),
  after: (task: () => Promise<void>) => void task(),
}));

const ROOT = path.resolve(import.meta.dirname, "../../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function walk(dir: string, match: (file: string) => boolean, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, match, out);
    else if (match(entry.name)) out.push(path.relative(ROOT, full).split(path.sep).join("/"));
  }
  return out.sort();
}

async function exportsOf(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
}

let world: World;
let ctx: TableContext;
let sessionCookieName: string;
let createSessionFor: (userId: string) => Promise<{ sessionToken: string }>;
let AccessDenied: unknown;
let counter = 0;

beforeAll(async () => {
  world = await openWorld("authz");
  ({ createSessionFor } = await import("@/lib/auth/session-store"));
  sessionCookieName = (await import("@/lib/auth/config")).sessionCookie().name;
  ({ AccessDenied } = await import("@/components/staff/access-denied"));
  // At least one other active admin, so admin-only actions never meet the last-admin rule.
  await world.makeStaff("ADMIN");
  ctx = {
    world,
    target: (role, active = true) => world.makeStaff(role, { active }),
    unique: () => `${Date.now().toString(36)}-${++counter}`,
  };
});

afterAll(async () => world?.close());

/** Presents a brand-new session for a new account with `role`, or none. */
async function actAs(role: TRole | "anonymous"): Promise<void> {
  request.cookies.clear();
  if (role === "anonymous") return;
  const staff = await world.makeStaff(role);
  request.cookies.set(sessionCookieName, (await createSessionFor(staff.id)).sessionToken);
}

type Outcome = { status: number; redirect?: string; element?: { type: unknown } };

/** Runs a call, turning Next's redirect/not-found throws into outcomes. */
async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = await call();
    if (value instanceof Response)
      return { status: value.status, redirect: value.headers.get("location") ?? undefined };
    if (value && typeof value === "object" && "ok" in value) {
      const result = value as { ok: boolean; status?: number };
      return { status: result.ok ? 200 : (result.status ?? 500) };
    }
    return { status: 200, element: value as Outcome["element"] };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { status: 303, redirect: digest.split(";").slice(2, -2).join(";") };
    // notFound() and forbidden(): Next renders its 404 or 403 page with that status.
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return { status: Number(digest.split(";")[1]) };
    throw error;
  }
}

const isSignInRedirect = (o: Outcome) => o.status === 401 || (o.redirect?.startsWith("/sign-in") ?? false);

/** Source files whose first statement is the "use server" directive, and files using it anywhere else. */
function serverActionFiles(): { modules: string[]; inline: string[] } {
  const sources = ["app", "components", "lib"].flatMap((dir) =>
    walk(path.join(ROOT, dir), (name) => /\.tsx?$/.test(name) && !name.endsWith(".test.ts")),
  );
  const modules: string[] = [];
  const inline: string[] = [];
  for (const file of sources) {
    if (file.startsWith("lib/generated/")) continue;
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const code = text.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
    if (/^["']use server["']/.test(code)) modules.push(file);
    else if (/["']use server["']/.test(text)) inline.push(file);
  }
  return { modules, inline };
}

describe("the authorisation table", () => {
  it('lists every server action (every export of a "use server" file)', async () => {
    const { modules, inline } = serverActionFiles();
    expect(inline, 'server actions must live in "use server" files, so this table can see them').toEqual([]);
    const found: string[] = [];
    for (const file of modules) {
      for (const [name, value] of Object.entries(await exportsOf(file)))
        if (typeof value === "function") found.push(`${file}#${name}`);
    }
    const listed = { ...ACTIONS, ...RESPONDENT_ACTIONS };
    expect(
      found.filter((key) => !(key in listed)),
      "actions missing from endpoint-table.ts",
    ).toEqual([]);
    expect(
      Object.keys(listed).filter((key) => !found.includes(key)),
      "table entries with no action",
    ).toEqual([]);
  });

  it("lists every route handler in app/", async () => {
    const found: string[] = [];
    for (const file of walk(path.join(ROOT, "app"), (name) => /^route\.tsx?$/.test(name))) {
      for (const name of Object.keys(await exportsOf(file)))
        if (HTTP_METHODS.includes(name)) found.push(`${file}#${name}`);
    }
    expect(
      found.filter((key) => !(key in ROUTES)),
      "route handlers missing from endpoint-table.ts",
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((key) => !found.includes(key)),
      "table entries with no route handler",
    ).toEqual([]);
  });

  it("lists every page in the staff area", () => {
    const found = walk(path.join(ROOT, "app/(staff)"), (name) => /^page\.tsx?$/.test(name));
    expect(
      found.filter((key) => !(key in PAGES)),
      "staff pages missing from endpoint-table.ts",
    ).toEqual([]);
    expect(
      Object.keys(PAGES).filter((key) => !found.includes(key)),
      "table entries with no page",
    ).toEqual([]);
  });
});

describe.each(Object.entries(ACTIONS))("action %s", (key, entry) => {
  const call = async () => {
    const [file, name] = key.split("#");
    const action = (await exportsOf(file))[name] as (previous: null, formData: FormData) => Promise<unknown>;
    const form = new FormData();
    for (const [field, value] of Object.entries(await entry.input(ctx))) form.set(field, value);
    return outcomeOf(() => action(null, form));
  };
  const allowed: TRole[] =
    entry.access === "signedIn" || entry.access === "anyone" ? [...ROLES] : rolesWith(entry.access);
  const refused = ROLES.filter((role) => !allowed.includes(role));

  if (entry.access === "anyone") {
    it("works for anonymous callers", async () => {
      await actAs("anonymous");
      expect((await call()).status).not.toBeGreaterThanOrEqual(400);
    });
    return;
  }

  it("sends anonymous callers to sign in, changing nothing", async () => {
    await actAs("anonymous");
    const before = await world.auditCount();
    expect(isSignInRedirect(await call())).toBe(true);
    expect(await world.auditCount()).toBe(before);
  });

  it.each(refused)("refuses %s with 403, changing nothing", async (role) => {
    await actAs(role);
    const before = await world.auditCount();
    expect((await call()).status).toBe(403);
    expect(await world.auditCount()).toBe(before);
  });

  it.each(allowed)("lets %s do it", async (role) => {
    await actAs(role);
    const before = await world.auditCount();
    const beforeAction = entry.audit ? await world.auditCount({ action: entry.audit }) : 0;
    const outcome = await call();
    expect(outcome.status, JSON.stringify(outcome)).toBeLessThan(400);
    expect(isSignInRedirect(outcome)).toBe(false);
    if (entry.audit) {
      expect(await world.auditCount()).toBe(before + 1);
      expect(await world.auditCount({ action: entry.audit })).toBe(beforeAction + 1);
    }
  });
});

/** The params Next gives a route handler: its folder's [segments] matched against the URL's path. */
function routeParams(file: string, url: string): Record<string, string> {
  const folders = file
    .split("/")
    .slice(1, -1)
    .filter((part) => !/^\(.*\)$/.test(part));
  const parts = new URL(url).pathname.split("/").filter(Boolean).map(decodeURIComponent);
  return Object.fromEntries(
    folders.flatMap((folder, i) => (/^\[(\w+)\]$/.test(folder) ? [[folder.slice(1, -1), parts[i]]] : [])),
  );
}

describe.each(Object.entries(ROUTES).filter(([, e]) => e.access !== "public"))("route %s", (key, entry) => {
  if (entry.access === "public") return;
  const call = async () => {
    const [file, method] = key.split("#");
    const handler = (await exportsOf(file))[method] as (request: Request, context: unknown) => Promise<Response>;
    const url = await entry.url(ctx);
    const init = "init" in entry && entry.init ? await entry.init(ctx) : {};
    return outcomeOf(() =>
      handler(new Request(url, { method, ...init }), { params: Promise.resolve(routeParams(file, url)) }),
    );
  };
  const allowed = rolesWith(entry.access);

  it("answers anonymous callers 401", async () => {
    await actAs("anonymous");
    expect((await call()).status).toBe(401);
  });

  it("lists a refusal audit for each route to personal data", () => {
    if (PERSONAL_DATA_PERMISSIONS.includes(entry.access)) expect(entry.refusedAudit).toBe("access.refused");
  });

  it.each(ROLES.filter((role) => !allowed.includes(role)))("answers %s 403", async (role) => {
    await actAs(role);
    const before = await world.auditCount();
    const refusedBefore = entry.refusedAudit ? await world.auditCount({ action: entry.refusedAudit }) : 0;
    expect((await call()).status).toBe(403);
    // Downloads (issue #10) and routes to personal data (issue #15) record each refusal; every other route changes nothing.
    expect(await world.auditCount()).toBe(before + (entry.refusedAudit ? 1 : 0));
    if (entry.refusedAudit) expect(await world.auditCount({ action: entry.refusedAudit })).toBe(refusedBefore + 1);
  });

  it.each(allowed)("serves %s", async (role) => {
    await actAs(role);
    const before = await world.auditCount();
    expect((await call()).status).toBe(entry.okStatus ?? 200);
    if (entry.audit) expect(await world.auditCount({ action: entry.audit })).toBeGreaterThan(0);
    expect(await world.auditCount()).toBe(before + (entry.audit ? 1 : 0));
  });
});

describe.each(Object.entries(PAGES))("page %s", (file, entry) => {
  const render = async () => {
    const page = (await exportsOf(file)).default as (props: Record<string, unknown>) => Promise<unknown>;
    const props = await entry.props(ctx);
    return outcomeOf(() => page(props));
  };
  const allowed = entry.access === "signedIn" ? [...ROLES] : rolesWith(entry.access);

  it("sends anonymous visitors to sign in", async () => {
    await actAs("anonymous");
    expect((await render()).redirect).toMatch(/^\/sign-in\?callbackUrl=%2Fstaff/);
  });

  it.each(ROLES.filter((role) => !allowed.includes(role)))(
    "answers %s 403 with the no-permission page, auditing attempts at personal data",
    async (role) => {
      await actAs(role);
      const refusedBefore = await world.auditCount({ action: "access.refused" });
      expect((await render()).status).toBe(403);
      const personal = entry.access !== "signedIn" && PERSONAL_DATA_PERMISSIONS.includes(entry.access);
      expect(await world.auditCount({ action: "access.refused" })).toBe(
        refusedBefore + (personal || entry.refusedAudit ? 1 : 0),
      );
    },
  );

  it.each(allowed)("shows %s the page", async (role) => {
    await actAs(role);
    const outcome = await render();
    expect(outcome.status).toBe(200);
    expect(outcome.element?.type).not.toBe(AccessDenied);
  });
});
