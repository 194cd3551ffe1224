// The first administrator (issue #19): on a fresh PostgreSQL database, migrated as npm start
// does, `npm run staff:add` creates the account once (a second run changes nothing) with an
// audit event; the emailed sign-in link signs the admin in, and the admin invites an officer.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setEnvForTests } from "@/lib/env";
import { FIRST_ADMINISTRATOR_HINT, firstAdministratorHint } from "../../../scripts/lib/first-administrator";
import { startMailCatcher, readCaughtMail, type MailCatcher } from "../../support/mail-catcher";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { followSignInLink, sessionCookieOf, signInLinkFor } from "./follow-sign-in-link";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SLOW = 300_000;
const ADMIN = { email: "ada.admin@council.example", name: "Ada Admin" };

let database: TestDatabase;
let catcher: MailCatcher;
let restoreEnv: () => void;
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-first-admin-mail-"));

/** Runs an npm script as a council's IT team would, on this test's database. */
function npmRun(script: string, args: string[] = []) {
  const result = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database.url, APP_URL: "http://hys.test", NODE_OPTIONS: "" },
    encoding: "utf8",
    timeout: SLOW,
  });
  const lines = (text: string) => text.split("\n").filter((l) => l.trim() && !l.includes("nodedir"));
  return { status: result.status, out: lines(result.stdout), err: lines(result.stderr) };
}

beforeAll(async () => {
  database = await createTestDatabase("firstadmin", false);
  catcher = await startMailCatcher(mailDir);
  restoreEnv = setEnvForTests({
    DATABASE_URL: database.url,
    SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
    APP_URL: "http://hys.test",
    NEXTAUTH_URL: undefined,
  });
  delete (globalThis as { hysDb?: unknown }).hysDb;
  vi.resetModules();
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  delete (globalThis as { hysDb?: unknown }).hysDb;
  await catcher?.stop();
  await database?.drop();
  restoreEnv?.();
  vi.resetModules();
  fs.rmSync(mailDir, { recursive: true, force: true });
});

describe("the first administrator of a new council", () => {
  it("is named by npm start, created once by staff:add, with an audit event", { timeout: 3 * SLOW }, async () => {
    expect(npmRun("db:migrate").status).toBe(0);
    expect(await firstAdministratorHint(database.url)).toBe(FIRST_ADMINISTRATOR_HINT);

    const bad = npmRun("staff:add", ["--email", "ada@council", "--name", ADMIN.name, "--role", "owner"]);
    expect(bad.status).toBe(1);
    expect(bad.err).toEqual([
      expect.stringMatching(
        /^Error: --email: Enter an email address in the correct format.*; --role: The role must be ADMIN, OFFICER or ANALYST\. Usage: npm run staff:add/,
      ),
    ]);

    const args = ["--email", ADMIN.email.toUpperCase(), "--name", ADMIN.name, "--role", "ADMIN"];
    const first = npmRun("staff:add", args);
    expect(first).toMatchObject({ status: 0, err: [] });
    expect(first.out).toEqual([
      `Created the administrator account for ${ADMIN.name} <${ADMIN.email}>. They sign in at http://hys.test/sign-in with that address: a sign-in link is emailed to it.`,
    ]);
    const second = npmRun("staff:add", args);
    expect(second).toMatchObject({
      status: 0,
      out: [`${ADMIN.email} already has an active administrator account: nothing changed.`],
    });
    const demotion = npmRun("staff:add", [...args.slice(0, 4), "--role", "ANALYST"]);
    expect(demotion).toMatchObject({
      status: 1,
      err: [
        `Error: ${ADMIN.email} already has a staff account as administrator. An administrator can change its role under Staff.`,
      ],
    });

    const { db } = await import("@/lib/db");
    expect(await db().user.findMany({ select: { email: true, name: true, role: true, active: true } })).toEqual([
      { email: ADMIN.email, name: ADMIN.name, role: "ADMIN", active: true },
    ]);
    expect(
      await db().auditEvent.findMany({ select: { actorId: true, actorLabel: true, action: true, detail: true } }),
    ).toEqual([
      {
        actorId: null,
        actorLabel: "command line",
        action: "staff.create",
        detail: `Created from the command line: ${ADMIN.email} as administrator`,
      },
    ]);
    expect(await firstAdministratorHint(database.url)).toBeNull();
  });

  it("signs in with the emailed link and invites an officer", async () => {
    const { requestSignInLink } = await import("@/lib/services/staff/request-sign-in-link");
    const { ZSignInRequestSchema } = await import("@/lib/validation/auth");
    const { findLiveSession } = await import("@/lib/auth/session-store");
    const { inviteStaff } = await import("@/lib/services/staff/invite-staff");
    const { INVITATION_SUBJECT } = await import("@/lib/email/templates/staff-invitation");
    const { db } = await import("@/lib/db");

    await requestSignInLink(ZSignInRequestSchema.parse({ email: ADMIN.email }), { ip: "198.51.100.19" });
    const outcome = await followSignInLink(signInLinkFor(readCaughtMail(mailDir), ADMIN.email));
    const cookie = sessionCookieOf(outcome);
    expect(cookie).toBeDefined();
    const session = await findLiveSession(decodeURIComponent(cookie!.split(";")[0].split("=")[1]));
    expect(session?.staff).toMatchObject({ email: ADMIN.email, role: "ADMIN" });

    const invited = await inviteStaff(session!.staff, {
      email: "otto.officer@council.example",
      name: "Otto Officer",
      role: "OFFICER",
    });
    expect(invited).toMatchObject({ email: "otto.officer@council.example", emailSent: true });
    expect(
      readCaughtMail(mailDir)
        .filter((m) => m.to.includes("otto.officer@council.example"))
        .map((m) => m.subject),
    ).toEqual([INVITATION_SUBJECT]);
    expect(
      await db().user.findUnique({
        where: { email: "otto.officer@council.example" },
        select: { role: true, active: true },
      }),
    ).toEqual({ role: "OFFICER", active: true });
    expect(await db().auditEvent.count({ where: { action: "staff.invite", actorLabel: ADMIN.email } })).toBe(1);
  });
});
