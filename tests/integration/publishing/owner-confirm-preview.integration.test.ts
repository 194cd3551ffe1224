// Issue #4 gaps: the owner can be changed to an active officer or admin only, in the one
// "consultation.edit" audit event; opening the emailed confirm link changes nothing and only
// the button's POST confirms; the officer preview shows readability under each text block.
import { createHash } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement, type ReactElement } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { openWorld, type World } from "../auth/world";
import { consultationForm, makeConsultation, uniqueSlug } from "./fixtures";

// Anonymous visitors: no session cookie. The confirm action still runs through createAction.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.201" }),
}));

let world: World;
let officer: StaffPrincipal;
let save: typeof import("@/lib/services/consultations/save-consultation");
let validation: typeof import("@/lib/validation/consultation");

beforeAll(async () => {
  world = await openWorld("owner-confirm");
  officer = await world.makeStaff("OFFICER");
  save = await import("@/lib/services/consultations/save-consultation");
  validation = await import("@/lib/validation/consultation");
});

afterAll(async () => world?.close());

const form = (extra: Record<string, string> = {}) =>
  validation.ZConsultationSchema.parse({ ...consultationForm(uniqueSlug("owner")), ...extra });

const ownerErrorOf = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    // openWorld resets modules, so the services' AppError is not this file's: match by name.
    const appError = error as { name?: string; fieldErrors?: Record<string, string[]> };
    if (appError.name === "AppError") return appError.fieldErrors?.ownerId?.[0];
    throw error;
  }
  throw new Error("expected a failure");
};

describe("the consultation owner", () => {
  it("is the creator unless another eligible owner is chosen", async () => {
    const colleague = await world.makeStaff("ADMIN");
    const mine = await save.createConsultation(officer, form());
    const theirs = await save.createConsultation(officer, form({ ownerId: colleague.id }));
    const owners = await world.db.consultation.findMany({
      where: { id: { in: [mine.id, theirs.id] } },
      select: { id: true, ownerId: true },
    });
    expect(Object.fromEntries(owners.map((o) => [o.id, o.ownerId]))).toEqual({
      [mine.id]: officer.id,
      [theirs.id]: colleague.id,
    });
  });

  it("refuses analysts, deactivated staff and unknown ids, changing nothing", async () => {
    const { id } = await save.createConsultation(officer, form());
    const analyst = await world.makeStaff("ANALYST");
    const gone = await world.makeStaff("OFFICER", { active: false });
    const before = await world.auditCount({ targetId: id });
    for (const ownerId of [analyst.id, gone.id, "no-such-user"]) {
      expect(await ownerErrorOf(save.updateConsultation(officer, id, form({ ownerId })))).toMatch(
        /active officer or administrator/,
      );
    }
    expect((await world.db.consultation.findUniqueOrThrow({ where: { id } })).ownerId).toBe(officer.id);
    expect(await world.auditCount({ targetId: id })).toBe(before);
  });

  it("records a change of owner in the one consultation.edit audit event", async () => {
    const { id } = await save.createConsultation(officer, form());
    const next = await world.makeStaff("OFFICER", { name: "Priya Shah" });
    const before = await world.auditCount();
    await save.updateConsultation(officer, id, form({ ownerId: next.id }));
    expect(await world.auditCount()).toBe(before + 1);
    const event = await world.db.auditEvent.findFirstOrThrow({
      where: { targetId: id, action: "consultation.edit" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.detail).toContain(`owner changed to Priya Shah (${next.email})`);
    expect((await world.db.consultation.findUniqueOrThrow({ where: { id } })).ownerId).toBe(next.id);
  });

  it("keeps an owner deactivated since, so other edits still save", async () => {
    const owner = await world.makeStaff("OFFICER");
    const { id } = await save.createConsultation(officer, form({ ownerId: owner.id }));
    await world.db.user.update({ where: { id: owner.id }, data: { active: false } });
    await save.updateConsultation(officer, id, form({ ownerId: owner.id, title: "Renamed" }));
    const saved = await world.db.consultation.findUniqueOrThrow({ where: { id } });
    expect([saved.title, saved.ownerId]).toEqual(["Renamed", owner.id]);
  });
});

describe("confirming email updates", () => {
  async function pendingSubscription() {
    const c = await makeConsultation(world.db, "open");
    const token = `confirm-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const row = await world.db.outcomeSubscription.create({
      data: {
        consultationId: c.id,
        email: `reader-${token}@example.com`,
        tokenHash: createHash("sha256").update(token).digest("hex"),
      },
    });
    return { slug: c.slug, token, id: row.id };
  }

  it("shows a Confirm button on GET and changes nothing", async () => {
    const s = await pendingSubscription();
    const { default: ConfirmPage } = await import("@/app/(public)/consultations/[slug]/updates/confirm/page");
    const page = await ConfirmPage({
      params: Promise.resolve({ slug: s.slug }),
      searchParams: Promise.resolve({ token: s.token }),
    });
    const html = renderToStaticMarkup(page as ReactElement);
    expect(html).toContain("Confirm email updates");
    expect(html).toContain(`value="${s.token}"`);
    expect((await world.db.outcomeSubscription.findUniqueOrThrow({ where: { id: s.id } })).confirmedAt).toBeNull();
  });

  it("confirms on the button's POST, and refuses a wrong token", async () => {
    const s = await pendingSubscription();
    const { confirmSubscriptionAction } = await import("@/app/(public)/consultations/[slug]/updates/actions");
    const post = async (token: string) => {
      const body = new FormData();
      body.set("slug", s.slug);
      body.set("token", token);
      try {
        return await confirmSubscriptionAction(null, body);
      } catch (error) {
        return String((error as { digest?: unknown }).digest ?? error);
      }
    };
    expect(await post("wrong")).toMatchObject({ ok: false, status: 404 });
    expect((await world.db.outcomeSubscription.findUniqueOrThrow({ where: { id: s.id } })).confirmedAt).toBeNull();
    expect(await post(s.token)).toMatch(/^NEXT_REDIRECT.*\/updates\/confirm\?confirmed=1/);
    expect((await world.db.outcomeSubscription.findUniqueOrThrow({ where: { id: s.id } })).confirmedAt).not.toBeNull();
  });
});

describe("the officer preview", () => {
  it("renders a draft's public page with readability under each block and a warning below 60", async () => {
    // The page itself (its permission) is covered by the authorisation table; this renders its content.
    const renderPreview = async (staff: StaffPrincipal, id: string) => {
      const { getStaffConsultation } = await import("@/lib/services/consultations/staff-consultations");
      const { PublicConsultationView } = await import("@/components/consultations/public-consultation-view");
      const { consultation, status, now } = await getStaffConsultation(staff, id);
      return renderToStaticMarkup(
        createElement(PublicConsultationView, { consultation, status, now, showReadability: true }),
      );
    };
    const c = await makeConsultation(world.db, "draft", {
      summary: "We want to know what you think. Tell us by May.",
      reasons:
        "Notwithstanding the aforementioned considerations, the authority's comprehensive commissioning methodology necessitates substantial reconfiguration of multidisciplinary provision, incorporating interdependent organisational accountabilities.",
    });
    const html = await renderPreview(officer, c.id);
    expect(html).toContain(`Fixture ${c.slug}`);
    expect(html).toMatch(/Readability of summary: \d+/);
    expect(html).toMatch(/govuk-warning-text[\s\S]*Readability of reasons: -?\d+[\s\S]*below 60/);
    expect(html).toContain("Readability of full text");
  });
});
