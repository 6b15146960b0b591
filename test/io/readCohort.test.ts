import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, test } from "vitest";
import { parseCohort } from "../../src/index.js";
import { formatReadIssue, type ReadResult, readCohort } from "../../src/io/index.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const fixture = (name: string) => ({ name, bytes: readFileSync(join(fixtures, name)) });
const text = (name: string, content: string) => ({
  name,
  bytes: new TextEncoder().encode(content),
});
const spring = parseCohort(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, "..", "..", "examples", "sjuharad-spring-2024.json"),
      "utf8",
    ),
  ),
);

function failure(result: ReadResult): string[] {
  if (result.success) throw new Error("expected the files to be invalid");
  return result.issues.map((i) => formatReadIssue(i));
}

describe("every layout of the spring cohort reads to the JSON example's cohort", () => {
  test.each([
    [
      "comma, UTF-8, JSON field names, role column",
      ["spring-comma.csv", "spring-comma-exclusions.csv"],
    ],
    [
      "semicolon, BOM, Swedish headers, decimal commas",
      ["var2024-semikolon.csv", "var2024-undantag.csv"],
    ],
    ["tab, headers in words", ["spring-tab.tsv", "spring-tab-exclusions.tsv"]],
    [
      "Windows-1252, separate mentor and adept files",
      ["mentorer-cp1252.csv", "adepter-cp1252.csv", "undantag-cp1252.csv"],
    ],
    ["XLSX, one sheet with a role column", ["var2024-en-flik.xlsx"]],
    ["XLSX, separate sheets", ["var2024-flikar.xlsx"]],
    ["the JSON example itself", ["../../examples/sjuharad-spring-2024.json"]],
  ])("%s", async (_, names) => {
    const result = await readCohort(names.map(fixture));
    if (!result.success) throw new Error(result.issues.map((i) => formatReadIssue(i)).join("\n"));
    expect(result.cohort).toEqual(spring);
  });

  it("reads å, ä and ö from the Windows-1252 files", async () => {
    const result = await readCohort([
      fixture("mentorer-cp1252.csv"),
      fixture("adepter-cp1252.csv"),
    ]);
    expect(result.success && result.cohort.mentors[0]?.municipality).toBe("Borås");
  });

  it("locates data-quality warnings at their row, naming the sheet's own columns", async () => {
    const result = await readCohort([fixture("var2024-flikar.xlsx")]);
    const lines = result.warnings.map((i) => formatReadIssue(i));
    expect(lines).toContain(
      'var2024-flikar.xlsx sheet "Mentorer" row 6 (M05): no "Utbildningsnivå", "Utbildningsområde": the criteria that use them score neutrally (0.5)',
    );
  });

  it("reports a sheet it does not read, rather than dropping it silently", async () => {
    const result = await readCohort([fixture("var2024-flikar.xlsx")]);
    expect(result.warnings.find((w) => w.code === "sheet_ignored")?.sheet).toBe("Instruktioner");
  });
});

