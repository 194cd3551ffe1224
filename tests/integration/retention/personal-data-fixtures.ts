// Known personal data in every field that can hold it (issue #21 "Scan test"), on a consultation
// made by the findings report fixture: contact names and emails, phones, postcodes and NI numbers
// in free text, equality answers with "Other" text, drawings, a scanned paper original, an update
// subscription, resume tokens, an earlier version of a changed response, an imported file, sent
// emails, an unfinished draft and expired staff sign-in tokens. Each value carries a tag, so two
// consultations' values never match each other.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { fileStorage } from "@/lib/storage/storage";

export type TSeeded = {
  /** Every value that must be gone after the schedule, searched for in every column. */
  values: string[];
  responseIds: string[];
};

const hash = (s: string) => createHash("sha256").update(s).digest("hex");

/** A tiny PNG with the marker in a tEXt chunk: the bytes a drawing's chunk would hold. */
function pngWith(marker: string): Buffer {
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([head, Buffer.from(`tEXtComment\0${marker}`), Buffer.alloc(64, 1)]);
}

export async function seedPersonalData(consultationId: string, tag: string): Promise<TSeeded> {
  const n = tag.length * 7 + tag.charCodeAt(0);
  const surname = `Hallor${tag}`;
  const name = `Priya ${surname}`;
  const email = `priya.${tag.toLowerCase()}@example.org`;
  const phone = `07700 900${String(100 + (n % 800)).padStart(3, "0")}`;
  const postcode = tag === "A" ? "HP19 8FF" : "MK18 1AA";
  const ni = tag === "A" ? "JT 12 34 56 C" : "AB 65 43 21 D";
  const otherEthnicity = `Seededheritage${tag}`;
  const drawingMarker = `DRAWING-SEED-${tag}-7f3a`;
  const scanMarker = `SCAN-SEED-${tag}-91bc`;
  const subscriber = `updates.${tag.toLowerCase()}@example.net`;
  const importedName = `Imported ${tag}person`;
  const staffEmail = `expired.${tag.toLowerCase()}@council.example`;

  const responses = await db().response.findMany({
    where: { consultationId, status: "SUBMITTED" },
    orderBy: { submittedAt: "asc" },
    take: 3,
  });
  const [first, second, third] = responses;
  const freeText = `My name is ${name}. Ring me on ${phone}, I live at ${postcode}, NI ${ni}, or write to ${email}`;
  // Free text: the first response's "why" answer gains every kind; the second's names its writer.
  const firstWhy = await db().answer.findUnique({
    where: { responseId_questionKey: { responseId: first.id, questionKey: "why" } },
  });
  await db().answer.upsert({
    where: { responseId_questionKey: { responseId: first.id, questionKey: "why" } },
    create: { responseId: first.id, questionKey: "why", text: freeText },
    update: { text: `${firstWhy?.text ?? ""} ${freeText}` },
  });
  await db().answer.upsert({
    where: { responseId_questionKey: { responseId: second.id, questionKey: "why" } },
    create: { responseId: second.id, questionKey: "why", text: `${surname} here: transport is too far` },
    update: { text: `${surname} here: transport is too far` },
  });
  await db().respondentContact.create({ data: { responseId: first.id, email, name, wantsUpdates: true } });
  await db().respondentContact.create({
    data: { responseId: second.id, email: `second.${email}`, name: `Dev ${surname}` },
  });
  await db().equalityMonitoring.update({
    where: { responseId: first.id },
    data: {
      answers: {
        "equality-sex": { optionKey: "female" },
        "equality-ethnicity": { optionKey: "other", text: otherEthnicity },
      },
    },
  });
  await db().response.update({ where: { id: first.id }, data: { receiptTokenHash: hash(`receipt-${tag}`) } });
  await db().resumeToken.create({
    data: { responseId: first.id, tokenHash: hash(`resume-${tag}`), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await db().responseRevision.create({
    data: { responseId: first.id, kind: "CHANGED", previous: { why: `Earlier words from ${name} at ${phone}` } },
  });

  const drawingKey = `drawings/${first.id.toLowerCase()}/seed.png`;
  await fileStorage().put(drawingKey, pngWith(drawingMarker));
  await db().answerAttachment.create({
    data: {
      responseId: third.id,
      questionKey: "why",
      sourceQuestionKey: "why",
      fileName: `${surname}-drawing.png`,
      mimeType: "image/png",
      sizeBytes: 80,
      storageKey: drawingKey,
    },
  });
  const scanKey = `responses/${consultationId.toLowerCase()}/seed.pdf`;
  await fileStorage().put(scanKey, Buffer.from(`%PDF-1.4 ${scanMarker} ${name}`));
  await db().response.update({
    where: { id: third.id },
    data: {
      scanStorageKey: scanKey,
      scanFileName: `${surname}-paper.pdf`,
      scanMimeType: "application/pdf",
      scanSizeBytes: 40,
    },
  });

  await db().outcomeSubscription.create({
    data: { consultationId, email: subscriber, tokenHash: hash(`sub-${tag}`), confirmedAt: new Date() },
  });
  // An unfinished draft with its own contact and words.
  const draft = await db().response.create({
    data: {
      consultationId,
      versionId: first.versionId,
      format: "STANDARD",
      status: "DRAFT",
      draftTokenHash: hash(`draft-${tag}`),
    },
  });
  await db().answer.create({
    data: { responseId: draft.id, questionKey: "why", text: `Draft by ${name}, unfinished` },
  });
  await db().respondentContact.create({ data: { responseId: draft.id, email: `draft.${email}`, name } });

  const user = await db().user.findFirstOrThrow();
  await db().responseImport.create({
    data: {
      consultationId,
      versionId: first.versionId,
      channel: "PAPER",
      fileName: "paper.csv",
      fileSha256: hash(tag),
      status: "IMPORTED",
      table: { headers: ["name", "comment"], rows: [[importedName, `Comment by ${importedName}`]], rowNumbers: [2] },
      rowCount: 1,
      report: {
        rows: 1,
        valid: 1,
        invalid: 0,
        duplicates: 0,
        errorCount: 0,
        errors: [{ row: 2, message: `Value ${importedName}` }],
        checkedAt: new Date().toISOString(),
      },
      createdById: user.id,
    },
  });
  const old = new Date(Date.now() - 60 * 86_400_000);
  await db().emailOutbox.create({
    data: {
      to: email,
      subject: "Your response",
      text: `Dear ${name}, thank you.`,
      kind: "receipt",
      status: "SENT",
      sentAt: old,
      createdAt: old,
    },
  });
  await db().verificationToken.create({ data: { identifier: staffEmail, token: hash(`vt-${tag}`), expires: old } });
  const staff = await db().user.create({ data: { email: `holder.${tag.toLowerCase()}@council.example` } });
  await db().session.create({ data: { sessionToken: `expired-session-${tag}`, userId: staff.id, expires: old } });

  return {
    values: [
      name,
      surname,
      email,
      phone,
      postcode,
      ni,
      otherEthnicity,
      drawingMarker,
      scanMarker,
      subscriber,
      importedName,
      staffEmail,
      `expired-session-${tag}`,
      hash(`receipt-${tag}`),
      hash(`resume-${tag}`),
    ],
    responseIds: [first.id, second.id, third.id],
  };
}
