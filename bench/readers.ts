/**
 * Time and memory of the readers on hostile and large files. Make the files once, then read each
 * in its own process so its peak memory can be measured:
 *
 *   npx tsx bench/readers.ts make /tmp/readers
 *   npx tsx bench/readers.ts realistic /tmp/readers 20000   (only the realistic workbook)
 *   /usr/bin/time -v npx tsx bench/readers.ts read /tmp/readers/bomb-400mb.xlsx
 *
 * `read` prints the time readCohort took and its first issue, `tables` the time of the readers
 * alone (readXlsxTables, readCsvTable); `/usr/bin/time -v` gives the peak ("Maximum resident
 * set size"). Not part of the library.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { deflateSync } from "fflate";
import { columnLetter } from "../src/io/columnLetter.js";
import { crc32 } from "../src/io/crc32.js";
import { readCsvTable } from "../src/io/csv.js";
import { formatReadIssue, readCohort } from "../src/io/index.js";
import { writeXlsx } from "../src/io/writeXlsx.js";
import { readXlsxTables } from "../src/io/xlsx.js";
import { MAX_PEOPLE_PER_SIDE } from "../src/schema/cohort.js";
import {
  entry,
  inlineCell,
  runEntry,
  sheetXml,
  workbook,
  workbookEntries,
  zip,
} from "../test/io/hostile.js";
import { generateCohort } from "./generate.js";

const MB = 1024 * 1024;

async function make(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const out = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    console.log(`${name}: ${bytes.length} bytes`);
  };
  const header = `<row r="1">${inlineCell("A1", "roll")}${inlineCell("B1", "kod")}</row>`;
  // (a) 8 MB of whitespace between two rows; (a') one text node of 8 MB.
  const spaces = new TextEncoder().encode(
    sheetXml(`${header}${" ".repeat(8 * MB)}<row r="2">${inlineCell("A2", "mentor")}</row>`),
  );
  const deflated = (xml: Uint8Array) => ({
    name: "",
    method: 8 as const,
    compressed: deflateSync(xml, { level: 9 }),
    size: xml.length,
    crc: crc32(xml),
  });
  out("hostile-space.xlsx", workbook(deflated(spaces)));
  const text = new TextEncoder().encode(
    sheetXml(`${header}<row r="2">${inlineCell("A2", "x".repeat(8 * MB))}</row>`),
  );
  out("hostile-text.xlsx", workbook(deflated(text)));
  // (b) zip bombs: sheet XML of 400 MB and 1.2 GB of spaces.
  // The "-lying" ones declare 1,000 bytes in their headers, so only unpacking can tell.
  for (const [name, size] of [
    ["bomb-400mb", 400 * MB],
    ["bomb-1200mb", 1200 * MB],
  ] as const) {
    const prefix = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${header}`;
    const bomb = runEntry("", prefix, size, "</sheetData></worksheet>");
    out(`${name}.xlsx`, workbook(bomb));
    out(`${name}-lying.xlsx`, workbook({ ...bomb, size: 1000 }));
  }
  // (c) a realistic workbook at the schema's bound.
  await realistic(dir, MAX_PEOPLE_PER_SIDE);
  // (d) the most a workbook may hold: 40,000 rows x 50 columns = 2,000,000 cells (the cell
  // limit), each pointing to its own shared text of about 23 characters (about 160 MB of XML).
  const texts: string[] = [];
  const cells: string[] = [];
  let seed = 1;
  const letter = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return String.fromCharCode(97 + ((seed >>> 16) % 26));
  };
  for (let r = 1; r <= 40_000; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 50; c++) {
      const i = texts.length;
      texts.push(`<si><t>${Array.from({ length: 16 }, letter).join("")} ${i}</t></si>`);
      row += `<c r="${columnLetter(c)}${r}" t="s"><v>${i}</v></c>`;
    }
    cells.push(`${row}</row>`);
  }
  out(
    "max-cells.xlsx",
    zip(
      workbookEntries(
        [{ name: "Mentorer", sheet: sheetXml(cells.join("")) }],
        [entry("xl/sharedStrings.xml", `<sst>${texts.join("")}</sst>`)],
      ),
    ),
  );
  // A 200,000-row CSV (finding 3).
  const csv = ["roll;kod;kommun;sektor;år som chef"];
  for (let i = 0; i < 200_000; i++) csv.push(`mentor;M${i};Borås;Skola;9`);
  out("rows-200k.csv", new TextEncoder().encode(csv.join("\n")));
}

/** A realistic n + n workbook: one sheet with a role column, exclusions, history. */
async function realistic(dir: string, n: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const cohort = generateCohort(n);
  const out = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    console.log(
      `${name}: ${bytes.length} bytes, ${rows.length - 1} people rows, ${(cohort.exclusions?.length ?? 0) + (cohort.history?.length ?? 0)} exclusion and history rows`,
    );
  };
  const list = (xs: readonly string[] | undefined) => xs?.join(", ") ?? null;
  const people = [
    ...cohort.mentors.map((m) => ({ ...m, role: "mentor" })),
    ...cohort.adepts.map((a) => ({ ...a, role: "adept" })),
  ];
  const rows = [
    [
      "role",
      "id",
      "municipality",
      "sector",
      "managerYears",
      "workYears",
      "sectorExperience",
      "education.level",
      "education.fields",
      "leadership.level",
      "leadership.staffCount",
      "leadership.areas",
      "managerConsent",
      "offers",
      "capacity",
      "wishes",
    ],
    ...people.map((p) => [
      p.role,
      p.id,
      p.municipality,
      p.sector,
      p.managerYears,
      p.workYears ?? null,
      list(p.sectorExperience),
      p.education?.level ?? null,
      list(p.education?.fields),
      p.leadership?.level ?? null,
      p.leadership?.staffCount ?? null,
      list(p.leadership?.areas),
      p.managerConsent ? "yes" : "no",
      "offers" in p ? list(p.offers) : null,
      "capacity" in p ? (p.capacity ?? null) : null,
      "wishes" in p ? list(p.wishes) : null,
    ]),
  ];
  out(
    `realistic-${n / 1000}k.xlsx`,
    await writeXlsx([
      { name: "Ansökningar", rows },
      {
        name: "Undantag",
        rows: [
          ["mentor", "adept", "reason"],
          ...(cohort.exclusions ?? []).map((e) => [e.mentor, e.adept, e.reason ?? null]),
        ],
      },
      {
        name: "Historik",
        rows: [
          ["mentor", "adept", "cohort"],
          ...(cohort.history ?? []).map((h) => [h.mentor, h.adept, h.cohort ?? null]),
        ],
      },
    ]),
  );
}

