import { describe, expect, it } from "vitest";
import { isFormulaCell } from "./cell-safety";
import { parseCsv } from "./csv";
import { decodeText } from "./decode-text";
import { ImportFileError } from "./file-error";
import { rowHashes } from "./row-hash";

describe("parseCsv", () => {
  it("reads quoted fields with separators, doubled quotes and line breaks, and any line ending", () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\n1,,3\r4,5,6\n')).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\r\nlines"],
      ["1", "", "3"],
      ["4", "5", "6"],
    ]);
  });

  it("uses the separator the header line uses most: semicolons and tabs too", () => {
    expect(parseCsv("a;b\n1,5;2\n")).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
    expect(parseCsv("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("refuses a quote that is never closed, naming the line", () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/Line 2 .*never closed/);
  });
});

describe("decodeText", () => {
  it("strips a UTF-8 byte order mark and reads UTF-16 with one", () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
    expect(decodeText(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Café", "utf16le")])))).toBe(
      "Café",
    );
  });

  it("refuses Latin-1 and UTF-16 without a byte order mark with a message that says how to fix it", () => {
    expect(() => decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toThrow(ImportFileError);
    expect(() => decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toThrow(/not UTF-8 encoded.*CSV UTF-8/);
    expect(() => decodeText(new Uint8Array(Buffer.from("abc", "utf16le")))).toThrow(
      /UTF-16 text without a byte order mark/,
    );
  });
});

describe("isFormulaCell", () => {
  it.each(['=HYPERLINK("http://x")', "+cmd", "-2+3", "@SUM(A1)", "  =1+1", "-"])("refuses %s", (cell) =>
    expect(isFormulaCell(cell)).toBe(true),
  );
  it.each(["-3", "+44", "1.5", "hello = world", "email@example.com", ""])("accepts %s", (cell) =>
    expect(isFormulaCell(cell)).toBe(false),
  );
});

describe("rowHashes", () => {
  it("ignores column order, heading case and spaces, but tells identical rows of one file apart", () => {
    const a = rowHashes({
      headers: ["Name", "Age"],
      rows: [
        ["x", "1"],
        ["x", "1"],
      ],
    });
    const b = rowHashes({ headers: ["age ", "name"], rows: [[" 1", "x "]] });
    expect(b[0]).toBe(a[0]);
    expect(a[1]).not.toBe(a[0]);
  });
});
