import type { Adept, Mentor } from "../schema/cohort.js";
import type { ResolvedRules } from "../types.js";

/** Why a person may not take part, as facts: too few years as a manager, consent not given. */
export interface EligibilityFacts {
  readonly role: "mentor" | "adept";
  /** Years as a manager and the least the role needs, when too few. */
  readonly years?: { readonly has: number; readonly least: number };
  /** `missing`: consent not confirmed; `refused`: `managerConsent` is false. */
  readonly consent?: "missing" | "refused";
}

/**
 * What keeps a person from taking part in their role, or `undefined` when eligible.
 *
 * @example
 * eligibilityFacts({ managerYears: 1, managerConsent: true }, "adept", DEFAULT_RULES)
 * // { role: "adept", years: { has: 1, least: 2 } }
 */
export function eligibilityFacts(
  person: Pick<Mentor | Adept, "managerYears" | "managerConsent">,
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
 * Why a person may not take part in their role, in English, or `undefined` when eligible: too
 * few years as a manager (adept >= 2, mentor >= 5 by default), or manager consent not confirmed.
 *
 * @example
 * eligibilityProblem({ managerYears: 1, managerConsent: true }, "adept", DEFAULT_RULES)
 * // "1 years as a manager; adepts need at least 2"
 */
export function eligibilityProblem(
  person: Pick<Mentor | Adept, "managerYears" | "managerConsent">,
  role: "mentor" | "adept",
  rules: ResolvedRules,
): string | undefined {
  const facts = eligibilityFacts(person, role, rules);
  if (facts === undefined) return undefined;
  const problems: string[] = [];
  if (facts.years !== undefined) {
    problems.push(
      `${facts.years.has} years as a manager; ${role}s need at least ${facts.years.least}`,
    );
  }
  if (facts.consent !== undefined) {
    problems.push(
      facts.consent === "refused"
        ? "has not consulted their own manager (managerConsent is false)"
        : "manager consent not confirmed (managerConsent missing)",
    );
  }
  return problems.join("; ");
}
