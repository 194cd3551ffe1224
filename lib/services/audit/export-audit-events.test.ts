import { describe, expect, it } from "vitest";
import { csvCell } from "./export-audit-events";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('Changed "role", then\nleft')).toBe('"Changed ""role"", then\nleft"');
    expect(csvCell(null)).toBe("");
  });

  it("stops spreadsheets treating a cell as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@sum")).toBe("'@sum");
  });
});
