/**
 * zod 4.3 walks an array element by element before its length check; `oversizedListIssues`
 * refuses a list longer than the schema allows first, with the schema's own issue.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CohortInput, match, safeParseCohort, scorePair } from "../../src/index.js";
import { CohortSchema } from "../../src/schema/cohort.js";
import { oversizedListIssues } from "../../src/schema/oversized.js";

const spring = (): CohortInput =>
  JSON.parse(
    readFileSync(new URL("../../examples/sjuharad-spring-2024.json", import.meta.url), "utf8"),
  );

const HUGE = 2 ** 32 - 1;

describe("lists longer than the schema allows are refused before they are read", () => {
  it("a valid cohort has none", () => {
    expect(oversizedListIssues(CohortSchema, spring())).toBeUndefined();
  });

  it("names the place and gives the schema's own message, as for a list one over the limit", () => {
    for (const [where, plant] of [
      ["mentors", (c: CohortInput) => Object.assign(c, { mentors: new Array(HUGE) })],
      ["exclusions", (c: CohortInput) => Object.assign(c, { exclusions: new Array(HUGE) })],
      [
        "adepts[2].wishes",
        (c: CohortInput) => Object.assign(c.adepts[2]!, { wishes: new Array(HUGE) }),
      ],
      [
        "mentors[1].education.fields",
        (c: CohortInput) =>
          Object.assign(c.mentors[1]!, { education: { fields: new Array(HUGE) } }),
      ],
    ] as const) {
      const cohort = spring();
      plant(cohort);
      const started = performance.now();
      const result = safeParseCohort(cohort);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.issues.map((i) => i.path)).toEqual([where]);
    }
  });

  it("match and scorePair refuse a 2^32-long list inside a person at once", () => {
    const cohort = spring();
    Object.assign(cohort.mentors[0]!, { offers: new Array(HUGE) });
    const started = performance.now();
    expect(() => match(cohort)).toThrow(/^match: invalid cohort.*mentors\[0\]\.offers/u);
    expect(() => scorePair(cohort.mentors[0]!, cohort.adepts[0]!)).toThrow(
      /^scorePair: .*mentor\.offers/u,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("the message for a huge list equals zod's for a list one entry over the limit", () => {
    const over = spring();
    const huge = spring();
    const limit = CohortSchema.shape.mentors._zod.bag.maximum as number;
    const person = over.mentors[0]!;
    Object.assign(over, { mentors: Array.from({ length: limit + 1 }, () => person) });
    Object.assign(huge, { mentors: new Array(HUGE) });
    const a = safeParseCohort(over);
    const b = safeParseCohort(huge);
    expect(a.success || b.success).toBe(false);
    if (a.success || b.success) return;
    const tooMany = a.issues.find((i) => i.path === "mentors");
    expect(tooMany).toBeDefined();
    expect(b.issues).toEqual([tooMany]);
  });
});