async function read(path: string): Promise<void> {
  const bytes = readFileSync(path);
  const start = performance.now();
  const result = await readCohort([{ name: basename(path), bytes }]);
  const ms = performance.now() - start;
  const first = result.success
    ? `success: ${result.cohort.mentors.length} mentors, ${result.cohort.adepts.length} adepts`
    : formatReadIssue(result.issues[0]!).slice(0, 300);
  const rss = Math.round(process.memoryUsage().rss / MB);
  console.log(`${basename(path)}: ${Math.round(ms)} ms, rss at end ${rss} MB\n  ${first}`);
}

/** The readers alone (no header matching, no schema): readXlsxTables or readCsvTable. */
async function tables(path: string): Promise<void> {
  const bytes = readFileSync(path);
  const start = performance.now();
  const { tables, issues } = path.endsWith(".csv")
    ? (({ table, issues }) => ({ tables: [table], issues }))(readCsvTable(basename(path), bytes))
    : await readXlsxTables(basename(path), bytes);
  const ms = performance.now() - start;
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  const rss = Math.round(process.memoryUsage().rss / MB);
  const first = issues[0] === undefined ? `${rows} rows` : formatReadIssue(issues[0]).slice(0, 200);
  console.log(`${basename(path)}: ${Math.round(ms)} ms, rss at end ${rss} MB\n  ${first}`);
}

const [command, arg] = process.argv.slice(2);
if (command === "make" && arg !== undefined) await make(arg);
else if (command === "realistic" && arg !== undefined)
  await realistic(arg, Number(process.argv[4] ?? MAX_PEOPLE_PER_SIDE));
else if (command === "read" && arg !== undefined) await read(arg);
else if (command === "tables" && arg !== undefined) await tables(arg);
else
  console.log(
    "usage: bench/readers.ts make <dir> | realistic <dir> [people per side] | read <file> | tables <file>",
  );
