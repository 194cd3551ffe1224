// Public response references such as SB-7K4Q-29XD. The alphabet leaves out characters that are
// easy to misread or mishear on the phone (0/O, 1/I/L, U/V), because respondents quote them.
import type { Rng } from "../../lib/random/prng";

export const REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ23456789";

function block(rng: Rng): string {
  let out = "";
  for (let i = 0; i < 4; i++) out += REFERENCE_ALPHABET[Math.floor(rng() * REFERENCE_ALPHABET.length)];
  return out;
}

/** `count` distinct references, deterministic for a given PRNG state. */
export function makeReferences(prefix: string, count: number, rng: Rng): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(`${prefix}-${block(rng)}-${block(rng)}`);
  return [...seen];
}
