// Save and return (single-use links that expire at close), and the receipt link's change and
// withdraw, each keeping the state before as a revision (issue #6, items 3 and 5).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { deriveToken } from "@/lib/respond/tokens";
import { getReceipt, startChange, withdrawResponse } from "@/lib/services/respond/receipts";
import { checkResumeLink, requestResumeLink, resumeWithLink } from "@/lib/services/respond/resume-links";
import { findResponseForDraftToken } from "@/lib/services/respond/response-access";
import { getRespondentConsultation } from "@/lib/services/respond/respondent-consultation";
import { saveSection } from "@/lib/services/respond/save-section";
import { startDraft } from "@/lib/services/respond/start-draft";
import { submissionKeyFor, submitResponse } from "@/lib/services/respond/submit-response";
import { createConsultation, pageEntries, storedResponse, type TFixture } from "./respond-fixtures";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

/** The resume link in the queued email, as the respondent would click it. */
async function emailedToken(to: string): Promise<string> {
  const mail = await db().emailOutbox.findFirstOrThrow({
    where: { to, kind: "resume-link" },
    orderBy: { createdAt: "desc" },
  });
  return /\/respond\/resume\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
}

async function sentResponse(fixture: TFixture, email: string) {
  const { draftToken, responseId } = await startDraft(fixture.slug);
  const save = (sectionKey: string, answers: Record<string, unknown>) =>
    saveSection({
      slug: fixture.slug,
      draftToken,
      sectionKey,
      versionId: fixture.versionId,
      entries: pageEntries(sectionKey, answers as never),
      mode: "continue",
    });
  await save("about-you", { "respondent-type": { optionKey: "parent-carer" } });
  await save("fees", { "fees-agree": "agree" });
  const result = await submitResponse({
    slug: fixture.slug,
    draftToken,
    submissionKey: submissionKeyFor(draftToken),
    versionId: fixture.versionId,
    receipt: { email, wantsUpdates: true },
  });
  if (!result.ok) throw new Error("not sent");
  return {
    draftToken,
    responseId,
    reference: result.reference,
    receiptToken: deriveToken(draftToken, "receipt"),
    save,
  };
}

