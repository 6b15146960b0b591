import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, type MatchResult, match } from "../../src/index.js";
import { reasonPhrases } from "../../src/phrasebook/index.js";
import { cohortArbitrary } from "../arbitraries.js";
import { SMALL, SMALL_OPTIONS } from "../explain/cohort.js";

const en = reasonPhrases("en");

const person = (id: string, municipality: string, sector: string, managerYears: number) => ({
  id,
  municipality,
  sector,
  managerYears,
  managerConsent: true,
});

describe("reasons in a result are data", () => {
  it("each unmatched adept and spare mentor carries its cause, with codes, ids and facts", () => {
    const result = match(
      {
        mentors: [
          person("M1", "Borås", "Vård", 9),
          person("M2", "Mark", "Skola", 9),
          person("M3", "Tranemo", "HR", 2),
        ],
        adepts: [
          person("A1", "Mark", "Vård", 3),
          person("A2", "Borås", "Kultur", 3),
          person("A3", "Borås", "HR", 1),
        ],
        exclusions: [{ mentor: "M2", adept: "A2", reason: "jäv" }],
      },
      { rules: { differentSector: "hard" } },
    );
    const by = (id: string) => result.unmatchedAdepts.find((u) => u.id === id);
    // A1 may not have M1 (same sector) nor M2 (same municipality); M3 is not eligible.
    expect(by("A1")?.cause).toEqual({
      reason: "no-allowed-mentor",
      mentors: 3,
      blocks: [
        { rule: "differentSector", sector: "Vård", ids: ["M1"], count: 1 },
        { rule: "differentMunicipality", place: "Mark", ids: ["M2"], count: 1 },
        { rule: "mentorIneligible", ids: ["M3"], count: 1 },
      ],
    });
    expect(by("A3")?.cause).toEqual({
      reason: "ineligible",
      role: "adept",
      years: { has: 1, least: 2 },
    });
    expect(result.spareMentors.find((s) => s.id === "M3")?.cause).toEqual({
      reason: "ineligible",
      role: "mentor",
      years: { has: 2, least: 5 },
    });
    expect(result.ineligible.map((i) => i.cause?.role)).toEqual(["mentor", "adept"]);
    // M2's only adepts: A1 shares its municipality, A2 is excluded, A3 is not eligible.
    expect(result.spareMentors.find((s) => s.id === "M2")?.cause).toEqual({
      reason: "no-allowed-adept",
      adepts: 3,
      blocks: [
        { rule: "differentMunicipality", place: "Mark", ids: ["A1"], count: 1 },
        { rule: "exclusion", reason: "jäv", ids: ["A2"], count: 1 },
        { rule: "adeptIneligible", ids: ["A3"], count: 1 },
      ],
    });
  });

  it("a short group carries what cut its options as data beside the words", () => {
    const result = match({
      mentors: [person("M1", "Borås", "HR", 9), person("M2", "Mark", "Vård", 9)],
      adepts: [person("A1", "Mark", "Skola", 3), person("A2", "Mark", "Skola", 3)],
    });
    const group = result.unmatchedAdepts[0]?.group;
    expect(group?.cut).toEqual([{ rule: "differentMunicipality", removed: 2 }]);
    expect(group?.cutBy).toBe("options removed: same municipality 2");
    expect(result.unmatchedAdepts[0]?.cause).toEqual({
      reason: "capacity",
      allowed: { ids: ["M1"], count: 1 },
    });
  });

  it("a partner banned twice is named twice in the English words, once in the facts", () => {
    const result = match({
      mentors: [person("M1", "Borås", "HR", 9)],
      adepts: [person("A1", "Mark", "Skola", 3)],
      exclusions: [
        { mentor: "M1", adept: "A1" },
        { mentor: "M1", adept: "A1" },
      ],
    });
    const [u] = result.unmatchedAdepts;
    expect(u?.message).toBe("no allowed mentor among 1: excluded: M1, M1");
    expect(u?.cause).toEqual({
      reason: "no-allowed-mentor",
      mentors: 1,
      blocks: [{ rule: "exclusion", ids: ["M1"], count: 1 }],
    });
  });

  it("the result's English words are the English phrasebook's words for its facts", () => {
    const cohorts = cohortArbitrary({ maxMentors: 6, maxAdepts: 9, ineligible: true }).map(
      // One entry per banned pair: a pair banned twice is named twice in words (see above).
      (c) => {
        const once = <T extends { mentor: string; adept: string }>(xs: readonly T[]) =>
          xs.filter(
            (x, i) => xs.findIndex((y) => y.mentor === x.mentor && y.adept === x.adept) === i,
          );
        return { ...c, exclusions: once(c.exclusions ?? []), history: once(c.history ?? []) };
      },
    );
    fc.assert(
      fc.property(cohorts, fc.boolean(), (cohort, soft) => {
        const result = match(cohort, soft ? { rules: { differentSector: "soft" } } : {});
        for (const u of result.unmatchedAdepts) {
          expect(u.message).toBe(en.unmatched(u.cause!, u.id));
          if (u.group !== undefined) expect(u.group.cutBy).toBe(en.cut(u.group.cut!));
          for (const f of u.fixes ?? []) expect(f.message).toBe(en.fix(f, u.id));
        }
        for (const s of result.spareMentors) expect(s.message).toBe(en.spare(s.cause!, s.id));
        for (const i of result.ineligible) expect(i.message).toBe(en.eligibility(i.cause!));
      }),
      { numRuns: 150 },
    );
  });

  it("other languages say the reasons from the facts, never from the English words", () => {
    const result = match(
      { ...SMALL, exclusions: [{ mentor: "M3", adept: "A2", reason: "jäv" }] },
      SMALL_OPTIONS,
    );
    const scrambled: MatchResult = {
      ...result,
      unmatchedAdepts: result.unmatchedAdepts.map((u) => ({
        ...u,
        message: "?",
        ...(u.fixes === undefined ? {} : { fixes: u.fixes.map((f) => ({ ...f, message: "?" })) }),
      })),
      spareMentors: result.spareMentors.map((s) => ({ ...s, message: "?" })),
    };
    const sv = explain(result, { lang: "sv" });
    expect(sv).not.toContain("?");
    expect(explain(scrambled, { lang: "sv" })).toBe(sv);
  });
});
