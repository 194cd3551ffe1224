// Submitting exactly once (issue #6, item 4): a repeated key, concurrent submits, a retry
// after the first succeeded, and the back button all give one SUBMITTED response and one reference.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveSection } from "@/lib/services/respond/save-section";
import { startDraft } from "@/lib/services/respond/start-draft";
import { submissionKeyFor, submitResponse } from "@/lib/services/respond/submit-response";
import { createConsultation, type TFixture } from "./respond-fixtures";

async function readyDraft(fixture: TFixture) {
  const { draftToken, responseId } = await startDraft(fixture.slug);
  await saveSection({
    slug: fixture.slug,
    draftToken,
    sectionKey: "about-you",
    versionId: fixture.versionId,
    entries: [["respondent-type", "parent-carer"]],
    mode: "continue",
  });
  const submit = (email?: string) =>
    submitResponse({
      slug: fixture.slug,
      draftToken,
      submissionKey: submissionKeyFor(draftToken),
      versionId: fixture.versionId,
      receipt: { email, wantsUpdates: false },
    });
  return { draftToken, responseId, submit };
}

const submittedCount = (consultationId: string) =>
  db().response.count({ where: { consultationId, status: "SUBMITTED" } });

describe("submitting exactly once", () => {
  it("gives the same reference when the same key is sent twice", async () => {
    const fixture = await createConsultation();
    const { submit } = await readyDraft(fixture);
    const first = await submit();
    const second = await submit();
    expect(first.ok && second.ok && first.reference === second.reference).toBe(true);
    expect(await submittedCount(fixture.consultationId)).toBe(1);
  });

  it("lets exactly one of several concurrent submits through", async () => {
    const fixture = await createConsultation();
    const { submit, responseId } = await readyDraft(fixture);
    const results = await Promise.all([
      submit("a@example.com"),
      submit("a@example.com"),
      submit("a@example.com"),
      submit("a@example.com"),
    ]);
    const references = new Set(results.map((r) => (r.ok ? r.reference : "failed")));
    expect(references.size).toBe(1);
    expect([...references][0]).toMatch(/^SB-/);
    expect(await submittedCount(fixture.consultationId)).toBe(1);
    // One receipt, not four.
    expect(
      await db().emailOutbox.count({
        where: { to: "a@example.com", kind: "response-receipt", text: { contains: [...references][0] } },
      }),
    ).toBe(1);
    expect((await db().response.findUniqueOrThrow({ where: { id: responseId } })).reference).toBe([...references][0]);
  });

  it("answers a retry with the key alone, even after the consultation has closed", async () => {
    const fixture = await createConsultation();
    const { draftToken, submit } = await readyDraft(fixture);
    const first = await submit();
    await db().consultation.update({
      where: { id: fixture.consultationId },
      data: { closedEarlyAt: new Date(Date.now() - 1000) },
    });
    const retry = await submitResponse({
      slug: fixture.slug,
      draftToken: undefined,
      submissionKey: submissionKeyFor(draftToken),
      versionId: fixture.versionId,
      receipt: { wantsUpdates: false },
    });
    expect(retry).toEqual(first);
  });

  it("keeps two people's responses apart", async () => {
    const fixture = await createConsultation();
    const one = await readyDraft(fixture);
    const two = await readyDraft(fixture);
    const [a, b] = await Promise.all([one.submit(), two.submit()]);
    expect(a.ok && b.ok && a.reference !== b.reference).toBe(true);
    expect(await submittedCount(fixture.consultationId)).toBe(2);
  });
});
