import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CohortInput, match } from "../../src/index.js";
import { auditPlan, calibrate, learnFromOutcomes, weightRanges } from "../../src/learn/index.js";

const root = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const load = (name: string) =>
  JSON.parse(readFileSync(join(root, "examples", name), "utf8")) as CohortInput;
const spring = load("sjuharad-spring-2024.json");
const autumn = load("sjuharad-autumn-2024.json");
const autumnPairs = match(autumn).pairs.map((p) => ({ mentorId: p.mentorId, adeptId: p.adeptId }));
const springPairs = [
  ["M01", "A05"],
  ["M02", "A03"],
  ["M03", "A02"],
  ["M04", "A01"],
  ["M05", "A04"],
  ["M06", "A06"],
].map(([mentorId, adeptId]) => ({ mentorId: mentorId!, adeptId: adeptId! }));

describe("the README's mentorpair/learn examples", () => {
  it("calibrate shows what it returns", () => {
    const cal = calibrate([
      { name: "spring 2024", cohort: spring, pairs: springPairs },
      { name: "autumn 2024", cohort: autumn, pairs: autumnPairs },
    ]);
    const w = cal.weights;
    expect(readme).toContain(
      `cal.weights;   // { geography: ${w.geography}, experience: ${w.experience}, education: ${w.education}, wishes: ${w.wishes}, leadership: ${w.leadership}, sector: ${w.sector} }`,
    );
    expect(cal.regret).toBe(0);
    const c = cal.perCohort[0]!;
    expect(readme).toContain(
      `[{ name: "spring 2024", status: "${c.status}", pairs: ${c.pairs}, regret: ${c.regret}, reproduced: ${c.reproduced}, heldOutReproduced: ${c.heldOutReproduced} }`,
    );
    expect(readme).toContain(
      `cal.heldOut;   // { reproduced: ${cal.heldOut!.reproduced}, pairs: ${cal.heldOut!.pairs} }`,
    );
  });

  it("learnFromOutcomes says the README's verdict", () => {
    const rate =
      (xs: number[], ys: number[]) => (p: { mentorId: string; adeptId: string }, i: number) => ({
        ...p,
        ratings: { alliance: xs[i]!, learning: ys[i]! },
      });
    const out = learnFromOutcomes([
      { cohort: spring, pairs: springPairs.map(rate([4, 5, 3, 4, 5, 4], [4, 4, 3, 5, 5, 3])) },
      { cohort: autumn, pairs: autumnPairs.map(rate([5, 4, 4, 3, 5], [5, 4, 3, 4, 4])) },
    ]);
    expect(out.status).toBe("too-few");
    expect(readme).toContain(`out.verdict.en;   // "${out.verdict.en}"`);
    expect(readme).toContain(`out.verdict.sv;   // "${out.verdict.sv}"`);
  });

  it("weightRanges and auditPlan show what they return", () => {
    const s = weightRanges(spring);
    const geo = s.ranges[0]!;
    expect(readme).toContain(
      `{ criterion: "geography", weight: 1, low: 0, high: ${geo.high!.toFixed(2)} }`,
    );
    const wishes = s.ranges[3]!;
    expect(readme).toContain(
      `{ criterion: "wishes", weight: 3, low: ${wishes.low.toFixed(2)}, high: null }`,
    );
    expect(readme).toContain(
      `{ criterion: "sector", weight: 1, low: 0, high: ${s.ranges[5]!.high!.toFixed(2)} }`,
    );
    expect(s.fragile).toEqual([]);
    expect(s.robust).toHaveLength(6);
    const audit = auditPlan(autumn, match(autumn), { by: ["sector", "role"] });
    const adept = audit.fields[1]!.groups[0]!;
    expect(readme).toContain(
      `{ value: "adept", people: ${adept.people}, matched: ${adept.matched}, shareMatched: ${adept.shareMatched}, meanScore: ${adept.meanScore}, lowestScore: ${adept.lowestScore} }`,
    );
    const f = audit.priceOfFairness;
    expect(readme).toContain(
      `audit.priceOfFairness; // { totalScore: ${f.totalScore}, fairTotalScore: ${f.fairTotalScore}, price: ${f.price}, weakestScore: ${f.weakestScore}, fairWeakestScore: ${f.fairWeakestScore} }`,
    );
  });
});
