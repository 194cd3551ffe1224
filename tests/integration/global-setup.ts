// Creates a fresh PostgreSQL database for this test run, migrates it, and drops it afterwards.
// TEST_DATABASE_ADMIN_URL points at a server where we may CREATE DATABASE (trust auth on CI).
import type { TestProject } from "vitest/node";
import { setEnvForTests } from "@/lib/env";
import { createTestDatabase } from "../support/test-database";

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("int");
  project.provide("databaseUrl", database.url);
  setEnvForTests({ DATABASE_URL: database.url });
  return async () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
