// A consultation with responses that stress the exports: Welsh, emoji, newlines, quotes, commas,
// a formula, personal data in free text, three formats/channels, a draft that must be left out,
// a stored redacted copy and an accepted theme.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { StaffPrincipal, TRole } from "@/lib/permissions/permissions";
import { EXPORT_DEFINITION } from "@/lib/exports/export-fixtures";
import { createConsultation } from "../respond/respond-fixtures";

export const WELSH = 'Mae\'r clwb gwyliau\'n wych 👍🏽, "diolch"\nAil linell — ŵ ŷ, commas, and "quotes"';
export const EMAIL = "jo.bloggs@example.com";
export const PHONE = "07700 900123";
export const PERSONAL = `Call me on ${PHONE} or email ${EMAIL} please`;
export const FORMULA = '=HYPERLINK("http://evil.example","click")';
export const THEME = "Holiday club places";

export async function staffMember(role: TRole): Promise<StaffPrincipal> {
  const u = await db().user.create({
    data: {
      email: `exports-${role.toLowerCase()}-${crypto.randomBytes(4).toString("hex")}@council.example`,
      name: `Exports ${role}`,
      role,
    },
  });
  return { id: u.id, email: u.email, name: u.name, role };
}

export async function exportConsultation() {
  const f = await createConsultation({ definition: EXPORT_DEFINITION });
  const base = {
    consultationId: f.consultationId,
    versionId: f.versionId,
    status: "SUBMITTED" as const,
    submittedAt: new Date("2026-03-02T10:00:00Z"),
  };
  const add = async (
    data: Record<string, unknown>,
    answers: { questionKey: string; optionKeys?: string[]; text?: string; number?: number }[],
  ) => {
    const r = await db().response.create({
      data: { ...base, reference: `SB-${crypto.randomBytes(3).toString("hex").toUpperCase()}`, ...data } as never,
    });
    const ids: Record<string, string> = {};
    for (const a of answers)
      ids[a.questionKey] = (await db().answer.create({ data: { responseId: r.id, optionKeys: [], ...a } })).id;
    return { id: r.id, reference: r.reference as string, answerIds: ids };
  };
  const online = await add({ format: "STANDARD", channel: "ONLINE", respondentType: "parent-carer" }, [
    { questionKey: "who", optionKeys: ["parent-carer"] },
    { questionKey: "uses", optionKeys: ["club", "other"], text: "Nain's, sometimes" },
    { questionKey: "age", number: 42 },
    { questionKey: "where", text: "HP20 1UA" },
    { questionKey: "why", text: WELSH },
  ]);
  await db().respondentContact.create({ data: { responseId: online.id, email: EMAIL, name: "Jo Bloggs" } });
  const easyRead = await add({ format: "EASY_READ", channel: "ONLINE", respondentType: "young-person" }, [
    { questionKey: "uses", optionKeys: ["camp"] },
    { questionKey: "why", text: PERSONAL },
  ]);
  const paper = await add({ format: "STANDARD", channel: "PAPER", respondentType: "carer" }, [
    { questionKey: "why", text: FORMULA },
  ]);
  await add({ format: "STANDARD", channel: "ONLINE", status: "DRAFT", submittedAt: null, reference: null }, [
    { questionKey: "why", text: "draft only" },
  ]);
  // A themes run stored a redacted copy of the paper answer, and an officer accepted a theme on the online one.
  await db().redactedAnswer.create({
    data: {
      answerId: paper.answerIds.why,
      consultationId: f.consultationId,
      questionKey: "why",
      text: "[formula kept as text]",
      redactedAt: new Date(),
    },
  });
  const codebook = await db().codebook.create({
    data: { consultationId: f.consultationId, questionKey: "why", createdAt: new Date() },
  });
  await db().codebookVersion.create({
    data: {
      codebookId: codebook.id,
      number: 1,
      codes: [{ id: "c1", name: THEME, description: "Clubs", examples: [], origin: "MANUAL" }],
      note: "Added",
      createdAt: new Date(),
    },
  });
  await db().themeAssignment.create({
    data: {
      codebookId: codebook.id,
      answerId: online.answerIds.why,
      codeId: "c1",
      score: 1,
      confidence: 1,
      evidence: {},
      assignedBy: "OFFICER",
      status: "ACCEPTED",
      versionNumber: 1,
    },
  });
  return { ...f, online, easyRead, paper };
}
