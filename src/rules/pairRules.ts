import { EN_REASONS } from "../phrasebook/reasons.en.js";
import type { Adept, Mentor } from "../schema/cohort.js";
import type { PairRule, ResolvedRules, RuleMode } from "../types.js";
import { PAIR_RULE_DEFS } from "./registry.js";
import type { BlockOf } from "./rule.js";

/**
 * The pairing rules in the order they are reported (the registry's order).
 *
 * @example
 * PAIR_RULES // ["differentMunicipality", "differentSector", "differentWorkBackground"]
 */
export const PAIR_RULES: readonly PairRule[] = PAIR_RULE_DEFS.map((r) => r.rule);

/**
 * The pairing rules a pair breaks, each as its block: the rule and why. Every rule whatever its
 * mode, or only those `asked` (a rule not asked is not tested: some tests are costly).
 *
 * @example
 * brokenPairRules(mentor, adept) // [{ rule: "differentMunicipality", place: "Borås" }]
 */
export function brokenPairRules(
  mentor: Mentor,
  adept: Adept,
  asked: (rule: PairRule) => boolean = () => true,
): BlockOf<PairRule>[] {
  const broken: BlockOf<PairRule>[] = [];
  for (const r of PAIR_RULE_DEFS) {
    if (asked(r.rule) && r.breaks(mentor, adept)) broken.push(r.block(mentor, adept));
  }
  return broken;
}

/**
 * The rules of one mode that a pair breaks.
 *
 * @example
 * rulesBroken(mentor, adept, DEFAULT_RULES, "hard") // ["differentMunicipality"]
 */
export function rulesBroken(
  mentor: Mentor,
  adept: Adept,
  rules: ResolvedRules,
  mode: RuleMode,
): PairRule[] {
  return PAIR_RULE_DEFS.filter((r) => rules[r.rule] === mode && r.breaks(mentor, adept)).map(
    (r) => r.rule,
  );
}

/**
 * The hard programme rules a pair breaks, in English words, or `undefined` when it breaks none.
 *
 * @example
 * hardRuleBroken(mentor, adept, DEFAULT_RULES) // "both in Borås (differentMunicipality)"
 */
export function hardRuleBroken(
  mentor: Mentor,
  adept: Adept,
  rules: ResolvedRules,
): string | undefined {
  const broken = brokenPairRules(mentor, adept, (rule) => rules[rule] === "hard");
  return broken.length === 0
    ? undefined
    : broken.map((b) => `${EN_REASONS.block(b)} (${b.rule})`).join("; ");
}
