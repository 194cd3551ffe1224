// Subject access and erasure (issue #21): a respondent with two responses (in two consultations)
// and a subscription, beside someone else with a response and a subscription of their own. The
// pack holds all three of theirs and nothing of the other person's; the search and downloads are
// audited with the reason and never the address; erasure deletes the response whose analysis is
// unpublished and anonymises the one whose outcome is out, keeping its published figures.
import { createHash } from "node:crypto";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { buildFindingsReport } from "@/lib/services/reports/findings";
import { eraseSubject } from "@/lib/services/personal-data/erase-subject";
import { downloadSubjectPack, searchSubject } from "@/lib/services/personal-data/subject-access";
import { createConsultation } from "../respond/respond-fixtures";
import { reportConsultation, staffMember } from "../reports/report-fixtures";

const HER = "Amara.Quint@example.org";
const OTHER = "someone.else@example.org";
const hash = (s: string) => createHash("sha256").update(s).digest("hex");
let admin: StaffPrincipal;
let analyst: StaffPrincipal;
let openId: string;
let publishedId: string;
const refs = { open: "SB-AMQ1-0001", published: "SB-AMQ1-0002", other: "SB-OTHR-0003" };

async function respond(
  consultationId: string,
  reference: string,
  email: string,
  name: string,
  words: string,
): Promise<string> {
  const { id: versionId } = await db().questionnaireVersion.findFirstOrThrow({
    where: { questionnaire: { consultationId } },
  });
  const r = await db().response.create({
    data: {
      consultationId,
      versionId,
      format: "STANDARD",
      status: "SUBMITTED",
      reference,
      submittedAt: new Date(),
      contact: { create: { email, name } },
    },
  });
  await db().answer.create({ data: { responseId: r.id, questionKey: "why", text: words } });
  await db().equalityMonitoring.create({
    data: { responseId: r.id, answers: { "equality-sex": { optionKey: "female" } } },
  });
  return r.id;
}

beforeAll(async () => {
  admin = await staffMember("ADMIN");
  analyst = await staffMember("ANALYST");
  openId = (await createConsultation({ open: true })).consultationId;
  publishedId = (await reportConsultation(await staffMember("OFFICER"))).consultationId;
  await db().consultation.update({
    where: { id: publishedId },
    data: { stage: "OUTCOME_PUBLISHED", outcomePublishedAt: new Date() },
  });
  await respond(openId, refs.open, HER.toLowerCase(), "Amara Quint", "Open answer by Amara Quint");
  await respond(publishedId, refs.published, HER, "Amara Quint", "My name is Amara Quint and the bus is too far");
  await respond(publishedId, refs.other, OTHER, "Bo Other", "Words of Bo Other");
  await db().outcomeSubscription.create({
    data: { consultationId: publishedId, email: HER.toLowerCase(), tokenHash: hash("her"), confirmedAt: new Date() },
  });
  await db().outcomeSubscription.create({
    data: { consultationId: publishedId, email: OTHER, tokenHash: hash("other"), confirmedAt: new Date() },
  });
}, 120_000);

describe("a subject access search", () => {
  it("finds both responses and the subscription by email, in any case, and audits the reason without the address", async () => {
    const found = await searchSubject(admin, { q: HER.toUpperCase(), reason: "SAR-2026-014" });
    expect(found.responses.map((r) => r.reference).sort()).toEqual([refs.open, refs.published]);
    expect(found).toMatchObject({ contacts: 2, subscriptions: 1 });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "personalData.search" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.detail).toContain("SAR-2026-014");
    expect(event.detail?.toLowerCase()).not.toContain(HER.toLowerCase());
  });

  it("finds the same person from one response reference", async () => {
    const found = await searchSubject(admin, { q: refs.open.toLowerCase(), reason: "SAR-2026-014" });
    expect(found.responses.map((r) => r.reference).sort()).toEqual([refs.open, refs.published]);
  });

  it("is refused to anyone without personalData.request", async () => {
    await expect(searchSubject(analyst, { q: HER, reason: "Curious" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the pack", () => {
  it("as JSON holds both responses and the subscription, and nothing of anyone else", async () => {
    const file = await downloadSubjectPack(admin, { q: HER, reason: "SAR-2026-014", format: "json" });
    const text = file.body.toString("utf8");
    const pack = JSON.parse(text) as {
      responses: { reference: string; answers: { answer: string }[] }[];
      subscriptions: unknown[];
      contacts: unknown[];
    };
    expect(pack.responses.map((r) => r.reference).sort()).toEqual([refs.open, refs.published]);
    expect(pack.responses.flatMap((r) => r.answers.map((a) => a.answer))).toEqual(
      expect.arrayContaining(["Open answer by Amara Quint"]),
    );
    expect(pack.subscriptions).toHaveLength(1);
    expect(pack.contacts).toHaveLength(2);
    for (const foreign of [OTHER, refs.other, "Bo Other"]) expect(text).not.toContain(foreign);
    expect(await db().auditEvent.count({ where: { action: "personalData.download" } })).toBe(1);
  });

  it("as a Word document reads the same", async () => {
    const file = await downloadSubjectPack(admin, { q: HER, reason: "SAR-2026-014", format: "docx" });
    const xml = await (await JSZip.loadAsync(file.body)).file("word/document.xml")!.async("string");
    for (const mine of [refs.open, refs.published, "Open answer by Amara Quint", "Updates you asked for"])
      expect(xml).toContain(mine);
    for (const foreign of [OTHER, refs.other, "Bo Other"]) expect(xml).not.toContain(foreign);
  });
});

describe("erasure", () => {
  it("deletes the unpublished response, anonymises the published one, and keeps the published figures", async () => {
    const before = await buildFindingsReport(analyst, publishedId);
    const done = await eraseSubject(admin, {
      q: HER,
      reason: "Erasure request ER-7",
      responses: "remove",
      confirm: "yes",
    });
    expect(done).toMatchObject({ responsesDeleted: 1, responsesAnonymised: 1, contacts: 1, subscriptions: 1 });
    expect(await db().response.count({ where: { reference: refs.open } })).toBe(0);
    const kept = await db().response.findUniqueOrThrow({
      where: { reference: refs.published },
      include: { answers: true, contact: true, equality: true },
    });
    expect(kept.contact).toBeNull();
    expect(kept.equality).toBeNull();
    expect(kept.answers[0].text).toBe("My name is [name] and the bus is too far");
    expect({ ...(await buildFindingsReport(analyst, publishedId)), generatedAt: null }).toEqual({
      ...before,
      generatedAt: null,
    });
    const other = await searchSubject(admin, { q: OTHER, reason: "Check the other person is untouched" });
    expect(other).toMatchObject({ contacts: 1, subscriptions: 1 });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "personalData.erase" } });
    expect(event.detail).toContain("Erasure request ER-7");
  });
});
