import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvChunks, csvField, csvHeader, csvRecord, UTF8_BOM } from "./csv-writer";
import { exportColumns } from "./export-columns";
import { answer, EXPORT_DEFINITION, exportResponse } from "./export-fixtures";
import { exportRow } from "./export-rows";
import type { TCell } from "./export-types";

async function* once(rows: TCell[][]) {
  yield rows;
}

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe("csvField", () => {
  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvField('He said "no", then left')).toBe('"He said ""no"", then left"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("plain")).toBe("plain");
  });

  it("escapes cells a spreadsheet would run as formulas, keeping plain numbers", () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField("+44 1296 395000 call me")).toBe("'+44 1296 395000 call me");
    expect(csvField("-cmd")).toBe("'-cmd");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1+2")).toBe("'\t=1+2");
    expect(csvField("\r=1+2")).toBe('"\'\r=1+2"');
    expect(csvField("-3")).toBe("-3");
    expect(csvField(-3)).toBe("-3");
  });

  it("writes empty cells for null and non-finite numbers", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvRecord(["a", null, 2])).toBe("a,,2\r\n");
  });
});

describe("CSV file", () => {
  const columns = exportColumns([EXPORT_DEFINITION], { freeText: true, personalData: false });

  it("starts with a BOM and two header rows: column ids, then question text", () => {
    const header = csvHeader(columns);
    expect(header.startsWith(UTF8_BOM)).toBe(true);
    const [ids, labels] = parse(header.slice(1), { relaxColumnCount: false }) as string[][];
    expect(ids).toContain("uses.club");
    expect(labels[ids.indexOf("uses.club")]).toBe("What do you use?: Holiday club");
    expect(header.split("\r\n")).toHaveLength(3);
  });

  it("reads back to the same values with Welsh, emoji, newlines, quotes and commas", async () => {
    const said = "Mae'r clwb gwyliau'n wych 👍🏽, \"really\"\nDiolch — ŵ ŷ";
    const response = exportResponse({
      answers: [
        answer("why", { text: said }),
        answer("uses", { optionKeys: ["camp", "other"], text: "Nain's, sometimes" }),
      ],
    });
    const csv = await text(csvChunks(columns, once([exportRow(columns, response, { originalText: true })])));
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows).toHaveLength(3);
    const [ids, , values] = rows;
    const cell = (id: string) => values[ids.indexOf(id)];
    expect(cell("why")).toBe(said);
    expect(cell("uses.club")).toBe("0");
    expect(cell("uses.camp")).toBe("1");
    expect(cell("uses.other")).toBe("1");
    expect(cell("uses.other-text")).toBe("Nain's, sometimes");
    expect(new Set(ids).size).toBe(ids.length);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
