import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { READ_LIMITS, type ReadLimits } from "../../src/io/limits.js";
import { readXlsxTables } from "../../src/io/xlsx.js";
import { XmlScanner } from "../../src/io/xml.js";
import {
  entry,
  inlineCell,
  runEntry,
  sheetXml,
  workbook,
  workbookEntries,
  zip,
} from "./hostile.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const MB = 1_000_000;

/** The rows of the first sheet, or the issues as `code: message`. */
async function rowsOf(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS) {
  const { tables, issues } = await readXlsxTables("t.xlsx", bytes, limits);
  if (issues.length > 0) throw new Error(issues.map((i) => `${i.code}: ${i.message}`).join("\n"));
  return tables[0]?.rows;
}

async function issuesOf(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS) {
  return (await readXlsxTables("t.xlsx", bytes, limits)).issues;
}

/** Milliseconds `run` takes. */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const STYLES = entry(
  "xl/styles.xml",
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/><numFmt numFmtId="165" formatCode="0.00&quot; år&quot;"/></numFmts><cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0"/><xf numFmtId="164" xfId="0"/><xf numFmtId="165" xfId="0"/><xf xfId="1"/></cellXfs></styleSheet>`,
);
const SHARED = entry(
  "xl/sharedStrings.xml",
  `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4"><si><t xml:space="preserve">  Borås  </t></si><si><r><rPr><b/></rPr><t>Förs</t></r><r><t>kola</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>a_x000D_b &amp; &lt;c&gt; &#229;</t></si><si><t></t></si></sst>`,
);