describe("errors name the file, row and column as the coordinator sees them", () => {
  it("a bad number", async () => {
    const result = await readCohort([
      fixture("broken/mentorer.csv"),
      fixture("broken/adepter.csv"),
    ]);
    expect(failure(result)).toEqual([
      'broken/mentorer.csv row 4, column "År som chef" (M03): "tio" is not a number',
    ]);
  });

  it("an unknown column", async () => {
    const lines = failure(await readCohort([fixture("broken-unknown-column.csv")]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^broken-unknown-column\.csv row 1, column "Intressen": unknown column/u,
    );
  });

  it("a missing required column, once rather than once per row", async () => {
    const lines = failure(await readCohort([fixture("broken-missing-column.csv")]));
    expect(lines).toEqual([
      'broken-missing-column.csv row 1: no column for municipality: add a column "municipality" or "kommun"',
    ]);
  });

  it("duplicate ids, with where the first one is", async () => {
    const lines = failure(await readCohort([fixture("broken-duplicate-ids.csv")]));
    expect(lines).toEqual([
      'broken-duplicate-ids.csv row 6, column "id" (m01): duplicate id "m01" (also at broken-duplicate-ids.csv row 2); ids must be unique across mentors and adepts',
    ]);
  });

  it("a schema problem (capacity 1,5) maps back to its row and column with the cell's text", async () => {
    const csv = [
      "roll;kod;kommun;sektor;år som chef;kapacitet",
      "mentor;M1;Borås;Skola;9;1,5",
      "adept;A1;Mark;Vård;3;",
    ].join("\n");
    const lines = failure(await readCohort([text("ansokan.csv", csv)]));
    expect(lines).toEqual([
      'ansokan.csv row 2, column "kapacitet" (M1): must be a whole number of adepts (the cell says "1,5")',
    ]);
  });

  it("every problem at once, in row order", async () => {
    const csv = [
      "Roll,Kod,Kommun,Verksamhet,År som chef,Samrått med chef,Utbildningsnivå,Kapacitet",
      "mentor,M1,Borås,Skola,tio,kanske,,1",
      "chef,M2,Borås,Skola,9,ja,,",
      "adept,A1,Mark,Vård,3,ja,licentiat,2",
    ].join("\r\n");
    expect(failure(await readCohort([text("alla.csv", csv)]))).toEqual([
      'alla.csv row 2, column "År som chef" (M1): "tio" is not a number',
      'alla.csv row 2, column "Samrått med chef" (M1): "kanske" is not a yes/no answer (ja/nej, yes/no, x)',
      'alla.csv row 3, column "Roll": "chef" is not a role (use one of mentor or adept) (the row is not read)',
      expect.stringMatching(
        /^alla\.csv row 4, column "Utbildningsnivå" \(A1\): "licentiat" is not an education level/u,
      ),
      'alla.csv row 4, column "Kapacitet" (A1): capacity is only for mentors, but this row is an adept; clear the cell or fix the role',
    ]);
  });

  it("a misspelt header gets a suggestion (and no second message for the column it meant)", async () => {
    const csv = "kod;Kommmun;sektor;år som chef\nA1;Borås;Skola;3\n";
    const lines = failure(await readCohort([text("adepter.csv", csv)]));
    expect(lines[0]).toBe(
      'adepter.csv row 1, column "Kommmun": unknown column, nothing in it is read: did you mean "kommun"?',
    );
    expect(lines.at(-1)).toMatch(/^adepter\.csv: needs at least one mentor/u);
    expect(lines).toHaveLength(2);
  });

  it("an empty required cell, with the field it needs", async () => {
    const files = [
      text(
        "ansokan.csv",
        "roll;kod;kommun;sektor;år som chef\nmentor;M1;;Skola;9\nadept;A1;Mark;Vård;3\n",
      ),
      text("undantag.csv", "mentor;adept\nM1;\n"),
    ];
    expect(failure(await readCohort(files))).toEqual([
      'ansokan.csv row 2, column "kommun" (M1): empty, but every mentor needs one (municipality)',
      'undantag.csv row 2, column "adept" (M1): empty, but every row here needs one (adept)',
    ]);
  });

  it("a CSV quoting error is reported alone, as the rows after it are not what was meant", async () => {
    const csv =
      'roll,kod,kommun,sektor,år som chef\nmentor,"M1,Borås,Skola,9\nadept,A1,Mark,Vård,3\n';
    expect(failure(await readCohort([text("citat.csv", csv)]))).toEqual([
      'citat.csv row 2: the file is not valid CSV: Quoted field unterminated (a cell starts with " but has no closing ")',
    ]);
  });

  it("a sheet whose use cannot be told", async () => {
    const lines = failure(await readCohort([text("data.csv", "kod;kommun\nM1;Borås\n")]));
    expect(lines[0]).toMatch(/^data\.csv row 1: cannot tell whether it holds mentors or adepts/u);
  });

  it("a value in a column without a header", async () => {
    const csv =
      "roll,kod,kommun,sektor,år som chef,\nmentor,M1,Borås,Skola,9,x\nadept,A1,Mark,Vård,3,\n";
    expect(failure(await readCohort([text("a.csv", csv)]))).toEqual([
      "a.csv row 2: column 6 has a value but no header; give the column a header or clear it",
    ]);
  });

  it("a JSON problem keeps its JSON path and names the person", async () => {
    const json = JSON.stringify({
      mentors: [{ id: "M1", municipality: "Borås", sector: "Skola", managerYears: -1 }],
      adepts: [{ id: "A1", municipality: "Mark", sector: "Vård", managerYears: 3 }],
    });
    expect(failure(await readCohort([text("kohort.json", json)]))).toEqual([
      "kohort.json mentors[0].managerYears (M1): must not be negative",
    ]);
  });

  it("files it cannot read", async () => {
    const lines = failure(
      await readCohort([
        text("gammal.xls", "x"),
        text("trasig.xlsx", "not a zip"),
        text("fel.json", "{"),
      ]),
    );
    expect(lines[0]).toMatch(/^gammal\.xls: is not a format mentorpair reads/u);
    expect(lines[1]).toMatch(/^trasig\.xlsx: cannot be read as an Excel workbook/u);
    expect(lines[2]).toMatch(/^fel\.json: is not valid JSON/u);
  });

  it("an empty side says how to name it", async () => {
    const lines = failure(
      await readCohort([text("mentorer.csv", "kod;kommun;sektor;år som chef\nM1;Borås;Skola;9\n")]),
    );
    expect(lines).toEqual([
      'mentorer.csv: needs at least one adept: no adept rows were read (a sheet or file named "Adepter", or rows with adept in a role column, are read as adepts)',
    ]);
  });
});

describe("headers and cells", () => {
  it("headers are case-, accent- and punctuation-tolerant; parentheses are ignored", async () => {
    const csv = [
      "ROLL\tKOD\tKommun\tVERKSAMHETSOMRADE\tar som chef\tKapacitet (antal adepter)\tChefsnivå\tÖnskemål",
      "Mentor\tM1\tBorås\tSkola\t9\t2\tAndra linjen\t",
      "Mentee\tA1\tMark\tVård\t2,5\t\tförsta linjen\tnätverk; delegering, spegling",
    ].join("\n");
    const result = await readCohort([text("x.tsv", csv)]);
    if (!result.success) throw new Error(result.issues.map((i) => formatReadIssue(i)).join("\n"));
    expect(result.cohort.mentors[0]).toMatchObject({
      capacity: 2,
      leadership: { level: "second-line" },
    });
    expect(result.cohort.adepts[0]).toMatchObject({
      managerYears: 2.5,
      leadership: { level: "first-line" },
      wishes: ["nätverk", "delegering", "spegling"],
    });
  });

  it("one column can hold both the mentors' offers and the adepts' wishes", async () => {
    const csv = [
      "Roll;Kod;Kommun;Verksamhet;År som chef;Önskemål / erbjuder",
      "Mentor;M1;Borås;Skola;9;delegering, nätverk",
      "Adept;A1;Mark;Vård;3;nätverk",
    ].join("\n");
    const result = await readCohort([text("x.csv", csv)]);
    if (!result.success) throw new Error(result.issues.map((i) => formatReadIssue(i)).join("\n"));
    expect(result.cohort.mentors[0]?.offers).toEqual(["delegering", "nätverk"]);
    expect(result.cohort.adepts[0]?.wishes).toEqual(["nätverk"]);
    expect(result.sources.adepts[0]?.columns.wishes).toBe("Önskemål / erbjuder");
  });

  it("a column for both roles clashes with a column of one role's field", async () => {
    const csv =
      "roll;kod;kommun;sektor;år som chef;önskemål/erbjuder;önskemål\nmentor;M1;Borås;Skola;9;;\nadept;A1;Mark;Vård;3;;\n";
    expect(failure(await readCohort([text("x.csv", csv)]))).toEqual([
      'x.csv row 1, column "önskemål": this column and "önskemål/erbjuder" both give wishes; keep one of them',
    ]);
  });

  it("list cells split on , ; | whatever the file's own delimiter", async () => {
    const csv = [
      "role,id,municipality,sector,managerYears,offers",
      'mentor,M1,Borås,Skola,9,"a;b|c"',
      "adept,A1,Mark,Vård,3,",
    ].join("\n");
    const result = await readCohort([text("x.csv", csv)]);
    expect(result.success && result.cohort.mentors[0]?.offers).toEqual(["a", "b", "c"]);
    const semi =
      'roll;kod;kommun;sektor;år som chef;erbjuder\nmentor;M1;Borås;Skola;9;"a, b | c"\nadept;A1;Mark;Vård;3;\n';
    const r2 = await readCohort([text("y.csv", semi)]);
    expect(r2.success && r2.cohort.mentors[0]?.offers).toEqual(["a", "b", "c"]);
    // Excel quotes a cell that holds its own delimiter: still a list.
    const quoted = semi.replace('"a, b | c"', '"Bollplank; Delegering"');
    const r3 = await readCohort([text("z.csv", quoted)]);
    expect(r3.success && r3.cohort.mentors[0]?.offers).toEqual(["Bollplank", "Delegering"]);
  });

  it("passes over a title above the header row, and says so", async () => {
    const csv = [
      "Mentorprogram Sjuhärad VT 2024;;;",
      ";;;",
      "Roll;Kod;Kommun;Verksamhet;År som chef",
      "Mentor;M1;Borås;Skola;12 år",
      "Adept;A1;Mark;Vård;3",
    ].join("\n");
    const result = await readCohort([text("ansokan.csv", csv)]);
    if (!result.success) throw new Error(result.issues.map((i) => formatReadIssue(i)).join("\n"));
    expect(result.cohort.mentors[0]?.managerYears).toBe(12);
    expect(result.sources.adepts[0]?.row).toBe(5);
    expect(result.warnings.map((i) => formatReadIssue(i))).toContain(
      "ansokan.csv row 1: not read: the header row is row 3, and rows above it are taken as a title or notes",
    );
  });

  it("empty cells leave the field out, so it scores neutrally", async () => {
    const csv =
      "roll,kod,kommun,sektor,år som chef,år i arbetslivet,utbildningsnivå\nmentor,M1,Borås,Skola,9,,\nadept,A1,Mark,Vård,3,,\n";
    const result = await readCohort([text("x.csv", csv)]);
    expect(result.success && result.cohort.mentors[0]).toEqual({
      id: "M1",
      municipality: "Borås",
      sector: "Skola",
      managerYears: 9,
      capacity: 1,
    });
  });

  it("a municipality code typed as a number in XLSX is read as the code", async () => {
    const result = await readCohort([fixture("var2024-en-flik.xlsx")]);
    expect(result.success && result.input.mentors[1]?.municipality).toBe("1490");
  });

  it("locked and history sheets are read", async () => {
    const files = [
      text(
        "mentorer.csv",
        "kod;kommun;sektor;år som chef;samråd med chef\nM1;Borås;Skola;9;ja\nM2;Mark;Vård;9;ja\n",
      ),
      text(
        "adepter.csv",
        "kod;kommun;sektor;år som chef;samråd med chef\nA1;Tranemo;IFO;3;ja\nA2;Vårgårda;Kultur;3;ja\n",
      ),
      text("låsta par.csv", "mentor;adept\nM1;A1\n"),
      text("historik.csv", "mentor;adept;omgång\nM2;A1;2023\n"),
    ];
    const result = await readCohort(files);
    expect(result.success && result.cohort.locked).toEqual([{ mentor: "M1", adept: "A1" }]);
    expect(result.success && result.cohort.history).toEqual([
      { mentor: "M2", adept: "A1", cohort: "2023" },
    ]);
  });
});

describe("readCohort never guesses at what it cannot read", () => {
  const utf8 = (s: string) => [...new TextEncoder().encode(s)];
  const latin1 = (s: string) => [...s].map((ch) => ch.charCodeAt(0));

  it("a CSV mixing UTF-8 and Windows-1252 rows is refused at the first bad row, so Förskola never becomes FÃ¶rskola", async () => {
    const bytes = new Uint8Array([
      ...utf8("roll;kod;kommun;sektor;år som chef\nmentor;M1;Borås;Förskola;9\n"),
      ...latin1("adept;A1;Mark;Förskola;3\n"),
    ]);
    const result = await readCohort([{ name: "ansokan.csv", bytes }]);
    expect(failure(result)).toEqual([
      'ansokan.csv row 3: mixes two text encodings: row 1 is UTF-8 but row 3 is not, so not all of its å, ä and ö can be read right: save it again as "CSV UTF-8" from the spreadsheet program',
    ]);
  });

  it("bytes that are not UTF-8 after a UTF-8 byte-order mark are refused at their row", async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('roll;kod;kommun;sektor;år som chef;önskemål\nmentor;M1;Borås;Skola;9;"a\nb"\n'),
      ...latin1("adept;A1;Mark;Förskola;3;\n"),
    ]);
    const result = await readCohort([{ name: "a.csv", bytes }]);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues[0]).toMatchObject({ code: "invalid_encoding", row: 3 });
  });

  it("reads UTF-16 CSV, with and without a byte-order mark", async () => {
    const csv = readFileSync(join(fixtures, "var2024-semikolon.csv"), "utf8").replace(
      /^\uFEFF/u,
      "",
    );
    const le = [...csv].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
    const be = [...csv].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]);
    for (const bytes of [[0xff, 0xfe, ...le], [0xfe, 0xff, ...be], le]) {
      const result = await readCohort([
        { name: "var2024.csv", bytes: new Uint8Array(bytes) },
        fixture("var2024-undantag.csv"),
      ]);
      if (!result.success) throw new Error(result.issues.map((i) => formatReadIssue(i)).join("\n"));
      expect(result.cohort).toEqual(spring);
    }
  });

  it("more mentor rows than a cohort holds says how many there are and the limit", async () => {
    const rows = ["roll;kod;kommun;sektor;år som chef"];
    for (let i = 0; i < 20_001; i++) rows.push(`mentor;M${i};Borås;Skola;9`);
    rows.push("adept;A1;Mark;Vård;3");
    const lines = failure(await readCohort([text("ansokan.csv", rows.join("\n"))]));
    expect(lines).toEqual([
      "ansokan.csv: has 20,001 mentor rows, but a cohort has at most 20,000 mentors: split the programme into smaller cohorts",
    ]);
  });

  it("a 200,000-row CSV is refused with its row count and the limit, without reading its rows", async () => {
    const rows = ["roll;kod;kommun;sektor;år som chef"];
    for (let i = 0; i < 200_000; i++) rows.push(`mentor;M${i};Borås;Skola;9`);
    const lines = failure(await readCohort([text("stor.csv", rows.join("\n"))]));
    expect(lines).toEqual([
      "stor.csv: is too large to read: it has 200,001 rows, and mentorpair reads at most 100,000 rows per file (READ_LIMITS.rows)",
    ]);
  });

  it("a file over the byte limit is refused, in any format", async () => {
    const big = new Uint8Array(50_000_001).fill(0x20);
    const lines = failure(await readCohort([{ name: "kohort.json", bytes: big }]));
    expect(lines).toEqual([
      "kohort.json: is too large to read: 50,000,001 bytes, and mentorpair reads files of at most 50 MB (READ_LIMITS.fileBytes)",
    ]);
  });
});

