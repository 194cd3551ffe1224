// Public response references such as SB-7K4Q-29XD: a consultation's prefix and 8 characters
// from an alphabet without look-alikes (no 0/O, 1/I/L or U/V), so people can read one out
// over the phone or copy it from paper. 29^8 ≈ 5 × 10^11 combinations; the database's unique
// index is the final check, and a clash is retried (lib/services/respond/submit-response.ts).

export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
const GROUP = 4;

/** Uniformly random characters: bytes ≥ the largest multiple of the alphabet size are redrawn. */
function randomCharacters(count: number, random: (n: number) => Uint8Array): string {
  const size = REFERENCE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let out = "";
  while (out.length < count) {
    for (const byte of random(count * 2)) {
      if (byte < limit && out.length < count) out += REFERENCE_ALPHABET[byte % size];
    }
  }
  return out;
}

const cryptoRandom = (n: number): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** A new reference for a consultation prefix, e.g. "SB" → "SB-7K4Q-29XD". */
export function generateReference(prefix: string, random: (n: number) => Uint8Array = cryptoRandom): string {
  const body = randomCharacters(GROUP * 2, random);
  return `${prefix.toUpperCase()}-${body.slice(0, GROUP)}-${body.slice(GROUP)}`;
}

const SHAPE = new RegExp(`^[A-Z]{1,10}-[${REFERENCE_ALPHABET}]{${GROUP}}-[${REFERENCE_ALPHABET}]{${GROUP}}$`);

/**
 * A reference as someone typed it ("sb 7k4q 29xd", "SB7K4Q29XD") in its canonical form, or
 * undefined when it cannot be one of ours.
 */
export function normaliseReference(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, "");
  const match = /^([A-Z]{1,10}?)([A-Z0-9]{8})$/.exec(compact);
  if (!match) return undefined;
  const [, prefix, body] = match;
  const reference = `${prefix}-${body.slice(0, GROUP)}-${body.slice(GROUP)}`;
  return SHAPE.test(reference) ? reference : undefined;
}
