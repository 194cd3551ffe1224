// Shared plumbing for our command-line scripts: plain-English one-line failures, no stack
// traces for expected problems (Foundation acceptance: "one-line, plain-English error").
import pg from "pg";
import { EnvError, parseEnv, type TEnv } from "../../lib/env";

export class UserFacingError extends Error {}

export function loadEnv(): TEnv {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) throw new UserFacingError(error.message);
    throw error;
  }
}

/** Where a connection string points, without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "an address that is not a valid URL";
  }
}

/** Turns a pg connection failure into one sentence naming DATABASE_URL. */
export function explainConnectionError(error: unknown, url: string): string {
  const e = error as { code?: string; message?: string };
  const where = describeUrl(url);
  const reasons: Record<string, string> = {
    ECONNREFUSED: "nothing is listening there",
    ENOTFOUND: "that host name does not exist",
    EAI_AGAIN: "that host name could not be looked up",
    ETIMEDOUT: "the connection timed out",
    "28P01": "the password was refused",
    "28000": "that user may not connect",
    "3D000": "that database does not exist",
  };
  const reason = (e.code && reasons[e.code]) || e.message || "unknown error";
  return `Cannot connect to the database at ${where} (${reason}). Check DATABASE_URL, or unset it to use the embedded database.`;
}

/** Opens and closes one connection so that a bad DATABASE_URL fails before anything else. */
export async function checkDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new UserFacingError(explainConnectionError(error, url));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs a script's main function; expected errors print one line and exit 1. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof UserFacingError) {
        console.error(`Error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
