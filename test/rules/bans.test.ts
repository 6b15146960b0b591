import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BanBlock, prepare } from "../../src/prepare/prepare.js";
import { exclusion } from "../../src/rules/exclusion.js";
import { history } from "../../src/rules/history.js";
import { PAIR_BAN_DEFS } from "../../src/rules/registry.js";
import { parseCohort } from "../../src/validate/parse.js";
import { cohortArbitrary } from "../arbitraries.js";

const person = (id: string, municipality: string, managerYears: number) => ({
  id,
  municipality,
  sector: "HR",
  managerYears,
  managerConsent: true,
});

const cohort = parseCohort(
  {
    mentors: [person("M1", "Borås", 9), person("M2", "Mark", 9)],
    adepts: [person("A1", "Tranemo", 3), person("A2", "Vårgårda", 3)],
    exclusions: [
      { mentor: "M1", adept: "A1", reason: "jäv" },
      { mentor: "m1 ", adept: "a1" },
    ],
    history: [
      { mentor: "M2", adept: "A2", cohort: "2024" },
      { mentor: "M2", adept: "A1" },
    ],
  },
  { rules: { differentSector: "off" } },
);

describe("exclusion", () => {
  it("bans each excluded pair, ids compared as the library compares them, with each reason", () => {
    expect(exclusion.bans(cohort, "M1", "A1")).toEqual([
      { rule: "exclusion", reason: "jäv" },
      { rule: "exclusion" },
    ]);
    expect(exclusion.bans(cohort, " m1", "A1")).toHaveLength(2);
    expect(exclusion.bans(cohort, "M2", "A1")).toEqual([]);
  });

  it("lists its entries in input order", () => {
    expect(exclusion.entries(cohort).map((e) => e.block)).toEqual([
      { rule: "exclusion", reason: "jäv" },
      { rule: "exclusion" },
    ]);
  });
});

describe("history", () => {
  it("bans each earlier pair, with its cohort when given", () => {
    expect(history.bans(cohort, "M2", "A2")).toEqual([{ rule: "history", cohort: "2024" }]);
    expect(history.bans(cohort, "M2", "a1")).toEqual([{ rule: "history" }]);
    expect(history.bans(cohort, "M1", "A1")).toEqual([]);
  });
});

describe("bans laid out by prepare", () => {
  it("agree with each list's test on people, for every pair, exclusions before history", () => {
    fc.assert(
      fc.property(cohortArbitrary({ maxMentors: 5, maxAdepts: 6, ineligible: true }), (input) => {
        const p = prepare("test", input, {});
        p.mentors.forEach((m, i) => {
          p.adepts.forEach((a, j) => {
            const expected = PAIR_BAN_DEFS.flatMap((list): BanBlock[] =>
              list.bans(p.cohort, m.id, a.id),
            );
            expect(p.banned.get(i)?.get(j) ?? []).toEqual(expected);
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});
