import type { Adept, Mentor } from "../schema/cohort.js";
import type { PairRule, ResolvedRules, RuleMode } from "../types.js";
import { sameMunicipality } from "./differentMunicipality.js";
import { sameSector } from "./differentSector.js";
import { sameWorkBackground } from "./differentWorkBackground.js";

/** The pairing rules in the order they are reported. */
export const PAIR_RULES: readonly PairRule[] = [
  "differentMunicipality",
  "differentSector",
  "differentWorkBackground",
];

/** The pairing rules a pair breaks (whatever their mode), each with the reason in words. */
export function brokenPairRules(mentor: Mentor, adept: Adept): { rule: PairRule; why: string }[] {
  const broken: { rule: PairRule; why: string }[] = [];
  if (sameMunicipality(mentor, adept)) {
    broken.push({ rule: "differentMunicipality", why: `both in ${adept.municipality}` });
  }
  if (sameSector(mentor, adept))
    broken.push({ rule: "differentSector", why: `both in ${adept.sector}` });
  if (sameWorkBackground(mentor, adept)) {
    broken.push({ rule: "differentWorkBackground", why: "largely the same work background" });
  }
  return broken;
}

/** The rules of one mode that a pair breaks. */
export function rulesBroken(
  mentor: Mentor,
  adept: Adept,
  rules: ResolvedRules,
  mode: RuleMode,
): PairRule[] {
  return brokenPairRules(mentor, adept)
    .filter((b) => rules[b.rule] === mode)
    .map((b) => b.rule);
}

/**
 * The hard programme rules a pair breaks, in words, or `undefined` when it breaks none.
 *
 * @example
 * hardRuleBroken(mentor, adept, DEFAULT_RULES) // "both in Borås (differentMunicipality)"
 */
export function hardRuleBroken(
  mentor: Mentor,
  adept: Adept,
  rules: ResolvedRules,
): string | undefined {
  const broken = brokenPairRules(mentor, adept).filter((b) => rules[b.rule] === "hard");
  return broken.length === 0 ? undefined : broken.map((b) => `${b.why} (${b.rule})`).join("; ");
}
