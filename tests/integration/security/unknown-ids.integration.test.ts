// Issue #15 item 7: every staff page pattern, found on disk, answers 404 for an id that does not
// exist, and for a real record asked for under another consultation: never a 500. Pages are
// rendered as an administrator (who may open every page), through a real database session.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openWorld, type World } from "../auth/world";
import { signInAdministrator } from "./admin-cookie";
import { makeConsultation } from "../publishing/fixtures";

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", async () => (await import("./admin-cookie")).headersMock(request));

const ROOT = path.resolve(import.meta.dirname, "../../..");
const STAFF = path.join(ROOT, "app/(staff)");

function pages(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) pages(full, out);
    else if (entry.name === "page.tsx" && full.includes("["))
      out.push(path.relative(ROOT, full).split(path.sep).join("/"));
  }
  return out.sort();
}

async function statusOf(file: string, params: Record<string, string>): Promise<number> {
  const page = (await import(/* @vite-ignore */ path.join(ROOT, file))).default as (props: unknown) => Promise<unknown>;
  try {
    await page({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
    return 200;
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return Number(digest.split(";")[1]);
    if (digest.startsWith("NEXT_REDIRECT")) return 303;
    return 500;
  }
}

const segmentsOf = (file: string) => [...file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);

let world: World;
let otherConsultationId: string;
let responseOfOther: string;

beforeAll(async () => {
  world = await openWorld("unknown-ids");
  const admin = await signInAdministrator(world, request);
  // A real response, of consultation A, to ask for under consultation C.
  const { EVERY_TYPE } = await import("@/lib/questionnaire/fixtures/every-type");
  const a = await makeConsultation(world.db, "draft");
  const q = await world.db.questionnaire.create({
    data: {
      consultationId: a.id,
      format: "STANDARD",
      draft: EVERY_TYPE as object,
      versions: { create: { number: 1, definition: EVERY_TYPE as object } },
    },
    include: { versions: true },
  });
  otherConsultationId = (await makeConsultation(world.db, "open")).id;
  responseOfOther = (
    await world.db.response.create({
      data: {
        consultationId: a.id,
        versionId: q.versions[0].id,
        format: "STANDARD",
        channel: "PAPER",
        status: "SUBMITTED",
        reference: `REF-${Date.now()}`,
        enteredById: admin.id,
        receivedAt: new Date(),
      },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => world?.close());

describe.each(pages(STAFF))("%s", (file) => {
  const segments = segmentsOf(file);

  it("answers 404 when every id is unknown", async () => {
    expect(await statusOf(file, Object.fromEntries(segments.map((s) => [s, "nope"])))).toBe(404);
  });

  if (segments.length > 1 && segments[0] === "id") {
    it("answers 404 for an unknown record of a real consultation, or another consultation's record", async () => {
      const params = Object.fromEntries(
        segments.map((s) => [s, s === "id" ? otherConsultationId : s === "responseId" ? responseOfOther : "nope"]),
      );
      expect(await statusOf(file, params)).toBe(404);
    });
  }
});
