// Mail goes to SMTP_URL when set (checked against a real in-process SMTP server), and to
// DATA_DIR/mail as .eml files when not.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setEnvForTests } from "@/lib/env";
import { readCaughtMail, startMailCatcher } from "../support/mail-catcher";

let restoreEnv = () => {};
afterEach(() => {
  restoreEnv();
  vi.resetModules();
});

describe("sendMail", () => {
  it("delivers through SMTP_URL", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-mail-"));
    const catcher = await startMailCatcher(dir);
    try {
      restoreEnv = setEnvForTests({ SMTP_URL: `smtp://127.0.0.1:${catcher.port}` });
      vi.resetModules();
      const { sendMail } = await import("@/lib/email/transport");
      await sendMail({
        to: "Parent@Example.com",
        subject: "Your response SB-7K4Q-29XD",
        text: "Thank you – diolch ✓",
        html: "<p>Thank you</p>",
      });
      const [mail] = readCaughtMail(dir);
      expect(mail).toMatchObject({ to: ["parent@example.com"], subject: "Your response SB-7K4Q-29XD" });
      expect(mail.text.trim()).toBe("Thank you – diolch ✓");
    } finally {
      await catcher.stop();
    }
  });

  it("writes an .eml file under DATA_DIR/mail when no SMTP server is set", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-data-"));
    restoreEnv = setEnvForTests({ SMTP_URL: undefined, DATA_DIR: dataDir });
    vi.resetModules();
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    const { sendMail } = await import("@/lib/email/transport");
    await sendMail({ to: "officer@council.example", subject: "Sign in to Have Your Say", text: "Your link" });
    const files = fs.readdirSync(path.join(dataDir, "mail"));
    expect(files).toHaveLength(1);
    const eml = fs.readFileSync(path.join(dataDir, "mail", files[0]), "utf8");
    expect(eml).toContain("Subject: Sign in to Have Your Say");
    expect(eml).toContain("To: officer@council.example");
  });
});
