/**
 * The built `mentorpair` command run as a process: exit codes, help, and the outputs a
 * coordinator opens (JSON, CSV, HTML). Everything else is tested in-process (commands.test.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { PROGRESS_FROM_PEOPLE } from "../../src/cli/commands/match.js";
import type { MatchResult } from "../../src/types.js";
import { buildCli, type Run, run } from "./helpers.js";

let cli = "";
let removeBuild = () => {};
const tmp = mkdtempSync(join(tmpdir(), "mentorpair-cli-"));

beforeAll(async () => {
  const built = await buildCli();
  cli = built.cli;
  removeBuild = built.remove;
}, 60_000);

afterAll(() => {
  removeBuild();
  rmSync(tmp, { recursive: true, force: true });
});

const mp = (...args: string[]): Promise<Run> => run(cli, args);
const SPRING_SV = ["var2024-semikolon.csv", "var2024-undantag.csv"];
const STACK_LINE = /\n\s+at /u;

describe.concurrent("the mentorpair command", () => {
  it("--help lists the commands and exits 0; every command has --help", async () => {
    const [top, match] = await Promise.all([mp("--help"), mp("match", "--help")]);
    expect(top.code).toBe(0);
    for (const c of ["validate", "match", "explain", "report"]) expect(top.stdout).toContain(c);
    expect(match.code).toBe(0);
    expect(match.stdout).toContain("Usage: mentorpair match [options] <files...>");
  });

  it("exits 2 on a usage error, with a short message and no stack trace", async () => {
    const r = await mp("match", "spring-comma.csv", "--bogus");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown option '--bogus'");
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 1 on invalid input, naming file, row and column", async () => {
    const r = await mp("validate", "broken/mentorer.csv", "broken/adepter.csv");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'error: broken/mentorer.csv row 4, column "År som chef" (M03): "tio" is not a number',
    );
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 1 when no pair can be formed", async () => {
    const r = await mp("match", ...SPRING_SV, "--rules", "adeptMinManagerYears=50", "-q");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no pair can be formed");
  });

  it("match --format json prints the full MatchResult, with every adept exactly once", async () => {
    const r = await mp("match", ...SPRING_SV, "--format", "json", "--quiet");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout) as MatchResult;
    const adepts = [
      ...result.pairs.map((p) => p.adeptId),
      ...result.unmatchedAdepts.map((u) => u.id),
    ];
    expect(adepts.sort()).toEqual(["A01", "A02", "A03", "A04", "A05", "A06"]);
    expect(result.audit.inputHash).toMatch(/^[0-9a-f]{64}$/u);
  });

  it("match --format csv neutralises formula injection", async () => {
    const r = await mp("match", "injection.csv", "--format", "csv", "-q");
    expect(r.code).toBe(0);
    const cells = Papa.parse<string[]>(r.stdout.replace(/^\uFEFF/u, ""), {
      delimiter: ",",
      newline: "\r\n",
    }).data.flat();
    expect(cells).toEqual(expect.arrayContaining(["'=HYPERLINK(1)", "'@M2", "'-A1", "'+A2"]));
    expect(cells.filter((c) => /^[=+\-@\t\r]/u.test(c))).toEqual([]);
  });

  it("report writes one self-contained HTML file with every pair and no external URL", async () => {
    const out = join(tmp, "rapport.html");
    const [report, json] = await Promise.all([
      mp("report", ...SPRING_SV, "--out", out, "--lang", "sv", "-q"),
      mp("match", ...SPRING_SV, "--format", "json", "-q"),
    ]);
    expect(report.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    const { pairs } = JSON.parse(json.stdout) as MatchResult;
    expect(pairs).toHaveLength(6);
    for (const p of pairs) {
      expect(html).toContain(p.mentorId);
      expect(html).toContain(p.adeptId);
    }
    expect(html).not.toMatch(/https?:\/\//u);
  });

  it("match prints a large cohort's progress on stderr as it works, stdout stays the result, and --quiet turns it off", async () => {
    const n = PROGRESS_FROM_PEOPLE + 1;
    const file = join(tmp, "nationell.json");
    writeFileSync(file, JSON.stringify(generateCohort(n, 7)));
    const [told, quiet] = await Promise.all([
      mp("match", file, "--format", "json"),
      mp("match", file, "--format", "json", "--quiet"),
    ]);
    for (const r of [told, quiet]) {
      expect(r.code).toBe(0);
      const result = JSON.parse(r.stdout) as MatchResult;
      expect(result.pairs.length + result.unmatchedAdepts.length).toBe(n);
    }
    const lines = told.stderr.split("\n").filter((l) => !/working|done in/u.test(l));
    expect(lines.slice(0, 2)).toEqual([
      "mentorpair match: validating the cohort…",
      "mentorpair match: scoring every allowed pair 0%",
    ]);
    // The scoring lines go up in tens, 0% to 100%, with at least one between. Which tens show
    // depends on the machine: the rows are counted where this thread takes its next block, and
    // the helper threads take blocks while it hashes the input, so it may next report 30%.
    const scoring = lines.filter((l) =>
      l.startsWith("mentorpair match: scoring every allowed pair"),
    );
    const percents = scoring.map((l) => Number(/ (\d+)%$/u.exec(l)?.[1]));
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
    expect(percents.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < percents.length; i++) {
      expect(percents[i]! % 10).toBe(0);
      expect(percents[i]!).toBeGreaterThan(percents[i - 1]!);
    }
    // Scoring lines come together, right after validating.
    expect(lines.slice(1, 1 + scoring.length)).toEqual(scoring);
    expect(lines).toContain("mentorpair match: proving the plan optimal…");
    expect(lines.filter((l) => l !== "").slice(-2)).toEqual([
      "mentorpair match: checking the plan against every rule…",
      "mentorpair match: making the result…",
    ]);
    expect(quiet.stderr).toBe("");
  });

  it("runs a large cohort in a worker thread", async () => {
    const n = 120;
    const towns = [
      "Borås",
      "Mark",
      "Tranemo",
      "Ulricehamn",
      "Vårgårda",
      "Herrljunga",
      "Bollebygd",
      "Svenljunga",
    ];
    const sectors = ["Skola", "Vård", "Omsorg", "Kultur", "Teknik", "Ekonomi"];
    const text =
      "Jag vill dela med mig av erfarenheter av förändringsarbete och hållbart ledarskap. ".repeat(
        6,
      );
    const person = (id: string, i: number, years: number) => ({
      id,
      municipality: towns[i % towns.length],
      sector: sectors[(i * 7) % sectors.length],
      managerYears: years,
      managerConsent: true,
    });
    const cohort = {
      mentors: Array.from({ length: n }, (_, i) => ({
        ...person(`M${i}`, i, 6 + (i % 15)),
        offerText: text,
      })),
      adepts: Array.from({ length: n }, (_, i) => ({
        ...person(`A${i}`, i + 3, 2 + (i % 5)),
        wishText: text,
      })),
    };
    const file = join(tmp, "stor-kohort.json");
    writeFileSync(file, JSON.stringify(cohort));
    // Above the size from which the CLI runs the command in a worker thread.
    expect(readFileSync(file).length).toBeGreaterThan(64 * 1024);
    const r = await mp("match", file, "--format", "json", "-q");
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as MatchResult;
    expect(result.pairs.length + result.unmatchedAdepts.length).toBe(n);
    expect(new Set(result.pairs.map((p) => p.adeptId)).size).toBe(result.pairs.length);
  });

  it("leaves no ArrayBuffer detached in any of its threads, so V8 keeps typed arrays on its fast path", async () => {
    // One detached ArrayBuffer (a transfer list, say) makes V8 check every later typed-array
    // access of its thread for detachment: the scorer's row loops ran 40 % slower. V8 says so
    // under --trace-protector-invalidation, on standard output; first, that it still does.
    const detach = "const b = new ArrayBuffer(8); structuredClone(b, { transfer: [b] });";
    const trace = "--trace-protector-invalidation";
    const said = "Invalidating protector cell ArrayBufferDetaching";
    const control = spawnSync(process.execPath, [trace, "-e", detach], { encoding: "utf8" });
    expect(control.stdout).toContain(said);
    // 2,000 + 2,000: the helper thread joins the first pass and hands its part back.
    const file = join(tmp, "nationell-2000.json");
    writeFileSync(file, JSON.stringify(generateCohort(2000, 7)));
    const out = join(tmp, "nationell-2000.out.json");
    const r = await run(cli, ["match", file, "--format", "json", "--out", out, "-q"], tmp, [trace]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(said);
    expect((JSON.parse(readFileSync(out, "utf8")) as MatchResult).pairs).toHaveLength(2000);
  }, 60_000);
});
