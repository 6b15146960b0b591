import { EN_REASONS } from "../phrasebook/reasons.en.js";
import type { Adept, Mentor } from "../schema/cohort.js";
import type { EligibilityFacts, ResolvedRules } from "../types.js";
import type { BlockOf } from "./rule.js";

export type { EligibilityFacts } from "../types.js";

type Person = Pick<Mentor | Adept, "managerYears" | "managerConsent">;

/**
 * What keeps a person from taking part in their role, or `undefined` when eligible: too few
 * years as a manager (adept >= 2, mentor >= 5 by default), or manager consent not confirmed.
 *
 * @example
 * eligibilityFacts({ managerYears: 1, managerConsent: true }, "adept", DEFAULT_RULES)
 * // { role: "adept", years: { has: 1, least: 2 } }
 */
export function eligibilityFacts(
  person: Person,
  role: "mentor" | "adept",
  rules: ResolvedRules,
): EligibilityFacts | undefined {
  const least = role === "mentor" ? rules.mentorMinManagerYears : rules.adeptMinManagerYears;
  const years = person.managerYears < least ? { has: person.managerYears, least } : undefined;
  const consent =
    rules.requireConsent && person.managerConsent !== true
      ? person.managerConsent === false
        ? ("refused" as const)
        : ("missing" as const)
      : undefined;
  if (years === undefined && consent === undefined) return undefined;
  return {
    role,
    ...(years === undefined ? {} : { years }),
    ...(consent === undefined ? {} : { consent }),
  };
}

/**
 * Why a person may not take part in their role, in English (the English phrasebook's words
 * for `eligibilityFacts`), or `undefined` when eligible.
 *
 * @example
 * eligibilityProblem({ managerYears: 1, managerConsent: true }, "adept", DEFAULT_RULES)
 * // "1 years as a manager; adepts need at least 2"
 */
export function eligibilityProblem(
  person: Person,
  role: "mentor" | "adept",
  rules: ResolvedRules,
): string | undefined {
  const facts = eligibilityFacts(person, role, rules);
  return facts === undefined ? undefined : EN_REASONS.eligibility(facts);
}

/**
 * Eligibility, the rule on each person rather than on a pair: who may take part
 * (`eligibilityFacts`, the test on people), laid out once per side (`interned`: the facts by
 * canonical index, `undefined` for the eligible, so the fast test is `!== undefined`), and the
 * block it puts on every pair of an ineligible person.
 *
 * @example
 * eligibility.block({ role: "adept", consent: "missing" }) // { rule: "adeptIneligible", role: "adept", consent: "missing" }
 */
export const eligibility = {
  rule: "eligibility",
  facts: eligibilityFacts,
  interned: (
    people: readonly Person[],
    role: "mentor" | "adept",
    rules: ResolvedRules,
  ): (EligibilityFacts | undefined)[] => people.map((p) => eligibilityFacts(p, role, rules)),
  block: (facts: EligibilityFacts): BlockOf<"mentorIneligible" | "adeptIneligible"> =>
    facts.role === "mentor"
      ? { rule: "mentorIneligible", ...facts }
      : { rule: "adeptIneligible", ...facts },
} as const;
