/**
 * `--lang sv` on every command: errors, warnings, settings, usage errors and the export's reason
 * column are Swedish. Each test would find an English word if a message were left untranslated.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { fixtures, runInProcess } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-sv-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const f = (name: string) => join(fixtures, name);
const SPRING_SV = [f("var2024-semikolon.csv"), f("var2024-undantag.csv")];

/** English words that would give away an untranslated message. */
const ENGLISH =
  /\b(error|warning|row|column|sheet|not a number|needs|cannot|no such|wrote|weights|rules|objective|empty|eligible)\b/u;

describe("--lang sv", () => {
  it("validate: errors with rad and kolumn, in Swedish", async () => {
    const r = await runInProcess(
      "validate",
      f("broken/mentorer.csv"),
      f("broken/adepter.csv"),
      "--lang",
      "sv",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("fel: ");
    expect(r.stdout).toContain('rad 4, kolumn "År som chef" (M03): "tio" är inget tal');
    expect(r.stdout).toContain("1 fel, 0 varningar: rätta felen och kör validate igen");
    expect(r.stdout.replace(/"[^"]*"/gu, "")).not.toMatch(ENGLISH);
  });

  it("validate: warnings once per kind with id and row, and who is not eligible", async () => {
    const file = join(tmp, "ansokningar.csv");
    writeFileSync(
      file,
      [
        "Roll;Kod;Kommun;Verksamhetsområde;År som chef;Samrått med chef",
        "Mentor;M1;Marks kommun;Skola;10;Ja",
        "Adept;A1;Ulricehamn;Förskola;1,5;Ja",
        "Adept;A2;Tranemo;Vård;3;Ja",
      ].join("\n"),
    );
    const r = await runInProcess("validate", file, "--lang", "sv");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^varning: år i arbetslivet saknas för 3 personer: .*: M1 \(.*ansokningar\.csv rad 2\), A1 \(rad 3\), A2 \(rad 4\)$/mu,
    );
    expect(r.stdout).toMatch(
      /^inte behörig: .*rad 3, kolumn "År som chef" \(A1\): 1,5 år som chef; adepter behöver minst 2$/mu,
    );
    expect(r.stdout).toMatch(
      /^ok: 1 mentor, 2 adepter, .*; 1 inte behöriga \(match lämnar dem utanför\)$/mu,
    );
    expect(r.stdout.replace(/"[^"]*"/gu, "")).not.toMatch(ENGLISH);
  });

  it("match: settings, version line and warnings in Swedish", async () => {
    const r = await runInProcess("match", ...SPRING_SV, "--lang", "sv");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^vikter geografi=1, .*; regler olika kommuner=hård, .*; mål högsta totalpoäng$/mu,
    );
    expect(r.stdout).toMatch(/^mentorpair .*, indata sha256 [0-9a-f]{64}$/mu);
    expect(r.stderr).toMatch(/^varning: "Utbildningsnivå" saknas för 1 person/mu);
    expect(r.stderr.replace(/"[^"]*"/gu, "")).not.toMatch(ENGLISH);
  });

  it("match: the CSV export's reason column is Swedish", async () => {
    const r = await runInProcess(
      "match",
      ...SPRING_SV,
      "--lang",
      "sv",
      "--format",
      "csv",
      "--rules",
      "differentSector=off,mentorMinManagerYears=12",
    );
    const rows = Papa.parse<string[]>(r.stdout.replace(/^\uFEFF/u, ""), { delimiter: ";" }).data;
    const header = rows[0]!;
    const reason = header.indexOf("orsak");
    expect(reason).toBeGreaterThan(0);
    const reasons = rows
      .slice(1)
      .map((row) => row[reason])
      .filter((x) => x !== undefined && x !== "");
    expect(reasons.length).toBeGreaterThan(0);
    for (const x of reasons)
      expect([
        "inte behörig",
        "ingen tillåten mentor",
        "platserna räcker inte",
        "ingen tillåten adept",
        "behövs inte i bästa planen",
      ]).toContain(x);
  });

  it("usage errors and write errors are Swedish too", async () => {
    const missing = await runInProcess("validate", join(tmp, "finns-inte.csv"), "--lang", "sv");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /kan inte läsa indatafilen .*finns-inte\.csv: filen finns inte/u,
    );
    const history = await runInProcess(
      "match",
      ...SPRING_SV,
      "--lang",
      "sv",
      "--history",
      join(tmp, "saknas.json"),
    );
    expect(history.stderr).toMatch(/kan inte läsa --history .*saknas\.json: filen finns inte/u);
    const folder = await runInProcess(
      "match",
      ...SPRING_SV,
      "--lang",
      "sv",
      "--out",
      join(tmp, "nej", "x.csv"),
    );
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/kan inte skriva .*: mappen finns inte/u);
    const out = join(tmp, "par.csv");
    const wrote = await runInProcess("match", ...SPRING_SV, "--lang", "sv", "--out", out);
    expect(wrote.stderr).toContain(`skrev ${out}`);
  });
});
