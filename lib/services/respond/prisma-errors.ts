// Recognising Prisma's unique-constraint error (P2002) for one column. With driver adapters
// the column names sit in different places of `meta` depending on the version, so the whole
// meta object is searched.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export function isUniqueViolation(error: unknown, field: string): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002" &&
    JSON.stringify(error.meta ?? {}).includes(field)
  );
}
