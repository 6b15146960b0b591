/**
 * A session file (the page's "save session") as the CLI's input, and `mentorpair app`: run
 * in-process, as commands.test.ts does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findPage, PAGE_FILE } from "../../src/cli/commands/app.js";
import { parseCommandLine } from "../../src/cli/program.js";
import { runJob } from "../../src/cli/run.js";
import {
  type CohortInput,
  type Decision,
  type MatchResult,
  match,
  type Session,
} from "../../src/index.js";
import { sessionToCohort } from "../../src/session/index.js";
import { fixtures } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-session-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SPRING: CohortInput = JSON.parse(
  readFileSync(join(fixtures, "..", "..", "examples", "sjuharad-spring-2024.json"), "utf8"),
);

async function mp(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const parsed = await parseCommandLine(args, {
    stdoutIsTTY: false,
    writeOut: () => {},
    writeErr: () => {},
  });
  if ("exitCode" in parsed) return { code: parsed.exitCode, stdout: "", stderr: "" };
  const result = await runJob(parsed.job);
  return {
    code: result.exitCode,
    stdout: result.stdout.map((c) => (typeof c === "string" ? c : "")).join(""),
    stderr: result.stderr.join("\n"),
  };
}

const DECISIONS: Decision[] = [
  { kind: "lock", mentor: "M06", adept: "A03", reason: "agreed at the kick-off" },
  { kind: "forbid", mentor: "M01", adept: "A05", reason: "same manager" },
  { kind: "weight", criterion: "geography", weight: 2 },
  { kind: "rule", rule: "differentSector", mode: "soft" },
];
const SESSION: Session = {
  mentorpair: "session",
  version: 1,
  cohort: SPRING,
  options: { weights: { wishes: 2 } },
  decisions: DECISIONS,
};

function saved(session: unknown, name = "plan.session.json"): string {
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(session));
  return file;
}

const pairsOf = (r: MatchResult) => r.pairs.map((p) => [p.mentorId, p.adeptId, p.score, p.locked]);

describe("a session file as input", () => {
  it("match reproduces the plan of sessionToCohort + match: the decisions and options apply", async () => {
    const r = await mp("match", saved(SESSION), "--format", "json");
    expect(r.code).toBe(0);
    const fromCli = JSON.parse(r.stdout) as MatchResult;
    const { cohort, options } = sessionToCohort(SESSION);
    const expected = match(cohort, options);
    expect(pairsOf(fromCli)).toEqual(pairsOf(expected));
    expect(fromCli.audit).toEqual(expected.audit);
    expect(fromCli.audit.weights.geography).toBe(2);
    expect(fromCli.audit.weights.wishes).toBe(2);
    expect(fromCli.audit.rules.differentSector).toBe("soft");
    expect(pairsOf(fromCli)).toContainEqual(["M06", "A03", expect.any(Number), true]);
    expect(fromCli.pairs.some((p) => p.mentorId === "M01" && p.adeptId === "A05")).toBe(false);
  });

  it("flags go on top of the session's options, merging weights by name", async () => {
    const r = await mp("match", saved(SESSION), "--format", "json", "--weights", "wishes=5");
    const audit = (JSON.parse(r.stdout) as MatchResult).audit;
    expect(audit.weights.wishes).toBe(5);
    expect(audit.weights.geography).toBe(2);
  });

  it("report prints the session's decisions made by hand", async () => {
    const out = join(tmp, "report.html");
    const r = await mp("report", saved(SESSION), "--out", out, "--lang", "sv", "--quiet");
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<section id="decisions">');
    expect(html).toContain("<td>Låste paret M06 och A03.</td><td>agreed at the kick-off</td>");
  });

  it("validate reads the session's cohort", async () => {
    const r = await mp("validate", saved(SESSION));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/6 mentors, 6 adepts/u);
  });

  it("a session given with other input files is a usage error", async () => {
    const r = await mp("match", saved(SESSION), join(fixtures, "var2024-semikolon.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan\.session\.json is a session .*give it alone/u);
  });

  it("a session that is not valid is an input error naming the decision", async () => {
    const bad = { ...SESSION, decisions: [{ kind: "unlock", mentor: "M01", adept: "A01" }] };
    const r = await mp("match", saved(bad, "bad.session.json"), "--lang", "sv");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "bad.session.json är ingen giltig session: session.decisions[0] unlocks M01/A01, which is not locked at that point",
    );
  });

  it("a lock that breaks a hard rule is an input error from the readers", async () => {
    const sameTown = SPRING.mentors.find((m) =>
      SPRING.adepts.some((a) => a.municipality === m.municipality),
    );
    const adept = SPRING.adepts.find((a) => a.municipality === sameTown?.municipality);
    expect(sameTown).toBeDefined();
    const bad = {
      ...SESSION,
      decisions: [{ kind: "lock", mentor: sameTown?.id, adept: adept?.id }],
    };
    const r = await mp("match", saved(bad, "hard.session.json"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /hard\.session\.json locked\[0\] \(\w+\/\w+\): locked pair .* breaks the hard rule/u,
    );
  });

  it("a cohort JSON file is still read as a cohort", async () => {
    const r = await mp("match", saved(SPRING, "cohort.json"), "--format", "json");
    expect(r.code).toBe(0);
    expect(pairsOf(JSON.parse(r.stdout) as MatchResult)).toEqual(pairsOf(match(SPRING)));
  });
});

describe("mentorpair app", () => {
  it("finds the page by walking up from a folder, and not where there is none", () => {
    const pkg = join(tmp, "pkg");
    mkdirSync(join(pkg, "dist", "app"), { recursive: true });
    mkdirSync(join(pkg, "dist", "cli"), { recursive: true });
    writeFileSync(join(pkg, PAGE_FILE), "<!DOCTYPE html><title>page</title>");
    expect(findPage(join(pkg, "dist", "cli"))).toBe(join(pkg, PAGE_FILE));
    expect(findPage(join(tmp, "elsewhere"))).toBeUndefined();
  });

  it("app --help exits 0 and names the default path", async () => {
    const parsed = await parseCommandLine(["app", "--help"], {
      stdoutIsTTY: false,
      writeOut: () => {},
      writeErr: () => {},
    });
    expect(parsed).toEqual({ exitCode: 0 });
  });

  it.runIf(findPage() !== undefined)("writes the built page to the path given", async () => {
    const out = join(tmp, "mentorpair.html");
    const r = await mp("app", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("mentorpair.html");
    expect(readFileSync(out, "utf8")).toBe(readFileSync(findPage()!, "utf8"));
  });
});
