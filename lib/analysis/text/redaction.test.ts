import { describe, expect, it } from "vitest";
import { redact } from "./redaction";
import { nhsCheckDigitValid } from "./redaction-rules";
import { seededRandom } from "./vectors";

// A deterministic synthetic UK personal-data set: each item is embedded in a sentence and must
// end up inside a redaction of the right kind.
const rnd = seededRandom(20261122);
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join("");
const letter = (set: string) => set[Math.floor(rnd() * set.length)];

function email() {
  return `${pick(["jo", "sam.smith", "a_khan", "peter+consult", "m.o'neil".replace("'", "")])}${digits(2)}@${pick(["example.com", "council.gov.uk", "mail.co.uk", "btinternet.com"])}`;
}
function phone() {
  const formats = [
    () => `07700 900${digits(3)}`,
    () => `07${digits(3)} ${digits(6)}`,
    () => `+44 7${digits(3)} ${digits(6)}`,
    () => `020 7946 0${digits(3)}`,
    () => `0113 496 0${digits(3)}`,
    () => `(0161) 496 0${digits(3)}`,
    () => `01632 960${digits(3)}`,
    () => `+44 (0)20 7946 0${digits(3)}`,
    () => `0${pick(["1", "2"])}${digits(8)}`,
  ];
  return pick(formats)();
}
function postcode() {
  const area = pick(["SW", "M", "B", "CR", "DN", "EC", "W", "LS", "NE", "BS", "CF", "EH", "G"]);
  const district = pick([`${1 + Math.floor(rnd() * 20)}`, `${1 + Math.floor(rnd() * 9)}${letter("ABCDEFGHJKPSTUW")}`]);
  const inward = `${Math.floor(rnd() * 10)}${letter("ABDEFGHJLNPQRSTUWXYZ")}${letter("ABDEFGHJLNPQRSTUWXYZ")}`;
  const pc = `${area}${/[A-Z]$/.test(district) && area.length === 2 ? district.slice(0, 1) : district} ${inward}`;
  return pick([pc, pc.toLowerCase(), pc.replace(" ", "")]);
}
function ni() {
  const n = `${pick(["AB", "CE", "JK", "PR", "SX", "WL", "YZ", "HT"])}${digits(6)}${letter("ABCD")}`;
  return pick([n, `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 8)} ${n[8]}`]);
}
function nhs() {
  for (;;) {
    const nine = digits(9);
    for (let c = 0; c < 10; c++) {
      if (nhsCheckDigitValid(nine + c))
        return pick([nine + c, `${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}${c}`]);
    }
  }
}

const FRAMES = [
  (v: string) => `Please contact me on ${v} if you need more detail.`,
  (v: string) => `My details: ${v}. I use the library every week.`,
  (v: string) => `${v} is where you can reach me about the bus changes`,
  (v: string) => `I live near the park (${v}) and the closure would hurt us.`,
];

const GENERATORS = { email, phone, postcode, "ni-number": ni, "nhs-number": nhs } as const;

describe("redact", () => {
  for (const [kind, gen] of Object.entries(GENERATORS)) {
    it(`catches at least 99% of ${kind}s in a synthetic set of 500`, () => {
      let caught = 0;
      const missed: string[] = [];
      for (let i = 0; i < 500; i++) {
        const value = gen();
        const text = pick(FRAMES)(value);
        const start = text.indexOf(value);
        const { redactions, text: out } = redact(text);
        const hit = redactions.some((r) => r.start <= start && r.end >= start + value.length);
        if (hit && !out.includes(value)) caught++;
        else missed.push(value);
      }
      expect(caught / 500, `missed: ${missed.slice(0, 10).join(" | ")}`).toBeGreaterThanOrEqual(0.99);
    });
  }

  it("keeps ordinary sentences with numbers, dates and times intact", () => {
    const ordinary = [
      "The 12 bus runs every 20 minutes until 11pm on weekdays.",
      "In 2023 the council spent £4.5 million on roads, up 7 per cent.",
      "I have lived here for 35 years and walk to the shops at 9.30am.",
      "Opening hours should be 10 to 4 on Saturdays and the M6 is busy.",
      "Please keep the library open; my children use it for homework.",
      "Between 2019 and 2024 the number of visitors fell from 120000 to 85000.",
      "The A38 junction needs a crossing near the school.",
      "We counted 1500 cars on 3 June and 1650 on 4 June.",
      "Mr Blobby was on television in the nineties.",
    ];
    const kinds = ordinary.flatMap((s) => redact(s).redactions.map((r) => r.kind));
    // The honorific rule is meant to fire on "Mr Blobby"; nothing else should.
    expect(kinds).toEqual(["name"]);
  });

  it("redacts names: the respondent's own, honorific + name, and 'my name is'", () => {
    const r = redact("My name is Sarah Jones. Dr Patel said my son Oliver needs the bus. Thanks, Tom", {
      respondentName: "Sarah Jones",
    });
    expect(r.text).toBe("My name is [name]. Dr [name] said my son [name] needs the bus. Thanks, [name]");
    expect(r.redactions.map((x) => x.kind)).toEqual(["name", "name", "name", "name"]);
    expect(redact("We walked up the hill.", { respondentName: "Ann Hill" }).text).toBe("We walked up the hill.");
  });

  it("reports spans in the original text and redacts emails before URLs", () => {
    const text = "Email jo@example.com or see https://example.com/plan.";
    const r = redact(text);
    expect(r.redactions.map((x) => [x.kind, text.slice(x.start, x.end)])).toEqual([
      ["email", "jo@example.com"],
      ["url", "https://example.com/plan"],
    ]);
    expect(r.text).toBe("Email [email] or see [link].");
  });

  it("checks NHS numbers with mod 11", () => {
    expect(nhsCheckDigitValid("9434765919")).toBe(true);
    expect(nhsCheckDigitValid("9434765918")).toBe(false);
  });
});
