import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isAllowed,
  pairBlocks,
  prepare,
  RULE_BIT,
  ruleBits,
  softViolations,
} from "../../src/prepare/prepare.js";
import { eligibility, eligibilityFacts } from "../../src/rules/eligibility.js";
import { PAIR_RULES, rulesBroken } from "../../src/rules/pairRules.js";
import { PAIR_BAN_DEFS, PAIR_RULE_DEFS } from "../../src/rules/registry.js";
import type { Block, RuleMode } from "../../src/types.js";
import { cohortArbitrary } from "../arbitraries.js";

const modeArb = fc.constantFrom<RuleMode>("hard", "soft", "off");
const rulesArb = fc.record({
  differentMunicipality: modeArb,
  differentSector: modeArb,
  differentWorkBackground: modeArb,
  requireConsent: fc.boolean(),
});

describe("the rule registry", () => {
  it("lists the pairing rules and the bans in the order reasons are given", () => {
    expect(PAIR_RULE_DEFS.map((r) => r.rule)).toEqual([
      "differentMunicipality",
      "differentSector",
      "differentWorkBackground",
    ]);
    expect(PAIR_RULES).toEqual(PAIR_RULE_DEFS.map((r) => r.rule));
    expect(PAIR_BAN_DEFS.map((b) => b.rule)).toEqual(["exclusion", "history"]);
  });

  it("gives rule i bit 1 << i (the solver's inline test reads municipality 1, sector 2, background 4)", () => {
    expect(RULE_BIT).toEqual({
      differentMunicipality: 1,
      differentSector: 2,
      differentWorkBackground: 4,
    });
  });

  it("on prepared data, blocks every pair exactly as the rules' tests on people do", () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 5, maxAdepts: 6, ineligible: true }),
        rulesArb,
        (input, rules) => {
          // Locked pairs are valid under the default rules only; other modes may forbid them.
          const p = prepare("test", { ...input, locked: [] }, { rules });
          const resolved = p.options.rules;
          p.mentors.forEach((m, i) => {
            p.adepts.forEach((a, j) => {
              const expected: Block[] = [];
              for (const [person, role] of [
                [m, "mentor"],
                [a, "adept"],
              ] as const) {
                const facts = eligibilityFacts(person, role, resolved);
                if (facts !== undefined) expected.push(eligibility.block(facts));
              }
              for (const r of PAIR_RULE_DEFS) {
                if (resolved[r.rule] === "hard" && r.breaks(m, a)) expected.push(r.block(m, a));
              }
              for (const list of PAIR_BAN_DEFS) expected.push(...list.bans(p.cohort, m.id, a.id));
              expect(pairBlocks(p, i, j)).toEqual(expected);
              expect(isAllowed(p, i, j)).toBe(expected.length === 0);
              expect(softViolations(p, i, j)).toEqual(rulesBroken(m, a, resolved, "soft"));
              const hard = ruleBits(p, i, j) & p.hardMask;
              expect(PAIR_RULES.filter((r) => (hard & RULE_BIT[r]) !== 0)).toEqual(
                rulesBroken(m, a, resolved, "hard"),
              );
            });
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
