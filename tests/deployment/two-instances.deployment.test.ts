// Issue #19 item 6: nginx round robin in front of two instances on one database and Redis.
// Requests go through nginx (as the public's do) or straight to one instance, to prove that
// nothing one instance knows is kept from the other.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { readCaughtMail } from "../support/mail-catcher";
import { HttpRespondent } from "../../scripts/load/http-respondent";
import { actionForm, formFields, submitButton } from "../../scripts/load/html-form";
import { runJourney } from "../../scripts/load/respond-journey";
import { deployment, sql, staffAccount } from "./deployment-helpers";

const [a, b] = deployment.instances;

async function waitForMail(to: string) {
  for (let i = 0; i < 100; i++) {
    const found = readCaughtMail(deployment.mailDir).find((m) => m.to.includes(to));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to}`);
}

/** Asks for a sign-in link through `origin`; the page says "Check your email" whatever happens. */
async function askForLink(client: HttpRespondent, email: string) {
  const page = await client.request("GET", "/sign-in");
  const form = actionForm(page.html)!;
  const fields = formFields(form, submitButton(form, /sign-in link/), new Map([["email", [email]]]));
  return client.request("POST", "/sign-in", fields);
}

describe("two instances behind nginx", () => {
  it("takes a respondent whose pages alternate between instances through to the confirmation", async () => {
    const servedBy = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${deployment.origin}/api/health`);
      servedBy.add(response.headers.get("x-served-by") ?? "");
    }
    expect([...servedBy].sort()).toEqual(["a", "b"]);
    const outcome = await runJourney(deployment.origin, { retries: 0, retryDelayMs: () => 0 });
    expect(outcome.error).toBeUndefined();
    expect(outcome.failures).toEqual([]);
    expect(outcome.reference).toMatch(/^[A-Z]{2}-/);
    const [row] = await sql<{ status: string }>(`SELECT status::text FROM "Response" WHERE reference = $1`, [
      outcome.reference,
    ]);
    expect(row.status).toBe("SUBMITTED");
  });

  it("accepts a sign-in link mailed by one instance on the other, and the session holds on both", async () => {
    const account = await staffAccount("ADMIN");
    const staff = new HttpRespondent(a.origin);
    const asked = await askForLink(staff, account.email);
    expect(asked.url).toMatch(/\/check-your-email$/);
    const mail = await waitForMail(account.email);
    const link = new URL(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/.exec(mail.text)![0]);
    // Opened on instance b, though instance a signed it.
    const onB = new HttpRespondent(b.origin);
    const signedIn = await onB.request("GET", `${link.pathname}${link.search}`);
    expect(new URL(signedIn.url).pathname).toBe("/staff");
    expect(signedIn.status).toBe(200);
    const cookie = (onB as unknown as { cookies: Map<string, string> }).cookies;
    for (const instance of [a, b]) {
      const response = await fetch(`${instance.origin}/staff`, {
        headers: { cookie: [...cookie].map(([n, v]) => `${n}=${v}`).join("; ") },
        redirect: "manual",
      });
      expect(response.status, instance.name).toBe(200);
      expect(await response.text()).toContain("Administrator");
    }
  });

  it("allows a rate limit of N exactly N times across both instances", async () => {
    // Sign-in links: five an address per 15 minutes, counted in Redis whichever instance is asked.
    const email = `limit-${crypto.randomBytes(4).toString("hex")}@council.example`;
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const instance = i % 2 === 0 ? a : b;
      const page = await askForLink(new HttpRespondent(instance.origin), email);
      outcomes.push(
        /too many sign-in links/i.test(page.html)
          ? "refused"
          : /check-your-email$/.test(page.url)
            ? "sent"
            : `other ${page.url}`,
      );
    }
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "refused")).toHaveLength(3);
  });
});
