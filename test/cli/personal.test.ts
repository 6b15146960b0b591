/**
 * Personal columns (name, e-mail, phone, comment) are accepted, never read and never reach any
 * output: every command and format is run on a sheet that has them, and nothing of them shows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCohort } from "../../src/io/index.js";
import { readXlsxTables } from "../../src/io/xlsx.js";
import { fixtures, runInProcess } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-personal-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PERSONAL = ["Namn", "E-post", "Telefon", "Kommentar"] as const;
const SECRET = (row: number) => [
  `Hemlig Person${row}`,
  `hemlig${row}@example.se`,
  `070-555 ${String(row).padStart(4, "0")}`,
  `ring efter lunch ${row}`,
];

/** The spring cohort's semicolon CSV with four personal columns in front. */
function withPersonalColumns(): string {
  const text = readFileSync(join(fixtures, "var2024-semikolon.csv"), "utf8").replace(
    /^\uFEFF/u,
    "",
  );
  const lines = text.trim().split(/\r\n/u);
  return lines
    .map((line, i) => (i === 0 ? [...PERSONAL, line] : [...SECRET(i), line]).join(";"))
    .join("\r\n");
}

const sheet = join(tmp, "ansokningar.csv");
writeFileSync(sheet, `\uFEFF${withPersonalColumns()}\r\n`);
const exclusions = join(fixtures, "var2024-undantag.csv");

function expectNoPersonalData(text: string): void {
  for (let row = 1; row <= 12; row++) {
    for (const secret of SECRET(row)) expect(text).not.toContain(secret);
  }
  expect(text).not.toMatch(/Hemlig|@example\.se|070-555|ring efter lunch/u);
}

describe("personal and note columns", () => {
  it("are accepted, not read, and named once per sheet", async () => {
    const result = await readCohort([
      { name: "ansokningar.csv", bytes: new Uint8Array(readFileSync(sheet)) },
    ]);
    expect(result.success).toBe(true);
    const notRead = result.warnings.filter((w) => w.code === "columns_not_read");
    expect(notRead).toHaveLength(1);
    for (const h of PERSONAL) expect(notRead[0]!.message).toContain(`"${h}"`);
    expectNoPersonalData(JSON.stringify(result));
  });

  it("a header close to a real one still gets its did-you-mean", async () => {
    const text = withPersonalColumns().replace("Kommun;", "Kommmun;");
    const result = await readCohort([{ name: "a.csv", bytes: new TextEncoder().encode(text) }]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.message).join("\n")).toMatch(/did you mean "kommun"\?/u);
  });

  it.each([
    ["validate", []],
    ["match", []],
    ["match", ["--format", "json"]],
    ["match", ["--format", "csv"]],
    ["match", ["--format", "md"]],
    ["match", ["--lang", "sv", "--alternatives", "2"]],
    ["explain", ["--mentor", "M02", "--adept", "A05"]],
  ])("never reach the output of %s %s", async (command, flags) => {
    const r = await runInProcess(command, sheet, exclusions, ...flags);
    expect(r.code).toBe(0);
    expectNoPersonalData(`${r.stdout}\n${r.stderr}`);
  });

  it("never reach the XLSX export or the HTML report", async () => {
    const xlsx = join(tmp, "par.xlsx");
    expect((await runInProcess("match", sheet, exclusions, "--out", xlsx)).code).toBe(0);
    const { tables } = await readXlsxTables("par.xlsx", new Uint8Array(readFileSync(xlsx)));
    expect(tables.length).toBeGreaterThan(0);
    expectNoPersonalData(JSON.stringify(tables));
    const html = join(tmp, "rapport.html");
    expect(
      (await runInProcess("report", sheet, exclusions, "--out", html, "--lang", "sv")).code,
    ).toBe(0);
    expectNoPersonalData(readFileSync(html, "utf8"));
  });
});
