"use client";
// The council's name for client components (form titles). It is a server setting
// (COUNCIL_NAME), so the root layout reads it and provides it here: a client bundle cannot read
// the server's environment, and a default baked into the bundle would name the wrong council.
import { createContext, useContext, type ReactNode } from "react";

const CouncilNameContext = createContext<string | null>(null);

export const CouncilNameProvider = ({
  councilName,
  children,
}: Readonly<{ councilName: string; children: ReactNode }>) => (
  <CouncilNameContext.Provider value={councilName}>{children}</CouncilNameContext.Provider>
);

/** The council's name, or null outside the root layout (the global error page replaces it). */
export const useCouncilName = () => useContext(CouncilNameContext);
