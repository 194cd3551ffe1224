// Assisted entry (issue #8, part 1): officers record the details, enter the answers through the
// same page check as online, and save once. Idempotent starts and saves, late entries only with
// a reason, audit rows for saves and edits, and the permission.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffPrincipal, TRole } from "@/lib/permissions/permissions";
import { saveEnteredSection, submitEnteredResponse } from "@/lib/services/entry/entered-answers";
import { getEnteredResponse, startEnteredResponse, updateEnteredDetails } from "@/lib/services/entry/entered-responses";
import { newToken } from "@/lib/respond/tokens";
import { ZEnteredDetailsSchema } from "@/lib/validation/entered-response";
import { createConsultation, type TFixture } from "../respond/respond-fixtures";

async function staffMember(role: TRole = "OFFICER"): Promise<StaffPrincipal> {
  const u = await db().user.create({
    data: { email: `entry-${newToken().slice(0, 10).toLowerCase()}@council.example`, name: "Erin Entry", role },
  });
  return { id: u.id, email: u.email, name: u.name, role };
}

const dateParts = (d: Date) => ({
  "received-day": String(d.getUTCDate()),
  "received-month": String(d.getUTCMonth() + 1),
  "received-year": String(d.getUTCFullYear()),
});

function details(fixture: TFixture, overrides: Record<string, string> = {}) {
  return ZEnteredDetailsSchema.parse({
    consultationId: fixture.consultationId,
    entryKey: newToken(),
    format: "STANDARD",
    channel: "PAPER",
    completedHow: "WITH_FAMILY_HELP",
    ...dateParts(new Date()),
    ...overrides,
  });
}

const audits = (targetId: string, action: string) => db().auditEvent.findMany({ where: { targetId, action } });

async function enterAboutYou(staff: StaffPrincipal, fixture: TFixture, responseId: string, type = "professional") {
  return saveEnteredSection(staff, {
    consultationId: fixture.consultationId,
    responseId,
    sectionKey: "about-you",
    versionId: fixture.versionId,
    entries: [["respondent-type", type]],
    mode: "continue",
  });
}

