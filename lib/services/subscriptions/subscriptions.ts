// Email updates on a consultation's outcome (issue #4 §4): double opt-in, one-click unsubscribe.
// Nothing here says whether an address is already subscribed, so the form cannot be used to
// find out who follows a consultation. Requests are limited per address and per IP, and an
// address with a confirmation still waiting gets no second one within a day, so the form cannot
// flood an inbox (issue #15); the page says the same whatever happened.
import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { consumeUpdatesRequest } from "@/lib/rate-limit/mail-request-limits";
import { deliverQueuedMail } from "./deliver-mail";
import { confirmMail } from "@/lib/email/templates/subscription-emails";
import { hashToken, newToken } from "./tokens";
import { PUBLIC_STAGES } from "@/lib/consultations/status";

/** A confirmation sent within this window and not yet used is not sent again. */
export const CONFIRMATION_RESEND_AFTER_MS = 24 * 60 * 60 * 1000;

export async function subscribeToOutcome(
  input: { slug: string; email: string },
  requester: { ip: string },
): Promise<{ slug: string }> {
  await consumeUpdatesRequest(input.email, requester.ip);
  const c = await db().consultation.findFirst({
    where: { slug: input.slug, stage: { in: [...PUBLIC_STAGES] } },
    select: { id: true, slug: true, title: true },
  });
  if (!c) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const email = input.email.trim().toLowerCase();
  const token = newToken();
  const at = now();
  const outboxId = await db().$transaction(async (tx) => {
    const existing = await tx.outcomeSubscription.findUnique({
      where: { consultationId_email: { consultationId: c.id, email } },
    });
    if (existing?.confirmedAt && !existing.unsubscribedAt) return null;
    // The link already sent still works (its token is kept), so a repeat sends nothing.
    const pending =
      existing &&
      !existing.unsubscribedAt &&
      existing.confirmSentAt &&
      at.getTime() - existing.confirmSentAt.getTime() < CONFIRMATION_RESEND_AFTER_MS;
    if (pending) return null;
    await tx.outcomeSubscription.upsert({
      where: { consultationId_email: { consultationId: c.id, email } },
      create: { consultationId: c.id, email, tokenHash: hashToken(token), createdAt: at, confirmSentAt: at },
      update: { tokenHash: hashToken(token), confirmedAt: null, unsubscribedAt: null, confirmSentAt: at },
    });
    const row = await tx.emailOutbox.create({
      data: { ...confirmMail(c, email, token), kind: "outcome.confirm", createdAt: at, nextAttemptAt: at },
      select: { id: true },
    });
    return row.id;
  });
  if (outboxId) await deliverQueuedMail([outboxId]);
  return { slug: c.slug };
}

async function bySlugAndToken(slug: string, token: string) {
  if (!token) return null;
  const s = await db().outcomeSubscription.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { consultation: { select: { slug: true, title: true } } },
  });
  return s && s.consultation.slug === slug ? s : null;
}

/**
 * What the emailed confirm link shows, changing nothing: mail scanners open links, so only
 * pressing the page's button (a POST) confirms. Null for an unknown or stopped link.
 */
export async function findSubscriptionToConfirm(
  slug: string,
  token: string,
): Promise<{ title: string; confirmed: boolean } | null> {
  const s = await bySlugAndToken(slug, token);
  return s && !s.unsubscribedAt ? { title: s.consultation.title, confirmed: Boolean(s.confirmedAt) } : null;
}

/** Confirms the address (the button's POST); returns the consultation's title, or null for an unknown link. */
export async function confirmSubscription(slug: string, token: string): Promise<{ title: string } | null> {
  const s = await bySlugAndToken(slug, token);
  if (!s || s.unsubscribedAt) return null;
  if (!s.confirmedAt) await db().outcomeSubscription.update({ where: { id: s.id }, data: { confirmedAt: now() } });
  return { title: s.consultation.title };
}

export async function unsubscribe(slug: string, token: string): Promise<{ title: string } | null> {
  const s = await bySlugAndToken(slug, token);
  if (!s) return null;
  if (!s.unsubscribedAt)
    await db().outcomeSubscription.update({ where: { id: s.id }, data: { unsubscribedAt: now() } });
  return { title: s.consultation.title };
}
