/**
 * The CLI's commands run in-process (`parseCommandLine` + `runJob`, what the built command does
 * after start-up), so every option and output can be checked quickly. process.test.ts runs the
 * built command itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it, test } from "vitest";
import { parseCommandLine } from "../../src/cli/program.js";
import { runJob } from "../../src/cli/run.js";
import { readXlsxTables } from "../../src/io/xlsx.js";
import type { MatchResult } from "../../src/types.js";
import { fixtures, runInProcess } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-commands-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const f = (name: string) => join(fixtures, name);
const SPRING_SV = [f("var2024-semikolon.csv"), f("var2024-undantag.csv")];
const FORMULA_START = /^[=+\-@\t\r]/u;

const mp = runInProcess;

const adeptsOnce = (r: MatchResult) =>
  [...r.pairs.map((p) => p.adeptId), ...r.unmatchedAdepts.map((u) => u.id)].sort();

describe("help and usage errors", () => {
  test.each(["validate", "match", "explain", "report"])("%s --help exits 0", async (command) => {
    const r = await mp(command, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: mentorpair ${command} [options] <files...>`);
    expect(r.stdout).toContain("Exit codes");
  });

  it("help and help COMMAND exit 0", async () => {
    const [top, match] = await Promise.all([mp("help"), mp("help", "match")]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("Usage: mentorpair [options] [command]");
    expect(match.code).toBe(0);
    expect(match.stdout).toContain("Usage: mentorpair match");
  });

  it("--version prints the package's version", async () => {
    const pkg = JSON.parse(readFileSync(join(fixtures, "..", "..", "package.json"), "utf8"));
    expect((await mp("--version")).stdout.trim()).toBe(pkg.version);
  });

  test.each([
    ["no command", [], /Usage: mentorpair/u],
    ["an unknown command", ["frobnicate"], /unknown command 'frobnicate'/u],
    ["no file", ["match"], /missing required argument 'files'/u],
    [
      "an unknown format",
      ["match", "x.csv", "--format", "pdf"],
      /Allowed choices are table, json/u,
    ],
    ["an unknown language", ["match", "x.csv", "--lang", "de"], /Allowed choices are sv, en/u],
    [
      "a bad --alternatives",
      ["match", "x.csv", "--alternatives", "0"],
      /expected a whole number >= 1/u,
    ],
    [
      "explain without --adept",
      ["explain", "x.csv", "--mentor", "M01"],
      /required option '--adept <id>'/u,
    ],
    ["report without --out", ["report", "x.csv"], /required option '-o, --out <path>'/u],
  ])("%s exits 2", async (_, args, message) => {
    const r = await mp(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test.each([
    ["an unknown criterion", ["--weights", "charm=2"], /--weights charm is not an option/u],
    ["a malformed list", ["--weights", "wishes"], /--weights expects name=value pairs/u],
    [
      "a negative weight",
      ["--weights", "wishes=-1"],
      /--weights wishes must be a finite number >= 0/u,
    ],
    [
      "a bad rule mode",
      ["--rules", "differentSector=maybe"],
      /--rules differentSector must be one of/u,
    ],
    ["an unknown rule", ["--rules", "sameGender=hard"], /--rules sameGender is not an option/u],
    [
      "a missing config",
      ["--config", "nope.json"],
      /cannot read --config nope\.json: no such file/u,
    ],
    [
      "--alternatives with csv",
      ["--alternatives", "2", "--format", "csv"],
      /--alternatives works with --format table, json, xlsx or md \(not csv\)/u,
    ],
    ["an HTML --out", ["--out", "par.html"], /use "mentorpair report FILE --out report\.html"/u],
    ["17 threads", ["--threads", "17"], /--threads must be a whole number from 1 to 16, got 17/u],
    ["0 threads", ["--threads", "0"], /--threads.*expected a whole number >= 1/u],
  ])("%s exits 2 with a short message", async (_, args, message) => {
    const r = await mp("match", ...SPRING_SV, ...args, "-q");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it("a config file that is not JSON is a usage error", async () => {
    const config = join(tmp, "bad.json");
    writeFileSync(config, "{ weights: ");
    const r = await mp("match", ...SPRING_SV, "--config", config);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--config ${config}: not valid JSON`);
  });

  it("a missing input file is a usage error", async () => {
    const r = await mp("validate", "nope.csv");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mentorpair validate: cannot read input file nope.csv: no such file");
  });

  it("xlsx to a terminal is refused", async () => {
    const parsed = await parseCommandLine(["match", ...SPRING_SV, "--format", "xlsx", "-q"], {
      stdoutIsTTY: true,
      writeOut: () => {},
      writeErr: () => {},
    });
    if ("exitCode" in parsed) throw new Error("expected a job");
    const out = await runJob(parsed.job);
    expect(out.exitCode).toBe(2);
    expect(out.stderr.join("\n")).toContain("write it to a file with --out PATH");
  });
});

describe("validate", () => {
  test.each([
    [["spring-comma.csv", "spring-comma-exclusions.csv"]],
    [["spring-tab.tsv", "spring-tab-exclusions.tsv"]],
    [["mentorer-cp1252.csv", "adepter-cp1252.csv", "undantag-cp1252.csv"]],
    [["var2024-en-flik.xlsx"]],
    [["var2024-flikar.xlsx"]],
  ])("%j is valid: exit 0 and a summary", async (files) => {
    const r = await mp("validate", ...files.map(f));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^ok: 6 mentors, 6 adepts, 1 exclusion, 0 locked pairs, 0 earlier pairs; \d+ warnings$/mu,
    );
  });

  it("lists every problem of several files at once and exits 1", async () => {
    const r = await mp(
      "validate",
      f("broken/mentorer.csv"),
      f("broken/adepter.csv"),
      f("broken-duplicate-ids.csv"),
    );
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe(
      `error: ${f("broken/mentorer.csv")} row 4, column "År som chef" (M03): "tio" is not a number`,
    );
    // Ids are checked across files even while another file has a bad number.
    expect(lines[1]).toMatch(
      /^error: .*broken-duplicate-ids\.csv row 2, column "id" \(M01\): duplicate id "M01" \(also at .*broken\/mentorer\.csv row 2\)/u,
    );
    expect(lines.at(-1)).toBe("6 errors, 0 warnings: fix the errors and run validate again");
  });

  it("lists who cannot take part and why, and still exits 0 (the file is valid)", async () => {
    const file = join(tmp, "behorighet.csv");
    writeFileSync(
      file,
      [
        "Roll;Kod;Kommun;Verksamhetsområde;År som chef;Samrått med chef",
        "Mentor;M1;Borås;Skola;10;Ja",
        "Mentor;M2;Mark;Vård;4;Ja",
        "Adept;A1;Ulricehamn;Förskola;1,5;Ja",
        "Adept;A2;Tranemo;Äldreomsorg;3;",
        "Adept;A3;Svenljunga;HR;3;nej",
        "Adept;A4;Bollebygd;IT;3;Ja",
      ].join("\n"),
    );
    const r = await mp("validate", file);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("not eligible:"));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /row 3, column "År som chef".*4 years as a manager; mentors need at least 5/u,
    );
    expect(lines[1]).toMatch(/row 4, .*1\.5 years as a manager; adepts need at least 2/u);
    expect(lines[2]).toMatch(/row 5, column "Samrått med chef".*consent not confirmed/u);
    expect(lines[3]).toMatch(/row 6, .*has not consulted their own manager/u);
    expect(r.stdout).toMatch(/4 not eligible \(match leaves them out\)/u);
    const json = JSON.parse((await mp("validate", file, "--format", "json")).stdout);
    expect(json.valid).toBe(true);
    expect(json.ineligible.map((i: { id: string }) => i.id)).toEqual(["M2", "A1", "A2", "A3"]);
  });

  it("--quiet leaves the warnings out", async () => {
    const r = await mp("validate", ...SPRING_SV, "-q");
    expect(r.stdout).not.toContain("warning:");
  });

  it("--format json gives the issues as data", async () => {
    const r = await mp("validate", f("broken-unknown-column.csv"), "--format", "json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({ code: "unknown_column", row: 1, column: "Intressen" }),
    ]);
  });
});

describe("match", () => {
  it("gives the same pairs from the XLSX, the CSV and the JSON of one cohort", async () => {
    const runs = await Promise.all([
      mp("match", f("var2024-flikar.xlsx"), "--format", "json", "-q"),
      mp("match", ...SPRING_SV, "--format", "json", "-q"),
      mp(
        "match",
        join(fixtures, "..", "..", "examples", "sjuharad-spring-2024.json"),
        "--format",
        "json",
        "-q",
      ),
    ]);
    const pairs = runs.map((r) =>
      (JSON.parse(r.stdout) as MatchResult).pairs.map((p) => `${p.mentorId}-${p.adeptId}`),
    );
    expect(pairs[0]).toHaveLength(6);
    expect(pairs[0]).toEqual(pairs[2]);
    expect(pairs[1]).toEqual(pairs[2]);
  });

  it("passes --config, --weights, --rules, --objective and --solver through (flags over the file)", async () => {
    const config = join(tmp, "options.json");
    writeFileSync(
      config,
      JSON.stringify({ weights: { geography: 2, wishes: 1 }, rules: { differentSector: "soft" } }),
    );
    const r = await mp(
      "match",
      ...SPRING_SV,
      "--config",
      config,
      "--weights",
      "wishes=5",
      "--rules",
      "differentMunicipality=off",
      "--objective",
      "fair",
      "--solver",
      "flow",
      "--format",
      "json",
      "-q",
    );
    expect(r.code).toBe(0);
    const { audit } = JSON.parse(r.stdout) as MatchResult;
    expect(audit.weights).toMatchObject({ wishes: 5, geography: 2 });
    expect(audit.rules).toMatchObject({ differentMunicipality: "off", differentSector: "soft" });
    expect(audit.objective).toBe("fair");
    expect(audit.solver).toBe("flow");
  });

  it("--threads 1 is accepted (a cohort this small never starts a helper: test/match/threads.test.ts compares thread counts)", async () => {
    const one = await mp("match", ...SPRING_SV, "--threads", "1", "--format", "json", "-q");
    const any = await mp("match", ...SPRING_SV, "--format", "json", "-q");
    expect(one.code).toBe(0);
    expect(any.code).toBe(0);
    const plan = (out: string) => (JSON.parse(out) as MatchResult).pairs;
    expect(plan(one.stdout)).toEqual(plan(any.stdout));
  });

  it("prints at most 10 warnings, then counts the rest", async () => {
    const cohort = {
      mentors: Array.from({ length: 12 }, (_, i) => ({
        id: `M${i}`,
        municipality: "Borås",
        sector: "Skola",
        managerYears: 9,
        managerConsent: true,
      })),
      adepts: Array.from({ length: 12 }, (_, i) => ({
        id: `A${i}`,
        municipality: "Mark",
        sector: "Vård",
        managerYears: 3,
        managerConsent: true,
      })),
    };
    const file = join(tmp, "tunn.json");
    writeFileSync(file, JSON.stringify(cohort));
    const lines = (await mp("match", file)).stderr.split("\n");
    const warnings = lines.filter((l) => l.startsWith("warning: "));
    // Once per kind: one line per missing field, naming the first ten people and counting the rest.
    expect(warnings).toHaveLength(9);
    expect(warnings).toContain(
      `warning: no workYears for 24 people: the criteria that use it score neutrally (0.5): M0 (${file} mentors[0]), M1 (mentors[1]), M2 (mentors[2]), M3 (mentors[3]), M4 (mentors[4]), M5 (mentors[5]), M6 (mentors[6]), M7 (mentors[7]), M8 (mentors[8]), M9 (mentors[9]), and 14 more`,
    );
    // Places the table does not know (the rule soft): one line each; at most ten lines are printed.
    const places = {
      ...cohort,
      adepts: cohort.adepts.map((a, i) => ({ ...a, municipality: `Ort ${i}` })),
    };
    writeFileSync(file, JSON.stringify(places));
    const more = (await mp("match", file, "--rules", "differentMunicipality=soft")).stderr.split(
      "\n",
    );
    expect(more.filter((l) => l.startsWith("warning: "))).toHaveLength(11);
    expect(more).toContain('warning: and 11 more warnings ("mentorpair validate" lists them all)');
  });

  it("prints a table by default, with data-quality warnings on stderr", async () => {
    const r = await mp("match", ...SPRING_SV);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("6 of 6 adepts matched");
    expect(r.stdout).toMatch(/^ {2}mentor {2}adept {2}score {2}geography/mu);
    expect(r.stdout.match(/^ {2}M0\d {5}A0\d /gmu)).toHaveLength(6);
    expect(r.stderr).toContain(
      'warning: no "Utbildningsnivå" for 1 person: the criteria that use it score neutrally (0.5): M05 (',
    );
  });

  it("--lang sv writes the table in Swedish", async () => {
    const r = await mp("match", ...SPRING_SV, "--lang", "sv", "-q");
    expect(r.stdout).toContain("6 av 6 adepter matchade");
    expect(r.stdout).toContain("önskemål");
  });

  it("lists unmatched adepts and spare mentors with their reasons", async () => {
    const r = await mp("match", ...SPRING_SV, "--rules", "adeptMinManagerYears=3", "-q");
    expect(r.stdout).toContain("Unmatched adepts:");
    expect(r.stdout).toContain(
      "  - A02 is not matched: not eligible: 2.5 years as a manager; adepts need at least 3.",
    );
    expect(r.stdout).toMatch(/^Mentors with places left:\n {2}- M0\d has 1 place left: /mu);
  });

  it("--lang sv gives the reasons in Swedish, written from the cohort", async () => {
    const r = await mp(
      "match",
      ...SPRING_SV,
      "--rules",
      "adeptMinManagerYears=3",
      "--lang",
      "sv",
      "-q",
    );
    expect(r.stdout).toContain("Adepter utan mentor:\n  - A02 har inte fått någon mentor eftersom");
    expect(r.stdout).not.toContain("på engelska");
  });

  it("--alternatives lists each adept's next best mentors (3 without a number)", async () => {
    const json = await mp("match", ...SPRING_SV, "--alternatives", "2", "--format", "json", "-q");
    const result = JSON.parse(json.stdout) as MatchResult;
    expect(result.alternatives?.map((a) => a.adeptId).sort()).toEqual(adeptsOnce(result));
    expect(result.alternatives?.every((a) => a.alternatives.length <= 2)).toBe(true);
    const table = await mp("match", ...SPRING_SV, "--alternatives", "-q");
    expect(table.stdout).toMatch(
      /^ {2}A03 \(M0\d\): M0\d \(-\d+\.\d\), M0\d \(-\d+\.\d\), M0\d \(-\d+\.\d\)$/mu,
    );
    const out = join(tmp, "alternativ.xlsx");
    await mp("match", ...SPRING_SV, "--alternatives", "1", "--out", out, "--lang", "sv", "-q");
    const { tables } = await readXlsxTables("alternativ.xlsx", readFileSync(out));
    const sheet = tables.find((t) => t.sheet === "Alternativ");
    expect(sheet?.rows[0]).toEqual([
      "adept",
      "mentor",
      "i stället",
      "poäng",
      "förlust i total poäng",
      "färre matchade",
    ]);
    expect(sheet?.rows).toHaveLength(7);
  });

  it("--lang sv CSV uses semicolons and decimal commas, for Swedish Excel", async () => {
    const r = await mp("match", ...SPRING_SV, "--format", "csv", "--lang", "sv", "-q");
    expect(r.stdout.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(r.stdout.slice(1), { delimiter: ";" }).data;
    expect(rows[0]?.slice(0, 4)).toEqual(["typ", "mentor", "adept", "poäng"]);
    expect(rows[1]?.[3]).toMatch(/^\d+(,\d+)?$/u);
  });

  it("CSV has a row per pair, unmatched adept and spare mentor", async () => {
    const r = await mp(
      "match",
      ...SPRING_SV,
      "--rules",
      "adeptMinManagerYears=3",
      "--format",
      "csv",
      "-q",
    );
    const kinds = Papa.parse<string[]>(r.stdout.slice(1), { delimiter: "," }).data.map(
      (row) => row[0],
    );
    expect(kinds.filter((k) => k === "pair")).toHaveLength(4);
    expect(kinds.filter((k) => k === "unmatched adept")).toHaveLength(2);
    expect(kinds.filter((k) => k === "spare mentor")).toHaveLength(2);
  });

  it("XLSX output (format from --out's extension) is safe against formula injection", async () => {
    const out = join(tmp, "par.xlsx");
    const r = await mp("match", f("injection.csv"), "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${out}`);
    const { tables } = await readXlsxTables("par.xlsx", readFileSync(out));
    expect(tables.map((t) => t.sheet)).toEqual([
      "Pairs",
      "Unmatched adepts",
      "Mentors with places left",
      "Audit",
    ]);
    const cells = tables
      .flatMap((t) => t.rows.flat())
      .filter((c): c is string => typeof c === "string");
    expect(cells).toEqual(expect.arrayContaining(["'=HYPERLINK(1)", "'@M2"]));
    expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
  });

  it("Markdown output has a pairs table and escapes the input's text", async () => {
    const r = await mp("match", ...SPRING_SV, "--format", "md", "-q");
    expect(r.stdout).toMatch(/^\| mentor \| adept \| score \|/mu);
    expect(r.stdout.match(/^\| M0\d \| A0\d \|/gmu)).toHaveLength(6);
    const out = join(tmp, "par.md");
    await mp("match", f("injection.csv"), "--out", out, "-q");
    expect(readFileSync(out, "utf8")).toContain("| @M2 |");
  });

  it("a folder that does not exist for --out is a usage error", async () => {
    const r = await mp(
      "match",
      ...SPRING_SV,
      "--out",
      join(tmp, "no", "such", "dir", "x.json"),
      "-q",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the folder does not exist");
  });

  it("invalid input exits 1 with every problem on stderr and nothing on stdout", async () => {
    const r = await mp("match", f("broken/mentorer.csv"), f("broken/adepter.csv"));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      'broken/mentorer.csv row 4, column "År som chef" (M03): "tio" is not a number',
    );
    expect(r.stderr).toContain("1 problem in mentorer.csv, adepter.csv: fix it and run again");
  });
});

describe("explain", () => {
  it("explains a pair in words, and why it was chosen", async () => {
    const r = await mp("explain", ...SPRING_SV, "--mentor", "M01", "--adept", "A05", "-q");
    expect(r.code).toBe(0);
    const words = r.stdout.replace(/\s+/gu, " ");
    expect(words).toContain("M01 and A05");
    expect(words).toContain("The optimal plan chooses this pair.");
    expect(r.stdout).toMatch(/^M01 \+ A05: score \d+\.\d \(geography /mu);
  });

  it("--lang sv --format json gives the explanation as data, in Swedish", async () => {
    const r = await mp(
      "explain",
      ...SPRING_SV,
      "--mentor",
      "m01",
      "--adept",
      "A01",
      "--lang",
      "sv",
      "--format",
      "json",
      "-q",
    );
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.status).toBe("blocked");
    expect(e.text).toContain("Reglerna tillåter inte det här paret");
  });

  test.each([
    [["--mentor", "M99", "--adept", "A01"], 'unknown mentor id "M99"'],
    [["--mentor", "A01", "--adept", "A02"], '"A01" is an adept, not a mentor'],
  ])("%j is a usage error", async (args, message) => {
    const r = await mp("explain", ...SPRING_SV, ...args, "-q");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe("report", () => {
  it("writes the HTML report in the language and with the title asked for", async () => {
    const out = join(tmp, "rapport.html");
    const r = await mp(
      "report",
      ...SPRING_SV,
      "--out",
      out,
      "--lang",
      "sv",
      "--title",
      "Mentorprogram <VT 2024>",
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`skrev ${out}`);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("<title>Mentorprogram &lt;VT 2024&gt;</title>");
  });

  it("exits 1 and still writes the report when no pair can be formed", async () => {
    const out = join(tmp, "tom.html");
    const r = await mp(
      "report",
      ...SPRING_SV,
      "--out",
      out,
      "--rules",
      "adeptMinManagerYears=50",
      "-q",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no pair can be formed");
    expect(readFileSync(out, "utf8")).toContain("<!DOCTYPE html>");
  });

  it("invalid input writes no report", async () => {
    const out = join(tmp, "aldrig.html");
    const r = await mp("report", f("broken-missing-column.csv"), "--out", out);
    expect(r.code).toBe(1);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe("match --history", () => {
  it("never repeats a pair of an earlier result, and rejects a file that is not a result", async () => {
    const first = await mp("match", ...SPRING_SV, "--format", "json");
    expect(first.code).toBe(0);
    const earlier = join(tmp, "earlier.json");
    writeFileSync(earlier, first.stdout);
    const before = (JSON.parse(first.stdout) as MatchResult).pairs.map(
      (p) => `${p.mentorId}/${p.adeptId}`,
    );
    const second = await mp("match", ...SPRING_SV, "--format", "json", "--history", earlier);
    expect(second.code).toBe(0);
    const after = (JSON.parse(second.stdout) as MatchResult).pairs.map(
      (p) => `${p.mentorId}/${p.adeptId}`,
    );
    expect(after.length).toBeGreaterThan(0);
    for (const pair of after) expect(before).not.toContain(pair);
    const notResult = join(tmp, "not-a-result.json");
    writeFileSync(notResult, JSON.stringify({ mentors: [] }));
    const bad = await mp("match", ...SPRING_SV, "--history", notResult);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--history .*not-a-result\.json: no pairs found/u);
  });

  it.each([
    ["json", "en"],
    ["csv", "en"],
    ["csv", "sv"],
    ["xlsx", "en"],
    ["xlsx", "sv"],
  ])("--history reads the tool's own %s export (%s)", async (format, lang) => {
    const file = join(tmp, `earlier-${lang}.${format}`);
    const first = await mp("match", ...SPRING_SV, "--lang", lang, "--out", file);
    expect(first.code).toBe(0);
    const json = await mp("match", ...SPRING_SV, "--format", "json");
    const before = (JSON.parse(json.stdout) as MatchResult).pairs.map(
      (p) => `${p.mentorId}/${p.adeptId}`,
    );
    const second = await mp("match", ...SPRING_SV, "--format", "json", "--history", file);
    expect(second.code).toBe(0);
    const after = (JSON.parse(second.stdout) as MatchResult).pairs.map(
      (p) => `${p.mentorId}/${p.adeptId}`,
    );
    expect(after.length).toBeGreaterThan(0);
    for (const pair of after) expect(before).not.toContain(pair);
  });

  it("--locked keeps the pairs of the tool's own XLSX export, and of a sheet with mentor and adept columns", async () => {
    const file = join(tmp, "agreed.xlsx");
    expect((await mp("match", ...SPRING_SV, "--lang", "sv", "--out", file)).code).toBe(0);
    const r = await mp("match", ...SPRING_SV, "--format", "json", "--locked", file);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as MatchResult;
    expect(result.pairs.every((p) => p.locked)).toBe(true);
    const csv = join(tmp, "lasta.csv");
    writeFileSync(csv, "Mentor;Adept\nM06;A03\n");
    const one = JSON.parse(
      (await mp("match", ...SPRING_SV, "--format", "json", "--locked", csv)).stdout,
    );
    expect(
      (one as MatchResult).pairs.filter((p) => p.locked).map((p) => `${p.mentorId}/${p.adeptId}`),
    ).toEqual(["M06/A03"]);
  });

  it("--locked with someone who is not in the cohort names the file and row", async () => {
    const csv = join(tmp, "lasta-fel.csv");
    writeFileSync(csv, "Mentor;Adept\nM06;A03\nM99;A01\n");
    const r = await mp("match", ...SPRING_SV, "--locked", csv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /--locked .*lasta-fel\.csv row 3 \(M99\/A01\): no mentor with id "M99"/u,
    );
  });

  it("--history with a file that does not exist says so", async () => {
    const r = await mp("match", ...SPRING_SV, "--history", join(tmp, "missing.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read --history .*missing\.json: no such file/u);
  });
});
