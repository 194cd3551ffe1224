// Stand-in for the "server-only" marker package under vitest: services are tested directly.
export {};