describe("readCohort's arguments", () => {
  test.each([
    ["null", null, /^readCohort: files must be an array of \{ name, bytes \}, got null$/u],
    [
      "a single file",
      { name: "a.csv", bytes: new Uint8Array() },
      /^readCohort: files must be an array .*got an object$/u,
    ],
    [
      "an array with null",
      [null],
      /^readCohort: files\[0\] must be an object \{ name, bytes \}, got null$/u,
    ],
    [
      "bytes null",
      [{ name: "a.csv", bytes: null }],
      /^readCohort: files\[0\]\.bytes must be a Uint8Array .*got null$/u,
    ],
    [
      "bytes a string",
      [{ name: "a.csv", bytes: "kod" }],
      /^readCohort: files\[0\]\.bytes must be a Uint8Array .*got string$/u,
    ],
    [
      "no name",
      [{ bytes: new Uint8Array() }],
      /^readCohort: files\[0\]\.name must be a string, got undefined$/u,
    ],
  ])(
    "%s is a caller's bug: a TypeError naming readCohort and the argument",
    async (_, files, message) => {
      const call = () => readCohort(files as never);
      await expect(call()).rejects.toThrow(TypeError);
      await expect(call()).rejects.toThrow(message);
    },
  );

  it("options that are not an object are a TypeError too", async () => {
    await expect(readCohort([], null as never)).rejects.toThrow(
      /^readCohort: options must be an object, got null$/u,
    );
  });
});

describe("a title row above the header", () => {
  it("works in a semicolon CSV as it does in XLSX", async () => {
    const csv = [
      "Mentorprogram Sjuhärad, VT 2024",
      "",
      "Roll;Kod;Kommun;Verksamhetsområde;År som chef;Samrått med chef;Önskemål/erbjuder",
      'Mentor;M1;Borås;Skola;10;Ja;"Bollplank; Delegering"',
      "Adept;A1;Mark;Vård;3;Ja;Delegering",
    ].join("\r\n");
    const result = await readCohort([text("ansokningar.csv", csv)]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.cohort.mentors[0]).toMatchObject({ id: "M1", municipality: "Borås" });
    expect(result.cohort.adepts[0]?.wishes).toEqual(["Delegering"]);
    expect(result.warnings.map((w) => w.code)).toContain("rows_above_header");
  });
});