describe("save and come back later", () => {
  it("emails a single-use link that opens the draft in another browser, on the next page to answer", async () => {
    const fixture = await createConsultation();
    const { draftToken, responseId } = await startDraft(fixture.slug);
    await saveSection({
      slug: fixture.slug,
      draftToken,
      sectionKey: "about-you",
      versionId: fixture.versionId,
      entries: [["respondent-type", "young-person"]],
      mode: "save-later",
    });
    await requestResumeLink({ slug: fixture.slug, draftToken, email: "resume@example.com" });
    const token = await emailedToken("resume@example.com");
    expect((await storedResponse(responseId)).resumeTokens[0].expiresAt).toEqual(
      (await db().consultation.findUniqueOrThrow({ where: { id: fixture.consultationId } })).closesAt,
    );

    expect(await checkResumeLink({ slug: fixture.slug, token })).toBe("ready");
    const resumed = await resumeWithLink({ slug: fixture.slug, token });
    expect(resumed.pageSlug).toBe("vision");
    const consultation = await getRespondentConsultation(fixture.slug);
    expect((await findResponseForDraftToken(consultation, resumed.draftToken))?.id).toBe(responseId);
    // The old browser's token no longer opens it; the link does not work twice.
    expect(await findResponseForDraftToken(consultation, draftToken)).toBeNull();
    expect(await checkResumeLink({ slug: fixture.slug, token })).toBe("used");
    expect(await codeOf(resumeWithLink({ slug: fixture.slug, token }))).toBe("NOT_FOUND");
  });

  it("stops a link working when a newer one is sent, when it is tampered with, and at closing", async () => {
    const fixture = await createConsultation();
    const { draftToken } = await startDraft(fixture.slug);
    await requestResumeLink({ slug: fixture.slug, draftToken, email: "twice@example.com" });
    const first = await emailedToken("twice@example.com");
    await requestResumeLink({ slug: fixture.slug, draftToken, email: "twice@example.com" });
    const second = await emailedToken("twice@example.com");
    expect(await checkResumeLink({ slug: fixture.slug, token: first })).toBe("used");
    expect(
      await checkResumeLink({ slug: fixture.slug, token: `${second.slice(0, -1)}${second.endsWith("A") ? "B" : "A"}` }),
    ).toBe("invalid");
    expect(await checkResumeLink({ slug: fixture.slug, token: "../../etc" })).toBe("invalid");

    await db().resumeToken.updateMany({
      where: { usedAt: null, response: { consultationId: fixture.consultationId } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await checkResumeLink({ slug: fixture.slug, token: second })).toBe("expired");
    expect(await codeOf(resumeWithLink({ slug: fixture.slug, token: second }))).toBe("NOT_FOUND");
  });

  it("does not open a link from another consultation", async () => {
    const one = await createConsultation();
    const other = await createConsultation();
    const { draftToken } = await startDraft(one.slug);
    await requestResumeLink({ slug: one.slug, draftToken, email: "cross@example.com" });
    const token = await emailedToken("cross@example.com");
    expect(await checkResumeLink({ slug: other.slug, token })).toBe("invalid");
    expect(await codeOf(resumeWithLink({ slug: other.slug, token }))).toBe("NOT_FOUND");
  });
});

describe("the receipt link", () => {
  it("changes a sent response, keeping the reference and the previous answers as a revision", async () => {
    const fixture = await createConsultation();
    const sent = await sentResponse(fixture, "change@example.com");
    const receipt = await getReceipt({ slug: fixture.slug, receiptToken: sent.receiptToken });
    expect(receipt.response).toMatchObject({ id: sent.responseId, mode: "submitted", reference: sent.reference });

    const { draftToken } = await startChange({ slug: fixture.slug, receiptToken: sent.receiptToken });
    const changeSave = (sectionKey: string, answers: Record<string, unknown>) =>
      saveSection({
        slug: fixture.slug,
        draftToken,
        sectionKey,
        versionId: fixture.versionId,
        entries: pageEntries(sectionKey, answers as never),
        mode: "continue",
      });
    await changeSave("fees", { "fees-agree": "strongly-disagree", "fees-why": "Too expensive." });
    // Still counted as sent while it is being changed.
    expect((await storedResponse(sent.responseId)).status).toBe("SUBMITTED");
    const again = await submitResponse({
      slug: fixture.slug,
      draftToken,
      submissionKey: submissionKeyFor(draftToken),
      versionId: fixture.versionId,
      receipt: { email: "change@example.com", wantsUpdates: true },
    });
    expect(again).toEqual({ ok: true, reference: sent.reference });

    const stored = await storedResponse(sent.responseId);
    expect(stored).toMatchObject({ status: "SUBMITTED", reference: sent.reference, draftTokenHash: null });
    expect(stored.answers.find((a) => a.questionKey === "fees-agree")?.optionKeys).toEqual(["strongly-disagree"]);
    expect(stored.revisions).toHaveLength(1);
    expect(stored.revisions[0]).toMatchObject({
      kind: "CHANGED",
      previous: { status: "SUBMITTED", reference: sent.reference },
    });
    const previousFees = (
      stored.revisions[0].previous as { answers: { questionKey: string; optionKeys: string[] }[] }
    ).answers.find((a) => a.questionKey === "fees-agree");
    expect(previousFees?.optionKeys).toEqual(["agree"]);
    expect(await db().emailOutbox.count({ where: { to: "change@example.com", kind: "response-changed" } })).toBe(1);
    // The new receipt link works; the old one has been replaced.
    expect(
      (await getReceipt({ slug: fixture.slug, receiptToken: deriveToken(draftToken, "receipt") })).response?.id,
    ).toBe(sent.responseId);
    expect((await getReceipt({ slug: fixture.slug, receiptToken: sent.receiptToken })).response).toBeNull();
  });

  it("withdraws a sent response with a revision and a confirmation email", async () => {
    const fixture = await createConsultation();
    const sent = await sentResponse(fixture, "withdraw@example.com");
    await withdrawResponse({ slug: fixture.slug, receiptToken: sent.receiptToken });
    await withdrawResponse({ slug: fixture.slug, receiptToken: sent.receiptToken }).catch(() => undefined);
    const stored = await storedResponse(sent.responseId);
    expect(stored.status).toBe("WITHDRAWN");
    expect(stored.withdrawnAt).toBeInstanceOf(Date);
    expect(stored.revisions.map((r) => r.kind)).toEqual(["WITHDRAWN"]);
    expect(stored.revisions[0].previous).toMatchObject({ status: "SUBMITTED", reference: sent.reference });
    expect(await db().emailOutbox.count({ where: { to: "withdraw@example.com", kind: "response-withdrawn" } })).toBe(1);
    expect((await getReceipt({ slug: fixture.slug, receiptToken: sent.receiptToken })).response?.mode).toBe(
      "withdrawn",
    );
    expect(await codeOf(startChange({ slug: fixture.slug, receiptToken: sent.receiptToken }))).toBe("NOT_FOUND");
  });

  it("cannot change or withdraw after closing", async () => {
    const fixture = await createConsultation();
    const sent = await sentResponse(fixture, "late@example.com");
    await db().consultation.update({
      where: { id: fixture.consultationId },
      data: { closedEarlyAt: new Date(Date.now() - 1000) },
    });
    expect(await codeOf(startChange({ slug: fixture.slug, receiptToken: sent.receiptToken }))).toBe(
      "CONSULTATION_CLOSED",
    );
    expect(await codeOf(withdrawResponse({ slug: fixture.slug, receiptToken: sent.receiptToken }))).toBe(
      "CONSULTATION_CLOSED",
    );
    expect((await storedResponse(sent.responseId)).status).toBe("SUBMITTED");
  });
});