describe("assisted entry", () => {
  it("starts one response per entry key, however often the form is sent", async () => {
    const fixture = await createConsultation();
    const staff = await staffMember();
    const input = details(fixture);
    const results = await Promise.all([
      startEnteredResponse(staff, input),
      startEnteredResponse(staff, input),
      startEnteredResponse(staff, input),
    ]);
    expect(new Set(results.map((r) => r.responseId)).size).toBe(1);
    expect(results[0].nextPage).toBe("about-you");
    const rows = await db().response.findMany({ where: { consultationId: fixture.consultationId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: "PAPER",
      status: "DRAFT",
      enteredById: staff.id,
      completedHow: "WITH_FAMILY_HELP",
      lateReason: null,
    });
  });

  it("validates pages with the questionnaire's own rules and saves once with a reference", async () => {
    const fixture = await createConsultation();
    const staff = await staffMember();
    const { responseId } = await startEnteredResponse(
      staff,
      details(fixture, { channel: "PHONE", organisationName: "Parent Carer Forum", organisationPublish: "yes" }),
    );
    const refused = await enterAboutYou(staff, fixture, responseId, "not-an-option");
    expect(refused.ok).toBe(false);
    expect(await db().answer.count({ where: { responseId } })).toBe(0);
    const saved = await enterAboutYou(staff, fixture, responseId);
    expect(saved).toMatchObject({ ok: true, status: "DRAFT" });

    const first = await submitEnteredResponse(staff, { consultationId: fixture.consultationId, responseId });
    const again = await submitEnteredResponse(staff, { consultationId: fixture.consultationId, responseId });
    expect(first.ok && again.ok && first.reference === again.reference).toBe(true);
    const row = await db().response.findUniqueOrThrow({ where: { id: responseId } });
    expect(row).toMatchObject({
      status: "SUBMITTED",
      channel: "PHONE",
      organisationName: "Parent Carer Forum",
      organisationPublish: true,
      respondentType: "professional",
    });
    expect(row.reference).toMatch(/^SB-/);
    const entered = await audits(responseId, "response.enter");
    expect(entered).toHaveLength(1);
    expect(entered[0]).toMatchObject({ actorId: staff.id, detail: `${row.reference}, phone` });
  });

  it("refuses a late entry without a reason, saving nothing, and flags it when a reason is given", async () => {
    const fixture = await createConsultation();
    // Closed five days ago: a response received today is late; one received on the closing day is not.
    await db().consultation.update({
      where: { id: fixture.consultationId },
      data: { closesAt: new Date(Date.now() - 5 * 86_400_000) },
    });
    const staff = await staffMember();
    const tomorrow = new Date(Date.now() + 86_400_000);
    await expect(startEnteredResponse(staff, details(fixture, dateParts(tomorrow)))).rejects.toMatchObject({
      fieldErrors: { received: ["Date received must be today or in the past"] },
    });
    await expect(startEnteredResponse(staff, details(fixture))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        lateReason: ["This response was received after the consultation closed. Enter the reason for accepting it"],
      },
    });
    expect(await db().response.count({ where: { consultationId: fixture.consultationId } })).toBe(0);
    const { responseId } = await startEnteredResponse(
      staff,
      details(fixture, { lateReason: "Posted in time, delayed by the post office." }),
    );
    expect((await db().response.findUniqueOrThrow({ where: { id: responseId } })).lateReason).toBe(
      "Posted in time, delayed by the post office.",
    );
    const onTime = await startEnteredResponse(
      staff,
      details(fixture, dateParts(new Date(Date.now() - 6 * 86_400_000))),
    );
    expect((await db().response.findUniqueOrThrow({ where: { id: onTime.responseId } })).lateReason).toBeNull();
  });

  it("ignores a late reason for a response received in time", async () => {
    const fixture = await createConsultation();
    const staff = await staffMember();
    const { responseId } = await startEnteredResponse(staff, details(fixture, { lateReason: "Not needed" }));
    expect((await db().response.findUniqueOrThrow({ where: { id: responseId } })).lateReason).toBeNull();
  });

  it("audits changes to a saved entry's answers and details with what changed", async () => {
    const fixture = await createConsultation();
    const staff = await staffMember();
    const input = details(fixture);
    const { responseId } = await startEnteredResponse(staff, input);
    await enterAboutYou(staff, fixture, responseId);
    await submitEnteredResponse(staff, { consultationId: fixture.consultationId, responseId });

    await enterAboutYou(staff, fixture, responseId, "parent-carer");
    const answerEdits = await audits(responseId, "response.edit");
    expect(answerEdits).toHaveLength(1);
    expect(answerEdits[0].detail).toContain("changed answers to respondent-type");
    expect((await db().response.findUniqueOrThrow({ where: { id: responseId } })).respondentType).toBe("parent-carer");

    await updateEnteredDetails(staff, { ...input, responseId, channel: "EMAIL", partnerOrganisation: "TalkBack" });
    const edits = await audits(responseId, "response.edit");
    expect(edits).toHaveLength(2);
    expect(edits.map((e) => e.detail).join(" | ")).toContain("changed channel, partner organisation");
    // Saving the same details again changes nothing, so nothing is recorded.
    await updateEnteredDetails(staff, { ...input, responseId, channel: "EMAIL", partnerOrganisation: "TalkBack" });
    expect(await audits(responseId, "response.edit")).toHaveLength(2);
    await expect(updateEnteredDetails(staff, { ...input, responseId, format: "EASY_READ" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("is for roles with response.enter only", async () => {
    const fixture = await createConsultation();
    const analyst = await staffMember("ANALYST");
    await expect(startEnteredResponse(analyst, details(fixture))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startEnteredResponse(null, details(fixture))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db().response.count({ where: { consultationId: fixture.consultationId } })).toBe(0);
  });

  it("never opens an online respondent's response for staff editing", async () => {
    const fixture = await createConsultation();
    const staff = await staffMember();
    const online = await db().response.create({
      data: {
        consultationId: fixture.consultationId,
        versionId: fixture.versionId,
        format: "STANDARD",
        status: "SUBMITTED",
        reference: `SB-${newToken().slice(0, 8)}`,
      },
    });
    await expect(enterAboutYou(staff, fixture, online.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("equality answers of an entered response (issue #15)", () => {
  const page = (
    staff: StaffPrincipal,
    fixture: TFixture,
    responseId: string,
    sectionKey: string,
    entries: [string, string][],
  ) =>
    saveEnteredSection(staff, {
      consultationId: fixture.consultationId,
      responseId,
      sectionKey,
      versionId: fixture.versionId,
      entries,
      mode: "continue",
    });

  it("are seen only by the officer typing them, only while a draft, and never lost", async () => {
    const fixture = await createConsultation();
    const typist = await staffMember();
    const colleague = await staffMember();
    const { responseId } = await startEnteredResponse(typist, details(fixture));
    await enterAboutYou(typist, fixture, responseId);
    expect(await page(typist, fixture, responseId, "equality-monitoring", [["equality-consent", "yes"]])).toMatchObject(
      { ok: true },
    );
    expect(
      await page(typist, fixture, responseId, "equality-about-you", [
        ["equality-age", "age-35-44"],
        ["equality-sex", "female"],
      ]),
    ).toMatchObject({ ok: true });

    const own = await getEnteredResponse(typist, fixture.consultationId, responseId);
    expect(own.answers["equality-age"]).toEqual({ optionKey: "age-35-44" });
    // A colleague with the same permission does not see what was typed, nor open the page.
    const theirs = await getEnteredResponse(colleague, fixture.consultationId, responseId);
    expect(Object.keys(theirs.answers).some((k) => k.startsWith("equality-"))).toBe(false);
    await expect(
      page(colleague, fixture, responseId, "equality-about-you", [["equality-age", "age-18-24"]]),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    // Saved by the colleague: nothing typed is dropped.
    expect(
      await submitEnteredResponse(colleague, { consultationId: fixture.consultationId, responseId }),
    ).toMatchObject({ ok: true });
    const stored = await db().equalityMonitoring.findUniqueOrThrow({ where: { responseId } });
    expect(stored.answers).toMatchObject({
      "equality-age": { optionKey: "age-35-44" },
      "equality-sex": { optionKey: "female" },
    });

    // Once saved, nobody sees them per response, the typist included, and the page stays shut.
    const saved = await getEnteredResponse(typist, fixture.consultationId, responseId);
    expect(Object.keys(saved.answers).some((k) => k.startsWith("equality-"))).toBe(false);
    await expect(
      page(typist, fixture, responseId, "equality-about-you", [["equality-age", "age-18-24"]]),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Changing another page of the saved response keeps them.
    expect(await enterAboutYou(typist, fixture, responseId, "parent-carer")).toMatchObject({ ok: true });
    expect((await db().equalityMonitoring.findUniqueOrThrow({ where: { responseId } })).answers).toMatchObject({
      "equality-age": { optionKey: "age-35-44" },
    });
  });
});

describe("control characters in typed answers (issue #15)", () => {
  it("refuses a NUL byte with a specific message and keeps what was saved", async () => {
    const fixture = await createConsultation();
    const staff = await staffMember();
    const { responseId } = await startEnteredResponse(staff, details(fixture));
    await enterAboutYou(staff, fixture, responseId);
    const refused = await saveEnteredSection(staff, {
      consultationId: fixture.consultationId,
      responseId,
      sectionKey: "final",
      versionId: fixture.versionId,
      entries: [["anything-else", "before\u0000after"]],
      mode: "continue",
    });
    expect(refused.ok).toBe(false);
    expect(Object.values(refused.ok ? {} : refused.fieldErrors).join(" ")).toMatch(/hidden control character/);
    expect(await db().answer.count({ where: { responseId, questionKey: "anything-else" } })).toBe(0);
    expect(await db().answer.count({ where: { responseId } })).toBeGreaterThan(0);
  });
});

describe("a response entered after the retention schedule has cleared its consultation (issue #21)", () => {
  it("opens the consultation's finished steps again, so the next daily run clears it too", async () => {
    const fixture = await createConsultation();
    const staff = await staffMember();
    const done = new Date();
    await db().consultationRetention.create({
      data: {
        consultationId: fixture.consultationId,
        draftsDoneAt: done,
        equalityDoneAt: done,
        freeTextDoneAt: done,
        contactsDoneAt: done,
        filesDoneAt: done,
      },
    });
    const { responseId } = await startEnteredResponse(
      staff,
      details(fixture, { lateReason: "Paper form found after the outcome" }),
    );
    expect((await enterAboutYou(staff, fixture, responseId)).ok).toBe(true);
    expect((await submitEnteredResponse(staff, { consultationId: fixture.consultationId, responseId })).ok).toBe(true);
    expect(
      await db().consultationRetention.findUniqueOrThrow({ where: { consultationId: fixture.consultationId } }),
    ).toMatchObject({
      draftsDoneAt: null,
      equalityDoneAt: null,
      freeTextDoneAt: null,
      contactsDoneAt: null,
      filesDoneAt: null,
    });
    // Test files share one database: leave no retention state for the scan test's daily run.
    await db().consultationRetention.delete({ where: { consultationId: fixture.consultationId } });
  });
});
