import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { READ_LIMITS, type ReadIssue, readCohort } from "../../src/io/index.js";
import { readXlsxTables } from "../../src/io/xlsx.js";
import { UNSAFE_CHARS } from "../../src/util/quote.js";
import { entry, workbookEntries, zip } from "./hostile.js";

const names = fc.constantFrom(
  "a.csv",
  "a.tsv",
  "a.txt",
  "a.xlsx",
  "a.json",
  "mentorer.csv",
  "Adepter.csv",
);
const header = "Roll;Kod;Kommun;Verksamhetsområde;År som chef\n";

/** Messages of JavaScript's own errors: a reader that lets one through has a bug. */
const INTERNAL =
  /Maximum call stack|is not a function|Cannot read properties|Invalid array length|Invalid string length|Cannot create a string|undefined is not|out of memory|RangeError|TypeError/u;

/** Issues about a whole file, whose messages the readers write (cells' messages are the table reader's). */
const FILE_CODES = new Set([
  "invalid_encoding",
  "file_too_large",
  "cell_too_long",
  "unreadable_file",
  "csv_syntax",
  "invalid_json",
  "empty_file",
]);
const UNSAFE = new RegExp(UNSAFE_CHARS.source, "u");

/** Every issue is typed, and none is one of JavaScript's own errors; file issues print safely. */
function typed(issues: readonly ReadIssue[]): void {
  for (const i of issues) {
    expect(i.code).toMatch(/^[a-z_]+$/u);
    expect(i.message).not.toMatch(INTERNAL);
    if (FILE_CODES.has(i.code)) expect(i.message).not.toMatch(UNSAFE);
  }
}

/** readCohort must answer every input with a result, never an exception. */
async function answers(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const result = await readCohort(files);
  expect(typeof result.success).toBe("boolean");
  if (!result.success) {
    expect(result.issues.length).toBeGreaterThan(0);
    typed(result.issues);
  }
}

/** Runs `run`, and fails if it takes longer than `ms` (a reader that hangs fails the test). */
async function within(ms: number, run: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await run();
  expect(performance.now() - start).toBeLessThan(ms);
}

describe("the readers on hostile input find only typed problems", () => {
  it("arbitrary bytes under any file name", async () => {
    await fc.assert(
      fc.asyncProperty(names, fc.uint8Array({ maxLength: 400 }), async (name, bytes) => {
        await answers([{ name, bytes }]);
      }),
      { numRuns: 200 },
    );
  });

  it("arbitrary text in a Swedish-layout CSV", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (text) => {
        await answers([{ name: "a.csv", bytes: new TextEncoder().encode(header + text) }]);
      }),
      { numRuns: 200 },
    );
  });

  it("rows with strange cells: ids such as __proto__, formulas, emoji, absurd numbers", async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        "__proto__",
        "constructor",
        "=1+1",
        "@SUM(A1)",
        "😀",
        "NaN",
        "-1",
        "1e999",
        "",
        " ",
        "Borås",
      ),
      fc.string({ maxLength: 20 }).map((s) => s.replace(/[;\n\r"]/gu, "")),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("Mentor", "Adept", "x"), cell, cell, cell, cell), {
          maxLength: 6,
        }),
        async (rows) => {
          const csv = header + rows.map((r) => r.join(";")).join("\n");
          await answers([{ name: "a.csv", bytes: new TextEncoder().encode(csv) }]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("text in every encoding, mixed and broken: UTF-8, Windows-1252, UTF-16 and NUL bytes", async () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 20 }).map((t) => [...new TextEncoder().encode(t)]),
      fc.constantFrom([0xe5], [0xf6, 0x72], [0x81], [0x00], [0xef, 0xbb, 0xbf], [0xff, 0xfe]),
      fc.constantFrom([0xc3, 0xa5], [0xe2, 0x80, 0x93], [0x0a], [0x0d], [0x22], [0x3b]),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (pieces) => {
        const bytes = new Uint8Array([...new TextEncoder().encode(header), ...pieces.flat()]);
        await answers([{ name: "a.csv", bytes }]);
      }),
      { seed: 7041, numRuns: 300 },
    );
  });
});

describe("the XLSX reader on hostile workbooks finds only typed problems, in bounded time", () => {
  const fixture = readFileSync(join(import.meta.dirname, "..", "fixtures", "var2024-en-flik.xlsx"));

  it("a real workbook with bytes changed, cut or spliced", async () => {
    type Mutation = (b: Uint8Array) => Uint8Array;
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc
        .record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) })
        .map(({ at, byte }) => (b: Uint8Array) => {
          const c = new Uint8Array(b);
          c[at % c.length] = byte;
          return c;
        }),
      fc.nat().map((at) => (b: Uint8Array) => b.subarray(0, at % b.length)),
      fc.tuple(fc.nat(), fc.nat()).map(([a, n]) => (b: Uint8Array) => {
        const at = a % b.length;
        return new Uint8Array([...b.subarray(0, at), ...b.subarray(at + (n % 64))]);
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (ms) => {
        const bytes = ms.reduce<Uint8Array>((b, m) => m(b), new Uint8Array(fixture));
        await within(5000, () => answers([{ name: "a.xlsx", bytes }]));
      }),
      { seed: 7042, numRuns: 150 },
    );
  }, 120_000);

  it("sheets of generated XML: tags, attributes, entities, CDATA, comments, long runs", async () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        "<row>",
        "</row>",
        '<row r="3">',
        '<row r="99999999999">',
        '<c r="A1" t="s"><v>0</v></c>',
        '<c r="B2" t="inlineStr"><is><t>x</t></is></c>',
        '<c r="ZZZZ1"><v>1</v></c>',
        '<c r="A1048576" t="b"><v>2</v></c>',
        '<c t="d"><v>not a date</v></c>',
        '<c s="99999"><v>1e308</v></c>',
        "<c><v>",
        "</v></c>",
        "<is><r><t>",
        "</t></r></is>",
        "<rPh><t>",
        "&amp;&#0;&#x110000;&bogus;&",
        "<![CDATA[<c>]]>",
        "<!-- <row> -->",
        "<?pi x?>",
        "<x:c r='C3'><x:v>5</x:v></x:c>",
        "_x0000__xD83D_",
        "<",
        ">",
        '"',
      ),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: 1, max: 200_000 }).map((n) => " ".repeat(n)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 40 }), async (parts) => {
        const xml = `<worksheet><sheetData>${parts.join("")}</sheetData></worksheet>`;
        const sst = entry("xl/sharedStrings.xml", "<sst><si><t>Borås</t></si></sst>");
        const bytes = zip(workbookEntries([{ name: "Mentorer", sheet: xml }], [sst]));
        await within(5000, async () => {
          const { tables, issues } = await readXlsxTables("a.xlsx", bytes);
          typed(issues);
          for (const t of tables) expect(t.rows.length).toBeLessThanOrEqual(READ_LIMITS.rows);
        });
      }),
      { seed: 7043, numRuns: 200 },
    );
  }, 120_000);
});
