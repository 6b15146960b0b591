import { describe, expect, it } from "vitest";
import { explainPair } from "../../src/explain/explainPair.js";
import { type CohortInput, type MatchOptions, match } from "../../src/index.js";
import { SMALL, SMALL_OPTIONS } from "./cohort.js";

/** The objective of `match` with one more locked pair: the brute-force check of a forced plan. */
function lockedRematch(cohort: CohortInput, mentor: string, adept: string, options: MatchOptions) {
  return match({ ...cohort, locked: [...(cohort.locked ?? []), { mentor, adept }] }, options)
    .objective;
}

describe("explainPair", () => {
  const optimum = match(SMALL, SMALL_OPTIONS).objective;

  it("a chosen pair: status chosen, no loss, the optimum is match's", () => {
    const e = explainPair(SMALL, "M1", "A1", SMALL_OPTIONS);
    expect(e.status).toBe("chosen");
    expect(e.chosen).toBe(true);
    expect(e.allowed).toBe(true);
    expect(e.blockedBy).toEqual([]);
    expect(e.planMentorId).toBe("M1");
    expect(e.loss).toEqual({ matched: 0, softViolations: 0, totalScore: 0 });
    expect(e.optimum).toEqual({
      matched: optimum.matched,
      softViolations: optimum.softViolations,
      totalScore: optimum.totalScore,
    });
    expect(e.forced).toEqual(e.optimum);
    expect(e.text).toContain("The optimal plan chooses this pair.");
    expect(e.facts.wishes.matched).toEqual(["delegation", "network"]);
  });

  it("an allowed pair that was not chosen: the loss equals a re-match with the pair locked", () => {
    const e = explainPair(SMALL, "M2", "A1", SMALL_OPTIONS);
    expect(e.status).toBe("not-chosen");
    expect(e.chosen).toBe(false);
    expect(e.planMentorId).toBe("M1");
    const forced = lockedRematch(SMALL, "M2", "A1", SMALL_OPTIONS);
    expect(e.forced?.matched).toBe(forced.matched);
    expect(e.forced?.totalScore).toBeCloseTo(forced.totalScore, 8);
    expect(e.loss?.matched).toBe(optimum.matched - forced.matched);
    expect(e.loss?.totalScore).toBeCloseTo(optimum.totalScore - forced.totalScore, 8);
    expect(e.loss!.totalScore).toBeGreaterThan(0);
    expect(e.text).toContain("The optimal plan gives A1 to M1 instead.");
    expect(e.text).toMatch(/Forcing this pair would lower the total score by [\d.]+ points\./u);
    const sv = explainPair(SMALL, "M2", "A1", { ...SMALL_OPTIONS, lang: "sv" });
    expect(sv.text).toContain("Den optimala planen ger A1 mentorn M1 i stället.");
    expect(sv.text).toMatch(
      /Att tvinga fram det här paret skulle sänka totalpoängen med [\d,]+ poäng\./u,
    );
  });

  it("a forbidden pair names the rule that blocks it", () => {
    const sector = explainPair(SMALL, "M1", "A2", SMALL_OPTIONS);
    expect(sector.status).toBe("blocked");
    expect(sector.allowed).toBe(false);
    expect(sector.loss).toBeNull();
    expect(sector.forced).toBeNull();
    expect(sector.blockedBy).toEqual([
      { rule: "differentSector", sector: "Äldreomsorg", message: "both in Äldreomsorg" },
    ]);
    expect(sector.text).toContain(
      "The rules do not allow this pair: both in Äldreomsorg (rule of different sectors).",
    );
    const town = explainPair(SMALL, "M2", "A2", { ...SMALL_OPTIONS, lang: "sv" });
    expect(town.blockedBy).toEqual([
      { rule: "differentMunicipality", place: "Borås", message: "both in Borås" },
    ]);
    expect(town.text).toContain(
      "Reglerna tillåter inte det här paret: båda i Borås (regeln om olika kommuner).",
    );
    const ineligible = explainPair(SMALL, "M1", "A3", SMALL_OPTIONS);
    expect(ineligible.blockedBy).toEqual([
      {
        rule: "adeptIneligible",
        role: "adept",
        years: { has: 1, least: 2 },
        message: "adept ineligible",
      },
    ]);
  });

  it("exclusions and history are named with their reason and cohort", () => {
    const cohort: CohortInput = {
      ...SMALL,
      exclusions: [{ mentor: "M2", adept: "A1", reason: "samma förvaltning" }],
      history: [{ mentor: "M1", adept: "A1", cohort: "2024" }],
    };
    const excluded = explainPair(cohort, "M2", "A1", { ...SMALL_OPTIONS, lang: "sv" });
    expect(excluded.blockedBy).toEqual([
      { rule: "exclusion", reason: "samma förvaltning", message: "excluded (samma förvaltning)" },
    ]);
    expect(excluded.text).toContain("undantaget par (samma förvaltning)");
    const before = explainPair(cohort, "M1", "A1", SMALL_OPTIONS);
    expect(before.blockedBy).toEqual([
      { rule: "history", cohort: "2024", message: "paired before (2024)" },
    ]);
  });

  it("a pair excluded twice lists both entries and says the reason once", () => {
    const cohort: CohortInput = {
      ...SMALL,
      exclusions: [
        { mentor: "M2", adept: "A1", reason: "jäv" },
        { mentor: "m2", adept: "a1", reason: "jäv" },
      ],
    };
    const e = explainPair(cohort, "M2", "A1", { ...SMALL_OPTIONS, lang: "sv" });
    expect(e.blockedBy.map((b) => b.rule)).toEqual(["exclusion", "exclusion"]);
    expect(e.text).toContain("Reglerna tillåter inte det här paret: undantaget par (jäv).");
  });

  it("a pair that would break a locked pair cannot be forced", () => {
    const cohort: CohortInput = { ...SMALL, locked: [{ mentor: "M2", adept: "A1" }] };
    const e = explainPair(cohort, "M1", "A1", SMALL_OPTIONS);
    expect(e.status).toBe("conflicts-with-lock");
    expect(e.allowed).toBe(true);
    expect(e.loss).toBeNull();
    expect(e.text).toContain("A1 is locked to M2 in advance");
    const locked = explainPair(cohort, "M2", "A1", SMALL_OPTIONS);
    expect(locked.status).toBe("chosen");
    expect(locked.locked).toBe(true);
  });

  it("ids are found as the library compares them, and unknown ids are named", () => {
    expect(explainPair(SMALL, " m1 ", "a1", SMALL_OPTIONS).mentorId).toBe("M1");
    expect(() => explainPair(SMALL, "M9", "A1")).toThrow(/^explainPair: unknown mentor id "M9"/u);
    expect(() => explainPair(SMALL, "M1", "A9")).toThrow(/^explainPair: unknown adept id "A9"/u);
    expect(() => explainPair(SMALL, "A1", "M1")).toThrow(
      /^explainPair: "A1" is an adept, not a mentor/u,
    );
    expect(() => explainPair(SMALL, "M1", "A1", { lang: "fi" as "sv" })).toThrow(
      /^explainPair: options.lang/u,
    );
    expect(() => explainPair(SMALL, "M1", "A1", { colour: 1 } as MatchOptions)).toThrow(
      /explainPair: options.colour is not an option/u,
    );
  });

  it("with a soft rule the loss counts extra violations", () => {
    // M2-A2 share Borås: allowed only when the municipality rule is soft, at one violation.
    const options: MatchOptions = { ...SMALL_OPTIONS, rules: { differentMunicipality: "soft" } };
    const e = explainPair(SMALL, "M2", "A2", options);
    expect(e.softViolations).toEqual(["differentMunicipality"]);
    expect(e.text).toContain(
      "The pair breaks the soft rule of different municipalities (both in Borås).",
    );
    const opt = match(SMALL, options).objective;
    const forced = lockedRematch(SMALL, "M2", "A2", options);
    expect(e.status).toBe("not-chosen");
    expect(e.loss?.softViolations).toBe(forced.softViolations - opt.softViolations);
    expect(e.loss?.softViolations).toBe(1);
    expect(e.loss?.totalScore).toBeCloseTo(opt.totalScore - forced.totalScore, 8);
  });
});