describe("the XLSX reader reads what a spreadsheet shows", () => {
  it("reads the fixture workbooks' sheets in order", async () => {
    const { tables, issues } = await readXlsxTables(
      "var2024-flikar.xlsx",
      readFileSync(join(fixtures, "var2024-flikar.xlsx")),
    );
    expect(issues).toEqual([]);
    expect(tables.map((t) => t.sheet)).toEqual([
      "Instruktioner",
      "Mentorer",
      "Adepter",
      "Undantag",
      "Låsta",
      "Historik",
    ]);
    expect(tables[0]?.rows).toEqual([["Fyll i en rad per deltagare."], ["Kod ska vara anonym."]]);
  });

  it("shared strings (trimmed, rich text runs joined, phonetic runs left out, escapes decoded)", async () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>1</v></c></row>`,
    );
    const bytes = zip(workbookEntries([{ name: "Mentorer", sheet: xml }], [SHARED]));
    expect(await rowsOf(bytes)).toEqual([["Borås", "Förskola", "a\rb & <c> å", null, "Förskola"]]);
  });

  it("inline strings, formulas' saved values, booleans, numbers and error cells", async () => {
    const xml = sheetXml(
      `<row r="1">${inlineCell("A1", " kod ")}<c r="B1" t="inlineStr"><is><r><t>Bor</t></r><r><t>ås</t></r></is></c><c r="C1" t="str"><f>CONCAT("M",1)</f><v>M1</v></c><c r="D1"><f>1+1</f><v>2</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="b"><v>0</v></c><c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H1"><v>2.5</v></c><c r="I1" t="str"><f>A1</f></c></row>`,
    );
    expect(await rowsOf(workbook(xml))).toEqual([
      ["kod", "Borås", "M1", 2, true, false, null, 2.5],
    ]);
  });

  it("dates by the cell's number format (built-in and custom), not numbers that only look so", async () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45292.5</v></c><c r="C1" s="3"><v>12</v></c><c r="D1" s="4"><v>45292</v></c><c r="E1" t="d"><v>2024-01-01T00:00:00Z</v></c><c r="F1" s="0"><v>45292</v></c></row>`,
    );
    const bytes = zip(workbookEntries([{ name: "Mentorer", sheet: xml }], [STYLES]));
    const jan1 = new Date(Date.UTC(2024, 0, 1));
    expect(await rowsOf(bytes)).toEqual([
      [jan1, new Date(Date.UTC(2024, 0, 1, 12)), 12, jan1, jan1, 45292],
    ]);
  });

  it("the 1904 date system", async () => {
    const entries = workbookEntries(
      [{ name: "Mentorer", sheet: sheetXml(`<row r="1"><c r="A1" s="1"><v>43830</v></c></row>`) }],
      [STYLES],
    ).map((e) =>
      e.name === "xl/workbook.xml"
        ? entry(
            e.name,
            `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="Mentorer" sheetId="1" r:id="rId1"/></sheets></workbook>`,
          )
        : e,
    );
    expect(await rowsOf(zip(entries))).toEqual([[new Date(Date.UTC(2024, 0, 1))]]);
  });

  it("keeps leading empty rows and columns, so row and column numbers match the spreadsheet", async () => {
    const xml = sheetXml(
      `<row r="3"><c r="C3" s="0"/>${inlineCell("D3", "kod")}</row><row r="5">${inlineCell("B5", "M1")}</row><row r="9"><c r="A9" s="2"/></row>`,
    );
    expect(await rowsOf(workbook(xml))).toEqual([
      [],
      [],
      [null, null, null, "kod"],
      [],
      [null, "M1"],
    ]);
  });

  it("cells and rows without references, and a namespace prefix on every tag", async () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>kod</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row><x:row><x:c r="B2"><x:v>8</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(await rowsOf(workbook(xml))).toEqual([
      ["kod", 7],
      [null, 8],
    ]);
  });

  it("skips chart sheets, which hold no cells", async () => {
    const entries = workbookEntries([
      { name: "Mentorer", sheet: sheetXml(`<row r="1">${inlineCell("A1", "kod")}</row>`) },
      { name: "Diagram", sheet: "<chartsheet/>", type: "chartsheet" },
    ]);
    const { tables, issues } = await readXlsxTables("t.xlsx", zip(entries));
    expect(issues).toEqual([]);
    expect(tables.map((t) => t.sheet)).toEqual(["Mentorer"]);
  });
});

describe("the XLSX reader is bounded in time and memory whatever the file", () => {
  const header = `<row r="1">${inlineCell("A1", "roll")}${inlineCell("B1", "kod")}</row>`;

  it("a 10 KB sheet with 8 MB of whitespace between two rows reads in seconds, not minutes", async () => {
    const xml = sheetXml(
      `${header}${" ".repeat(8 * 1024 * 1024)}<row r="2">${inlineCell("A2", "mentor")}</row>`,
    );
    const bytes = workbook(xml);
    expect(bytes.length).toBeLessThan(12_000);
    let rows: unknown;
    const ms = await timed(async () => {
      rows = await rowsOf(bytes);
    });
    expect(rows).toEqual([["roll", "kod"], ["mentor"]]);
    // About a second alone (read-excel-file took 92 s); generous for a loaded machine.
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it("one text node of 8 MB is cut to 32,767 characters, with an issue at its cell", async () => {
    const xml = sheetXml(
      `${header}<row r="2">${inlineCell("B2", "x".repeat(8 * 1024 * 1024))}</row>`,
    );
    const { tables, issues } = await readXlsxTables("t.xlsx", workbook(xml));
    expect(issues).toEqual([
      {
        code: "cell_too_long",
        file: "t.xlsx",
        sheet: "Mentorer",
        row: 2,
        message:
          "cell B2 has 8,388,608 characters, and mentorpair reads at most 32,767 of a cell (READ_LIMITS.cellChars, the most Excel holds): the rest is not read",
      },
    ]);
    expect(String(tables[0]?.rows[1]?.[1])).toHaveLength(32_767);
  }, 60_000);

  it("a real-size zip bomb (6 MB unpacking to 1 GB of sheet XML) is stopped at 100 MB while unpacking, in bounded memory", async () => {
    const run = runEntry(
      "",
      `<worksheet><sheetData>${header}`,
      1_000_000_000,
      "</sheetData></worksheet>",
    );
    // Its header says 1,000 bytes, so only unpacking can tell.
    const bomb = workbook({ ...run, size: 1000 });
    expect(bomb.length).toBeLessThan(7 * MB);
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    let issues: Awaited<ReturnType<typeof issuesOf>> = [];
    const ms = await timed(async () => {
      issues = await issuesOf(bomb);
    });
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "file_too_large",
        file: "t.xlsx",
        message:
          'is too large to read: sheet "Mentorer" unpacks to more than 100 MB, and mentorpair unpacks at most 100 MB of a workbook per part (READ_LIMITS.partBytes)',
        params: expect.objectContaining({ limit: "partBytes", max: 100_000_000 }),
      }),
    ]);
    // Generous for a loaded machine: it takes about a second; read-excel-file took minutes.
    expect(ms).toBeLessThan(15_000);
    expect(peak - before).toBeLessThan(200 * MB);
    // With an honest header it is refused before anything is unpacked.
    expect((await issuesOf(workbook(run)))[0]?.code).toBe("file_too_large");
  }, 60_000);

  it("a bomb whose header declares a small size is stopped while unpacking, at the limit", async () => {
    const limits = { ...READ_LIMITS, partBytes: 1 * MB };
    const lying = { ...runEntry("", "<worksheet><sheetData>", 50 * MB, ""), size: 1000 };
    const issues = await issuesOf(workbook(lying), limits);
    expect(issues[0]?.code).toBe("file_too_large");
    expect(issues[0]?.message).toMatch(/unpacks to more than 1 MB.*READ_LIMITS\.partBytes/u);
  });

  it("parts that each stay within their limit are stopped at the workbook's", async () => {
    const limits = { ...READ_LIMITS, partBytes: 1 * MB, workbookBytes: 2 * MB };
    const part = (i: number) => ({
      name: `Blad${i}`,
      sheet: runEntry("", `<worksheet><sheetData>${header}`, 900_000, "</sheetData></worksheet>"),
    });
    const issues = await issuesOf(zip(workbookEntries([part(1), part(2), part(3)])), limits);
    expect(issues[0]?.message).toMatch(/the workbook unpacks to more than 2 MB.*workbookBytes/u);
  });

  it("more zip entries than the limit are refused before any is read", async () => {
    const limits = { ...READ_LIMITS, zipEntries: 6 };
    const entries = workbookEntries([{ name: "Mentorer", sheet: sheetXml(header) }]);
    const extra = [entry("a.xml", "<a/>"), entry("b.xml", "<b/>")];
    const issues = await issuesOf(zip([...entries, ...extra]), limits);
    expect(issues[0]?.message).toBe(
      "is too large to read: its zip archive has 7 entries, and mentorpair reads workbooks of at most 6 (READ_LIMITS.zipEntries)",
    );
  });

  it("a value past the row limit, across all sheets, is refused with the count and the limit", async () => {
    const far = sheetXml(`<row r="120000">${inlineCell("A120000", "x")}</row>`);
    expect((await issuesOf(workbook(far)))[0]?.message).toBe(
      'is too large to read: sheet "Mentorer" has a value in row 120,000, and mentorpair reads at most 100,000 rows per file (READ_LIMITS.rows)',
    );
    const half = sheetXml(`<row r="60000">${inlineCell("A60000", "x")}</row>`);
    const two = zip(
      workbookEntries([
        { name: "A", sheet: half },
        { name: "B", sheet: half },
      ]),
    );
    expect((await issuesOf(two))[0]?.message).toMatch(/all its sheets together/u);
  });

  it("a value past column XFD is refused", async () => {
    for (const ref of ["XFE1", "AAAAAA1"]) {
      const issues = await issuesOf(workbook(sheetXml(`<row r="1">${inlineCell(ref, "x")}</row>`)));
      expect(issues[0]?.message).toMatch(
        /reads at most 16,384 columns, up to XFD \(READ_LIMITS\.columns\)$/u,
      );
    }
  });

  it("more cells than the limit (counting empty ones before a value) are refused", async () => {
    const limits = { ...READ_LIMITS, cells: 100 };
    const wide = sheetXml(`<row r="1">${inlineCell("CW1", "x")}</row>`); // column 101
    expect((await issuesOf(workbook(wide), limits))[0]?.message).toMatch(
      /more than 100 cells .*READ_LIMITS\.cells/u,
    );
  });

  it("more shared strings than the cell limit are refused", async () => {
    const limits = { ...READ_LIMITS, cells: 10 };
    const sst = entry("xl/sharedStrings.xml", `<sst>${"<si><t>x</t></si>".repeat(11)}</sst>`);
    const bytes = zip(workbookEntries([{ name: "Mentorer", sheet: sheetXml(header) }], [sst]));
    expect((await issuesOf(bytes, limits))[0]?.code).toBe("file_too_large");
  });

  it("a file over the byte limit is refused before it is unpacked", async () => {
    const limits = { ...READ_LIMITS, fileBytes: 100 };
    expect((await issuesOf(workbook(sheetXml(header)), limits))[0]?.message).toMatch(
      /^is too large to read: .* bytes, and mentorpair reads files of at most 100 bytes \(READ_LIMITS\.fileBytes\)$/u,
    );
  });

  it("deep nesting is refused and a 2 MB tag is read, in one loop without recursion", async () => {
    const nest = (n: number) =>
      sheetXml(
        `${header}<row r="2"><c r="A2" t="inlineStr"><is>${"<x>".repeat(n)}<t>ok</t>${"</x>".repeat(n)}</is></c></row>`,
      );
    expect(await rowsOf(workbook(nest(900)))).toEqual([["roll", "kod"], ["ok"]]);
    expect((await issuesOf(workbook(nest(200_000))))[0]?.message).toMatch(
      /its XML is malformed: elements are nested more than 1000 deep/u,
    );
    const bigTag = sheetXml(`${header}<row r="2" x="${"y".repeat(2 * 1024 * 1024)}"></row>`);
    expect(await rowsOf(workbook(bigTag))).toEqual([["roll", "kod"]]);
  });

  it("the XML scanner holds at most 1 MiB of an unfinished tag between pieces", () => {
    const scanner = new XmlScanner({ open() {}, close() {}, text() {} });
    scanner.push('<row r="1" x="');
    const piece = "y".repeat(64 * 1024);
    expect(() => {
      for (let i = 0; i < 20; i++) scanner.push(piece);
    }).toThrow(/its XML is malformed: a tag, comment or CDATA section is longer than 1 MiB/u);
  });
});

describe("a file that is not a readable workbook gets one unreadable_file issue", () => {
  const good = workbook(sheetXml(`<row r="1">${inlineCell("A1", "kod")}</row>`));
  const cases: [string, Uint8Array, RegExp][] = [
    ["not a zip archive", new TextEncoder().encode("kod;kommun\n"), /not a zip archive/u],
    [
      "a password-protected workbook (an OLE file)",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, ...new Array(40).fill(0)]),
      /password-protected/u,
    ],
    ["a cut-off file", good.subarray(0, good.length - 30), /damaged|not a zip/u],
    [
      "a damaged checksum",
      (() => {
        const entries = workbookEntries([{ name: "M", sheet: sheetXml("") }]);
        return zip(
          entries.map((e) => (e.name.endsWith("sheet1.xml") ? { ...e, crc: e.crc ^ 1 } : e)),
        );
      })(),
      /fails its checksum/u,
    ],
    [
      "a DTD (entity expansion)",
      workbook(`<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>`),
      /document type declaration/u,
    ],
    [
      "a shared string that is not there",
      workbook(sheetXml(`<row r="1"><c r="A1" t="s"><v>5</v></c></row>`)),
      /points to shared text "5"/u,
    ],
    ["no workbook part", zip([entry("a.xml", "<a/>")]), /no workbook part/u],
    ["malformed XML", workbook("<worksheet><sheetData><row><c r=A1"), /malformed/u],
    [
      "an end tag that does not match (which would lose the cells after it)",
      workbook(sheetXml(`<row r="1"><c r="A1"><v>1</v></row>`)),
      /<c> is closed by <\/row>/u,
    ],
  ];
  it.each(cases)("%s", async (_, bytes, why) => {
    const issues = await issuesOf(bytes);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("unreadable_file");
    expect(issues[0]?.message).toMatch(why);
    expect(issues[0]?.message).toMatch(/^cannot be read as an Excel workbook \(\.xlsx\)/u);
  });
});
