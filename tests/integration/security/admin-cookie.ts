// What the security tests share: a cookie jar their next/headers mock reads, and a real database
// session for a new administrator put in it (an administrator may open every page and handler).
import type { World } from "../auth/world";

export type CookieJar = { cookies: Map<string, string> };

/** The next/headers mock both tests install with vi.mock (the mock itself must stay in each file). */
export const headersMock = (jar: CookieJar) => ({
  cookies: async () => ({
    get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name) } : undefined),
    set: () => undefined,
  }),
  headers: async () => new Headers(),
});

export async function signInAdministrator(world: World, jar: CookieJar): Promise<{ id: string }> {
  const admin = await world.makeStaff("ADMIN");
  const { createSessionFor } = await import("@/lib/auth/session-store");
  const { sessionCookie } = await import("@/lib/auth/config");
  jar.cookies.set(sessionCookie().name, (await createSessionFor(admin.id)).sessionToken);
  return admin;
}
