import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, match, renderReport } from "../../src/index.js";
import { matchStable } from "../../src/stable/index.js";
import { fullyRankedCohort } from "./oracle.js";

// A generated cohort whose default plan has a blocking pair (found by a fixed seed).
const drawn = fc
  .sample(fullyRankedCohort, { seed: 1417, numRuns: 200 })
  .find((c) => (match(c.cohort, c.options).stability?.blockingPairs.length ?? 0) > 0);

describe("stability in words", () => {
  it("a seeded draw has a default plan with a blocking pair", () => {
    expect(drawn).toBeDefined();
  });

  it("explain names who would rather be together in the default plan (en, sv)", () => {
    const { cohort, options } = drawn!;
    const result = match(cohort, options);
    const [first] = result.stability!.blockingPairs;
    const en = explain(result, { lang: "en" }).split("\n\n")[0]!;
    expect(en).toContain("The plan is not stable: in ");
    expect(en).toContain(`${first!.mentorId} and ${first!.adeptId}`);
    const sv = explain(result, { lang: "sv" }).split("\n\n")[0]!;
    expect(sv).toContain("Planen är inte stabil: i ");
    expect(sv).toContain(`${first!.mentorId} och ${first!.adeptId}`);
  });

  it('with objective "stable" explain and the report say what stable means, who blocked the default plan, and the price', () => {
    const { cohort, options } = drawn!;
    const result = matchStable(cohort, options);
    const price = result.stability!.priceOfStability!;
    const [first] = result.stability!.defaultBlockingPairs!;
    const en = explain(result, { lang: "en" }).split("\n\n")[0]!;
    expect(en).toContain('With the "stable" objective no mentor and adept the rules allow');
    expect(en).toContain(`${first!.mentorId} and ${first!.adeptId}`);
    expect(en).toContain(`stability cost ${price.toFixed(1).replace(/\.0$/u, "")}`);
    const html = renderReport(cohort, result, { lang: "sv" });
    expect(html).toContain("Med målet &quot;stabil&quot;");
  });
});

describe("stability in words, with a slash in an id", () => {
  it("names each blocking pair by its two ids, whatever they hold (en, sv)", () => {
    // The drawn cohort with "/" in the mentors' ids: the words once split "mentor/adept" apart.
    const { cohort } = drawn!;
    const moved = <T extends { mentor: string }>(xs: readonly T[] | undefined) =>
      xs?.map((x) => ({ ...x, mentor: `Syd/${x.mentor}` })) ?? [];
    const slashed = {
      ...cohort,
      exclusions: moved(cohort.exclusions),
      history: moved(cohort.history),
      locked: moved(cohort.locked),
      mentors: cohort.mentors.map((m) => ({ ...m, id: `Syd/${m.id}` })),
      adepts: cohort.adepts.map((a) => ({
        ...a,
        preferences: a.preferences?.map((id) => `Syd/${id}`),
      })),
    };
    const result = match(slashed, drawn!.options);
    const [first] = result.stability!.blockingPairs;
    expect(first).toBeDefined();
    expect(explain(result, { lang: "en" })).toContain(`${first!.mentorId} and ${first!.adeptId}`);
    expect(explain(result, { lang: "sv" })).toContain(`${first!.mentorId} och ${first!.adeptId}`);
  });
});
