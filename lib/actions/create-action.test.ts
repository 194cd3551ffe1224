import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "@/lib/zod";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { AppError } from "@/lib/errors";

const session = vi.hoisted(() => ({ staff: null as StaffPrincipal | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentStaff: async () => session.staff }));

const { createAction } = await import("./create-action");

const officer: StaffPrincipal = { id: "o1", email: "officer@council.example", name: "Owen", role: "OFFICER" };
const schema = z.object({ title: z.string().trim().min(1, { error: "Enter a title" }) });
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

beforeEach(() => {
  session.staff = officer;
  vi.restoreAllMocks();
});

describe("createAction", () => {
  it("runs session, permission, validation and the handler, and returns its data", async () => {
    const handler = vi.fn(
      async (input: { title: string }, { staff }: { staff: StaffPrincipal }) => `${input.title} by ${staff.id}`,
    );
    const action = createAction({ schema, permission: "consultation.create", handler });
    expect(await action(null, form({ title: " Short breaks " }))).toEqual({ ok: true, data: "Short breaks by o1" });
  });

  it("answers 401 to anonymous callers and 403 to a role without the permission, before reading the input", async () => {
    const handler = vi.fn();
    const action = createAction({ schema, permission: "staff.manage", handler });
    expect(await action(null, form({}))).toMatchObject({ ok: false, status: 403 });
    session.staff = null;
    expect(await action(null, form({}))).toMatchObject({ ok: false, status: 401 });
    expect(handler).not.toHaveBeenCalled();
  });

  it("returns field errors and the submitted values for bad input", async () => {
    const action = createAction({ schema, permission: "consultation.create", handler: vi.fn() });
    expect(await action(null, form({ title: "  ", $ACTION_ID_abc: "" }))).toEqual({
      ok: false,
      status: 400,
      formError: undefined,
      fieldErrors: { title: ["Enter a title"] },
      values: { title: "  " },
    });
  });

  it("shows expected errors and hides unexpected ones", async () => {
    const conflict = createAction({
      schema,
      permission: "signedIn",
      handler: async () => Promise.reject(new AppError("CONFLICT")),
    });
    expect(await conflict(null, form({ title: "x" }))).toMatchObject({
      status: 409,
      formError: expect.stringMatching(/Someone else changed/),
    });
    const onField = createAction({
      schema,
      permission: "signedIn",
      handler: async () => Promise.reject(new AppError("CONFLICT", "x", { title: ["Taken"] })),
    });
    expect(await onField(null, form({ title: "x" }))).toMatchObject({
      status: 409,
      formError: undefined,
      fieldErrors: { title: ["Taken"] },
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = createAction({
      schema,
      permission: "signedIn",
      handler: async () => Promise.reject(new Error("password=hunter2")),
    });
    const result = await broken(null, form({ title: "x" }));
    expect(result).toMatchObject({
      ok: false,
      status: 500,
      formError: "Sorry, there is a problem with the service. Try again later.",
    });
    expect(JSON.stringify(result)).not.toContain("hunter2");
    expect(logged).toHaveBeenCalled();
  });

  it("lets anyone call an 'anyone' action, with the staff member if there is one", async () => {
    session.staff = null;
    const action = createAction({
      schema,
      permission: "anyone",
      handler: async (_input, { staff }) => staff?.id ?? "anonymous",
    });
    expect(await action(null, form({ title: "x" }))).toEqual({ ok: true, data: "anonymous" });
  });

  it("redirects after success (post/redirect/get)", async () => {
    const action = createAction({
      schema,
      permission: "signedIn",
      handler: async () => ({ id: "c1" }),
      redirectTo: (data) => `/staff/c/${data.id}`,
    });
    await expect(action(null, form({ title: "x" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/staff/c/c1"),
    });
  });
});
