// Secrets that stand in for an account: the draft token in the respondent's cookie, the
// receipt token in their email and single-use resume links. Only SHA-256 hashes are stored,
// so a copy of the database cannot be used to open anyone's response (issue #6).
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url: 43 characters, safe in cookies and URL paths. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps for a token: its SHA-256, in hex. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * A second secret computed from the draft token, for one purpose. The receipt link and the
 * submission key are derived rather than stored, so a retried submit (same cookie) finds the
 * same response and the same key without the server remembering anything between requests.
 * SHA-256 is one-way: knowing a derived token never reveals the draft token.
 */
export function deriveToken(token: string, purpose: "receipt" | "submission"): string {
  return createHash("sha256").update(`hys-${purpose}:${token}`, "utf8").digest("base64url");
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Rejects anything that is not a token we could have issued, before touching the database. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === "string" && TOKEN_SHAPE.test(value);
}
