// Links in subscription emails carry a random token; only its SHA-256 is stored.
import "server-only";
import crypto from "node:crypto";

export const newToken = () => crypto.randomBytes(24).toString("base64url");
export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
