// With DATABASE_URL, nothing is seeded (issue #19): on a database without staff nobody could
// sign in, so npm start says, in one line, how to create the first administrator.
import { createScriptClient } from "./prisma";

export const FIRST_ADMINISTRATOR_HINT =
  'No staff account exists yet. Create the first administrator: npm run staff:add -- --email you@yourcouncil.gov.uk --name "Your Name" --role ADMIN';

/** The hint when the database has no staff account, otherwise null. */
export async function firstAdministratorHint(url: string): Promise<string | null> {
  const client = createScriptClient(url);
  try {
    return (await client.user.count()) === 0 ? FIRST_ADMINISTRATOR_HINT : null;
  } finally {
    await client.$disconnect();
  }
}
