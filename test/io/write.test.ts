import Papa from "papaparse";
import { describe, expect, it, test } from "vitest";
import { neutralizeFormula, writeCsv, writeXlsx } from "../../src/io/index.js";
import { readXlsxTables } from "../../src/io/xlsx.js";

describe("neutralizeFormula", () => {
  test.each(["=1+1", "+46 70", "-A1", "@SUM(A1)", "\tx", "\rx"])("prefixes %j with '", (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });

  test.each(["M01", "Borås", "a=b", " =1", ""])("leaves %j alone", (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });
});

describe("writeCsv", () => {
  it("writes a BOM, CRLF, quotes where needed, and no cell a spreadsheet would run", () => {
    const text = writeCsv([
      ["id", "note"],
      ["=HYPERLINK(1)", 'says "hi", then'],
      ["-A1", 2.5],
    ]);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: "," }).data;
    expect(rows).toEqual([
      ["id", "note"],
      ["'=HYPERLINK(1)", 'says "hi", then'],
      ["'-A1", "2.5"],
    ]);
  });

  it("writes semicolons and decimal commas for Swedish Excel", () => {
    expect(writeCsv([["a", 71.25]], { delimiter: ";", decimalComma: true, bom: false })).toBe(
      "a;71,25",
    );
  });
});

describe("writeXlsx", () => {
  it("round-trips through the XLSX reader, text neutralised, numbers kept", async () => {
    const bytes = await writeXlsx([
      {
        name: "Par",
        rows: [
          ["mentor", "poäng"],
          ["@M1", 71.25],
          [null, 3],
        ],
      },
      { name: "Revision", rows: [["version", "0.1.0"]] },
    ]);
    const { tables, issues } = await readXlsxTables("x.xlsx", bytes);
    expect(issues).toEqual([]);
    expect(tables.map((t) => t.sheet)).toEqual(["Par", "Revision"]);
    expect(tables[0]?.rows).toEqual([
      ["mentor", "poäng"],
      ["'@M1", 71.25],
      [null, 3],
    ]);
  });
});
