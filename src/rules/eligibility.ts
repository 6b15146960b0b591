import type { Adept, Mentor } from "../schema/cohort.js";
import type { ResolvedRules } from "../types.js";

/**
 * Why a person may not take part in their role, or `undefined` when eligible: too few years
 * as a manager (adept >= 2, mentor >= 5 by default), or manager consent not confirmed.
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
  const problems: string[] = [];
  const least = role === "mentor" ? rules.mentorMinManagerYears : rules.adeptMinManagerYears;
  if (person.managerYears < least) {
    problems.push(`${person.managerYears} years as a manager; ${role}s need at least ${least}`);
  }
  if (rules.requireConsent && person.managerConsent !== true) {
    problems.push(
      person.managerConsent === false
        ? "has not consulted their own manager (managerConsent is false)"
        : "manager consent not confirmed (managerConsent missing)",
    );
  }
  return problems.length === 0 ? undefined : problems.join("; ");
}
