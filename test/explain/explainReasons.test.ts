import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type CohortInput,
  explain,
  explainReasons,
  type MatchResult,
  match,
} from "../../src/index.js";

const SPRING: CohortInput = JSON.parse(
  readFileSync(new URL("../../examples/sjuharad-spring-2024.json", import.meta.url), "utf8"),
);

// A01 cannot take part (too few years as a manager), so A01 is unmatched and a mentor is spare;
// M07, a copy of M01, is one mentor too many, so at least two mentors are spare.
const COHORT: CohortInput = {
  ...SPRING,
  mentors: [...SPRING.mentors, { ...SPRING.mentors[0]!, id: "M07" }],
  adepts: SPRING.adepts.map((a) => (a.id === "A01" ? { ...a, managerYears: 1 } : a)),
};

describe("explainReasons", () => {
  const result = match(COHORT);

  it("has people to explain (the cohort is built for it)", () => {
    expect(result.unmatchedAdepts.map((u) => u.id)).toEqual(["A01"]);
    expect(result.spareMentors.length).toBeGreaterThanOrEqual(2);
  });

  it.each(["en", "sv"] as const)(
    "gives exactly the summary and reason paragraphs of explain (%s), one per person",
    (lang) => {
      const paragraphs = explain(result, { lang, cohort: COHORT }).split("\n\n");
      const reasons = explainReasons(result, { lang, cohort: COHORT });
      const after = 1 + result.pairs.length;
      expect(reasons.summary).toBe(paragraphs[0]);
      expect(reasons.unmatched.map((u) => u.text)).toEqual(
        paragraphs.slice(after, after + result.unmatchedAdepts.length),
      );
      expect(reasons.spare.map((s) => s.text)).toEqual(
        paragraphs.slice(after + result.unmatchedAdepts.length),
      );
      expect(reasons.unmatched.map((u) => u.id)).toEqual(result.unmatchedAdepts.map((u) => u.id));
      expect(reasons.spare.map((s) => s.id)).toEqual(result.spareMentors.map((s) => s.id));
    },
  );

  // A result from an older version carries no facts for its reasons.
  const factless: MatchResult = {
    ...result,
    unmatchedAdepts: result.unmatchedAdepts.map(({ cause: _, ...u }) => u),
    spareMentors: result.spareMentors.map(({ cause: _, ...s }) => s),
  };

  it("says Swedish reasons from the result's facts alone, not with the English detail in brackets", () => {
    const bare = explainReasons(result, { lang: "sv" });
    expect(bare.unmatched[0]?.text).toMatch(/^A01 har inte fått någon mentor eftersom/u);
    expect(bare.unmatched[0]?.text).not.toContain("på engelska");
    expect(explainReasons(result, { lang: "sv", cohort: COHORT })).toEqual(bare);
  });

  it("writes Swedish reasons from the cohort for a result without facts", () => {
    const sv = explainReasons(factless, { lang: "sv", cohort: COHORT });
    expect(sv).toEqual(explainReasons(result, { lang: "sv" }));
    const bare = explainReasons(factless, { lang: "sv" });
    expect(bare.unmatched[0]?.text).toContain("på engelska");
  });

  it.each([
    [null, undefined, TypeError, /^explainReasons: result must be a MatchResult/u],
    [{ pairs: [] }, undefined, TypeError, /^explainReasons: result must be a MatchResult/u],
    ["result", { lang: "de" }, RangeError, /^explainReasons: options\.lang must be/u],
    ["result", { title: "x" }, RangeError, /^explainReasons: options\.title is not an option/u],
  ])("rejects a bad argument (%j, %j), naming itself", (target, options, Kind, message) => {
    const t = target === "result" ? result : target;
    expect(() => explainReasons(t as never, options as never)).toThrow(Kind);
    expect(() => explainReasons(t as never, options as never)).toThrow(message);
  });

  it("a cohort without the result's people is a RangeError naming explainReasons", () => {
    const other = { ...COHORT, adepts: COHORT.adepts.filter((a) => a.id !== "A01") };
    expect(() => explainReasons(factless, { lang: "sv", cohort: other })).toThrow(
      /^explainReasons: .*A01/u,
    );
  });
});
