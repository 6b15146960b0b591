import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../bench/generate.js";
import { match } from "../../src/match/match.js";

const spring = JSON.parse(
  readFileSync(new URL("../../examples/sjuharad-spring-2024.json", import.meta.url), "utf8"),
);

// Measured with bench/bench.ts (the LP runs beside the exact solver, never instead of it): it
// adds up to about 20 % to a match up to 20 + 20 people and doubles it at 40 + 40.
describe('solver "auto"', () => {
  it("uses the LP for a programme's own cohort (the spring example, 6 + 6)", () => {
    expect(match(spring).solver.name).toBe("lp");
  });

  it("uses the LP up to about 20 + 20 people", () => {
    expect(match(generateCohort(18, 7)).solver.name).toBe("lp");
  });

  it("uses the flow solver from 40 + 40 people on, where the LP only adds time", () => {
    const cohort = generateCohort(40, 7);
    const auto = match(cohort);
    expect(auto.solver.name).toBe("flow");
    expect(auto.objective).toEqual(match(cohort, { solver: "lp" }).objective);
  });
});
