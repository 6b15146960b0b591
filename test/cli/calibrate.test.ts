import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { match } from "../../src/index.js";
import { calibrate } from "../../src/learn/index.js";
import { runInProcess as mp, root } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "mentorpair-calibrate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const spring = join(root, "examples", "sjuharad-spring-2024.json");
const autumn = join(root, "examples", "sjuharad-autumn-2024.json");
const springPairs = join(tmp, "spring-par.csv");
writeFileSync(springPairs, "mentor,adept\nM01,A05\nM02,A03\nM03,A02\nM04,A01\nM05,A04\nM06,A06\n");

describe("mentorpair calibrate", () => {
  it("reads cohorts and chosen pairs (a sheet, and match's own JSON export) and prints what calibrate returns", async () => {
    const exported = join(tmp, "autumn.json");
    const m = await mp("match", autumn, "--format", "json", "--out", exported, "-q");
    expect(m.code).toBe(0);
    // Each cohort with the pairs chosen for it: a sheet, and match's own JSON export.
    const both = [
      "--cohort",
      spring,
      "--chosen",
      springPairs,
      "--cohort",
      autumn,
      "--chosen",
      exported,
    ];
    const json = await mp("calibrate", ...both, "--format", "json", "-q");
    expect(json.code).toBe(0);
    const cal = JSON.parse(json.stdout);
    const cohort = (f: string) => JSON.parse(readFileSync(f, "utf8"));
    const pairs = (text: string) =>
      text
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => ({ mentorId: l.split(",")[0]!, adeptId: l.split(",")[1]! }));
    const want = calibrate([
      {
        cohort: cohort(spring),
        pairs: pairs(readFileSync(springPairs, "utf8")),
        name: "sjuharad-spring-2024.json",
      },
      {
        cohort: cohort(autumn),
        pairs: match(cohort(autumn)).pairs,
        name: "sjuharad-autumn-2024.json",
      },
    ]);
    expect(cal.weights).toEqual(want.weights);
    expect(cal.perCohort).toEqual(want.perCohort);

    const sv = await mp("calibrate", ...both, "--lang", "sv", "-q");
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain("med dem är varje vald plan optimal (ånger 0)");
    expect(sv.stdout).toContain(`--weights geography=${want.weights.geography},`);
    expect(sv.stdout).toContain("återskapar 9 av 11 valda par");
  });

  it("needs one --chosen per --cohort, and names a pair file it cannot read", async () => {
    const r = await mp(
      "calibrate",
      "--cohort",
      spring,
      "--chosen",
      springPairs,
      "--cohort",
      autumn,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("give each --cohort FILE its --chosen FILE");
    const missing = await mp("calibrate", "--cohort", spring, "--chosen", join(tmp, "nope.csv"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--chosen");
  });

  it("says which chosen pair names someone who is not in the cohort", async () => {
    const bad = join(tmp, "bad.csv");
    writeFileSync(bad, "mentor,adept\nM01,A99\n");
    const r = await mp("calibrate", "--cohort", spring, "--chosen", bad, "-q");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('adeptId "A99" is not in the cohort');
  });
});
