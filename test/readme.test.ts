import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { match } from "../src/index.js";

const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");

describe("the README's API example", () => {
  it("runs, and the numbers it shows are what match returns", () => {
    const start = readme.indexOf("const cohort = {");
    const end = readme.indexOf("\n};", start);
    expect(start).toBeGreaterThan(0);
    const source = readme.slice(start + "const cohort = ".length, end + 2);
    const cohort = new Function(`return ${source}`)();
    const result = match(cohort);
    const shown = /score: ([\d.]+)/u.exec(readme);
    expect(shown).not.toBeNull();
    expect(result.pairs[0]?.score).toBe(Number(shown![1]));
    expect(readme).toContain(`totalScore: ${result.objective.totalScore} }`);
    expect(result.solver.name).toBe("lp");
  });
});
