// Outgoing mail. SMTP_URL set: that server. Not set: each message is written to
// DATA_DIR/mail as an .eml file and logged, so development never needs a mail server.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

let transporter: Transporter | undefined;

function transport(): Transporter {
  if (transporter) return transporter;
  const { SMTP_URL } = env();
  transporter = SMTP_URL
    ? nodemailer.createTransport(SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

/** Sends one message; returns the message id. Throws if the server refuses it. */
export async function sendMail(mail: OutgoingMail): Promise<string> {
  const { MAIL_FROM, SMTP_URL, DATA_DIR } = env();
  const info = await transport().sendMail({ from: MAIL_FROM, ...mail });
  if (!SMTP_URL) {
    const dir = path.join(DATA_DIR, "mail");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(
      dir,
      `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^a-z0-9]/gi, "")}.eml`,
    );
    fs.writeFileSync(file, (info as unknown as { message: Buffer }).message);
    console.info(`[mail] "${mail.subject}" to ${mail.to} written to ${file}`);
  }
  return info.messageId;
}
