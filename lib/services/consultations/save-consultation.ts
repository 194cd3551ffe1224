// Officers create, edit and duplicate consultations (issue #4 §1). Each change and its one
// audit row commit together. Editing a consultation the public can already see is audited
// as "editAfterOpen" so a reviewer can find every change made while people were responding.
import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TConsultationInput } from "@/lib/validation/consultation";
import { ownerLabel, requireEligibleOwner } from "./owners";
import type { Audience, Prisma } from "@/lib/generated/prisma/client";

const slugTaken = () =>
  new AppError("CONFLICT", undefined, { slug: ["Another consultation already uses this web address"] });
const isUnique = (e: unknown) => (e as { code?: unknown })?.code === "P2002";

function columns(input: TConsultationInput) {
  const { proposals: _p, topics: _t, ownerId: _o, audiences, ...rest } = input;
  // Contact columns are required in the table; an empty one fails the publish checklist instead.
  return {
    ...rest,
    contactRole: rest.contactRole ?? "",
    contactEmail: rest.contactEmail ?? "",
    audiences: audiences as Audience[],
  };
}

const children = (input: TConsultationInput) => ({
  proposals: { create: input.proposals.map((p, position) => ({ ...p, position })) },
  topics: { create: input.topics.map((label, position) => ({ label, position, code: `t${position + 1}` })) },
});

export async function createConsultation(
  actor: StaffPrincipal | null,
  input: TConsultationInput,
): Promise<{ id: string }> {
  const staff = requirePermission(actor, "consultation.create");
  try {
    return await db().$transaction(async (tx) => {
      const ownerId = input.ownerId ? (await requireEligibleOwner(tx, input.ownerId)).id : staff.id;
      const created = await tx.consultation.create({
        data: { ...columns(input), ...children(input), owner: { connect: { id: ownerId } }, createdAt: now() },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor: staff,
        action: "consultation.create",
        targetType: "Consultation",
        targetId: created.id,
        detail: input.title,
      });
      return created;
    });
  } catch (error) {
    if (isUnique(error)) throw slugTaken();
    throw error;
  }
}

export async function updateConsultation(
  actor: StaffPrincipal | null,
  id: string,
  input: TConsultationInput,
): Promise<{ id: string }> {
  const staff = requirePermission(actor, "consultation.edit");
  const existing = await db().consultation.findUnique({
    where: { id },
    select: { stage: true, opensAt: true, closesAt: true, originalClosesAt: true, ownerId: true },
  });
  if (!existing) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const live = existing.stage !== "DRAFT";
  const data: Prisma.ConsultationUpdateInput = { ...columns(input) };
  // Once published, dates move only through "extend" and "close early", which are logged publicly.
  if (live) {
    data.opensAt = existing.opensAt;
    data.closesAt = existing.closesAt;
  }
  try {
    return await db().$transaction(async (tx) => {
      // Only a change of owner is checked: keeping an owner since deactivated must not block edits.
      const newOwner =
        input.ownerId && input.ownerId !== existing.ownerId ? await requireEligibleOwner(tx, input.ownerId) : null;
      if (newOwner) data.owner = { connect: { id: newOwner.id } };
      await tx.proposal.deleteMany({ where: { consultationId: id } });
      await tx.topic.deleteMany({ where: { consultationId: id } });
      await tx.consultation.update({ where: { id }, data: { ...data, ...children(input) } });
      await recordAuditEvent(tx, {
        actor: staff,
        action: live ? "consultation.editAfterOpen" : "consultation.edit",
        targetType: "Consultation",
        targetId: id,
        detail: newOwner ? `${input.title}; owner changed to ${ownerLabel(newOwner)}` : input.title,
      });
      return { id };
    });
  } catch (error) {
    if (isUnique(error)) throw slugTaken();
    throw error;
  }
}

/** A new draft copied from an earlier consultation: text, contacts and proposals, not dates' history, documents or responses. */
export async function duplicateConsultation(actor: StaffPrincipal | null, id: string): Promise<{ id: string }> {
  const staff = requirePermission(actor, "consultation.create");
  const source = await db().consultation.findUnique({ where: { id }, include: { proposals: true, topics: true } });
  if (!source) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const suffix = now().getTime().toString(36);
  return db().$transaction(async (tx) => {
    const copy = await tx.consultation.create({
      data: {
        slug: `${source.slug}-copy-${suffix}`.slice(0, 80),
        title: `Copy of ${source.title}`.slice(0, 200),
        summary: source.summary,
        body: source.body,
        reasons: source.reasons,
        audiences: source.audiences,
        isServiceChange: source.isServiceChange,
        opensAt: source.opensAt,
        closesAt: source.closesAt,
        referencePrefix: source.referencePrefix,
        partners: source.partners,
        contactRole: source.contactRole,
        contactEmail: source.contactEmail,
        contactPhone: source.contactPhone,
        contactAddress: source.contactAddress,
        otherWaysToRespond: source.otherWaysToRespond,
        helpToTakePart: source.helpToTakePart,
        privacyNotice: source.privacyNotice,
        promotionNotes: source.promotionNotes,
        decisionMaker: source.decisionMaker,
        keyDecision: source.keyDecision,
        forwardPlanReference: source.forwardPlanReference,
        ownerId: staff.id,
        proposals: {
          create: source.proposals.map(({ position, title, description, reasons }) => ({
            position,
            title,
            description,
            reasons,
          })),
        },
        topics: {
          create: source.topics.map(({ code, label, description, position }) => ({
            code,
            label,
            description,
            position,
          })),
        },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: staff,
      action: "consultation.duplicate",
      targetType: "Consultation",
      targetId: copy.id,
      detail: `Copied from ${source.slug}`,
    });
    return copy;
  });
}
