// Every integration test file sees the run's database as DATABASE_URL, as the app would.
import { inject } from "vitest";
import { setEnvForTests } from "@/lib/env";

setEnvForTests({ DATABASE_URL: inject("databaseUrl") });
