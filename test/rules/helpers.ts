import fc from "fast-check";
import { expect } from "vitest";
import type { AnyPairRuleDef } from "../../src/rules/rule.js";
import { cohortArb } from "../criteria/helpers.js";

export { adept, mentor } from "../criteria/helpers.js";

/**
 * The property every pairing rule owes: its test on interned data agrees with its test on the
 * people, for every pair of generated people (spellings that differ only in case, composition
 * or padding included), and the block of a pair that breaks it names the rule.
 */
export function fastPathAgrees(rule: AnyPairRuleDef): void {
  fc.assert(
    fc.property(cohortArb(7), ({ mentors, adepts }) => {
      const test = rule.interned(mentors, adepts);
      mentors.forEach((m, i) => {
        adepts.forEach((a, j) => {
          const breaks = rule.breaks(m, a);
          expect(test(i, j), `${JSON.stringify(m)} / ${JSON.stringify(a)}`).toBe(breaks);
          // A block is asked for only of a pair that breaks the rule, and names this rule.
          if (breaks) expect(rule.block(m, a).rule).toBe(rule.rule);
        });
      });
    }),
    { numRuns: 300 },
  );
}
