import { describe, expect, it } from "vitest";
import { normalisePostcode, parsePostcode, postcodeDistrict } from "./postcode";

describe("postcodes", () => {
  it.each([
    ["HP20 1UA", "HP20 1UA", "HP20"],
    ["hp201ua", "HP20 1UA", "HP20"],
    ["  hp20   1ua ", "HP20 1UA", "HP20"],
    ["M1 1AE", "M1 1AE", "M1"],
    ["B33 8TH", "B33 8TH", "B33"],
    ["CR2 6XH", "CR2 6XH", "CR2"],
    ["DN55 1PT", "DN55 1PT", "DN55"],
    ["W1A 0AX", "W1A 0AX", "W1A"],
    ["EC1A 1BB", "EC1A 1BB", "EC1A"],
    ["SW1A 0AA", "SW1A 0AA", "SW1A"],
    ["GIR 0AA", "GIR 0AA", "GIR"],
  ])("%s is a full postcode", (input, full, district) => {
    expect(normalisePostcode(input)).toBe(full);
    expect(postcodeDistrict(input)).toBe(district);
  });

  it.each(["HP20", "hp19", "W1A", "EC1A", "M1"])("%s is a district", (input) => {
    expect(parsePostcode(input)).toEqual({ kind: "district", district: input.toUpperCase() });
    expect(normalisePostcode(input)).toBeUndefined();
  });

  it.each(["", "HP", "12345", "HP20 1U", "QP20 1UA", "HP20 1CA", "GIR 1AA", "H020 1UA", "HP20 1UAA", "not a postcode"])(
    "%j is neither",
    (input) => {
      expect(parsePostcode(input)).toBeUndefined();
    },
  );
});
