// UK postcodes. We keep only the district ("HP20") unless an officer asks for more, because
// the district is enough to map responses and is not personal data on its own (UK GDPR
// data minimisation, issue #5). GOV.UK asks us to ignore stray spaces and punctuation.

// The outward code (area + district) in the shapes Royal Mail issues: A9, A99, AA9, AA99, A9A, AA9A.
// Letters that never appear in a given position are excluded, which catches common typos
// such as "0" for "O" in the area ("H020").
const OUTWARD =
  "(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPS-UW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y])";
const INWARD = "[0-9][ABD-HJLNP-UW-Z]{2}";

const FULL = new RegExp(`^(${OUTWARD}|GIR)(${INWARD})$`);
const DISTRICT = new RegExp(`^(?:${OUTWARD}|GIR)$`);

/** Upper case with every space and stray punctuation removed ("hp20 1ua." → "HP201UA"). */
function compact(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export type TPostcode = { kind: "full"; postcode: string; district: string } | { kind: "district"; district: string };

/**
 * Reads a full postcode ("HP20 1UA") or just its district ("HP20"). Returns undefined when
 * it is neither. The full form is normalised to upper case with a single space.
 */
export function parsePostcode(input: string): TPostcode | undefined {
  const value = compact(input);
  const full = FULL.exec(value);
  if (full) {
    const [, outward, inward] = full;
    // GIR 0AA (Girobank) is the one postcode with a non-geographic outward code.
    if (outward === "GIR" && inward !== "0AA") return undefined;
    return { kind: "full", postcode: `${outward} ${inward}`, district: outward };
  }
  return DISTRICT.test(value) ? { kind: "district", district: value } : undefined;
}

/** "hp201ua" → "HP20 1UA"; undefined when it is not a full postcode. */
export function normalisePostcode(input: string): string | undefined {
  const parsed = parsePostcode(input);
  return parsed?.kind === "full" ? parsed.postcode : undefined;
}

/** "HP20 1UA" or "hp20" → "HP20"; undefined when it is not a postcode or a district. */
export function postcodeDistrict(input: string): string | undefined {
  return parsePostcode(input)?.district;
}
