/**
 * One pipeline: each step runs once. The solver and `prepare` are wrapped to count their calls
 * (they still do their work), so a step that validates, scores or solves again shows up here.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { parseCommandLine } from "../../src/cli/program.js";
import { runJob } from "../../src/cli/run.js";
import { type CohortInput, match, rematch, renderReport } from "../../src/index.js";
import { alternativesOfPlan } from "../../src/plan/alternatives.js";
import { optimalPlan } from "../../src/plan/plan.js";
import { prepare } from "../../src/prepare/prepare.js";
import { solveAssignment } from "../../src/solve/assignment.js";
import { parseRead } from "../../src/validate/parse.js";
import { fixtures } from "../cli/helpers.js";

vi.mock("../../src/solve/assignment.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/solve/assignment.js")>();
  return { ...real, solveAssignment: vi.fn(real.solveAssignment) };
});
vi.mock("../../src/prepare/prepare.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/prepare/prepare.js")>();
  return { ...real, prepare: vi.fn(real.prepare) };
});

vi.mock("../../src/validate/parse.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/validate/parse.js")>();
  // prepare validates through parseRead (with the fast path's reading of the input).
  return { ...real, parseRead: vi.fn(real.parseRead) };
});

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-once-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const solves = () => vi.mocked(solveAssignment).mock.calls.length;
const prepares = () => vi.mocked(prepare).mock.calls.length;
const validations = () => vi.mocked(parseRead).mock.calls.length;
beforeEach(() => {
  vi.mocked(solveAssignment).mockClear();
  vi.mocked(prepare).mockClear();
});

const spring: CohortInput = JSON.parse(
  readFileSync(new URL("../../examples/sjuharad-spring-2024.json", import.meta.url), "utf8"),
);

describe("one pipeline", () => {
  it("match prepares once and solves once", () => {
    match(generateCohort(40, 3));
    expect(prepares()).toBe(1);
    expect(solves()).toBe(1);
  });

  it("renderReport checks a result with its certificate, without solving again", () => {
    const cohort = generateCohort(40, 3);
    const result = match(cohort);
    vi.mocked(solveAssignment).mockClear();
    vi.mocked(prepare).mockClear();
    const html = renderReport(cohort, result);
    // The alternatives are listed (40 per side), so the plan was proven, not solved.
    expect(html).not.toContain("Alternatives are left out");
    expect(prepares()).toBe(1);
    expect(solves()).toBe(0);
  });

  it("renderReport after match on the same, unchanged cohort object validates nothing again", () => {
    const cohort = generateCohort(40, 3);
    const result = match(cohort);
    vi.mocked(parseRead).mockClear();
    renderReport(cohort, result);
    expect(validations()).toBe(0);
    // Changed in place: validated again.
    cohort.adepts[0]!.managerYears += 1;
    renderReport(cohort, match(cohort));
    expect(validations()).toBe(1);
  });

  it("with objective fair, renderReport solves only for the alternatives, never the plan", () => {
    const cohort = generateCohort(12, 3);
    const options = { objective: "fair" as const };
    const result = match(cohort, options);
    // What the alternatives alone take: one exact forced solve (or a few) per alternative.
    const plan = optimalPlan(prepare("test", cohort, options));
    vi.mocked(solveAssignment).mockClear();
    alternativesOfPlan(plan, 3);
    const forAlternatives = solves();
    expect(forAlternatives).toBeGreaterThan(0);
    vi.mocked(solveAssignment).mockClear();
    vi.mocked(prepare).mockClear();
    expect(renderReport(cohort, result)).toContain("<h2>Alternatives per adept</h2>");
    expect(prepares()).toBe(1);
    expect(solves()).toBe(forAlternatives);
  });

  it("rematch prepares the cohort once and solves it once", () => {
    const previous = match(spring);
    vi.mocked(solveAssignment).mockClear();
    vi.mocked(prepare).mockClear();
    const next = rematch(previous, spring, { remove: [spring.adepts[0]!.id] });
    expect(next.changes.kept.length).toBeGreaterThan(0);
    expect(prepares()).toBe(1);
    expect(solves()).toBe(1);
  });

  it("the CLI's report validates the files, then prepares and solves the cohort once", async () => {
    const out: string[] = [];
    const parsed = await parseCommandLine(
      [
        "report",
        join(fixtures, "var2024-semikolon.csv"),
        join(fixtures, "var2024-undantag.csv"),
        "--lang",
        "sv",
        "--out",
        join(tmp, "rapport.html"),
      ],
      { stdoutIsTTY: false, writeOut: (s) => out.push(s), writeErr: (s) => out.push(s) },
    );
    if ("exitCode" in parsed) throw new Error(`usage: ${out.join("")}`);
    const result = await runJob(parsed.job);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(tmp, "rapport.html"), "utf8")).toContain(
      "<h2>Alternativ för varje adept</h2>",
    );
    expect(prepares()).toBe(1);
    expect(solves()).toBe(1);
  });
});
