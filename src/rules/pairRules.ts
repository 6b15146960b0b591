import type { Adept, Mentor } from "../schema/cohort.js";
import type { ResolvedRules } from "../types.js";
import { sameMunicipality } from "./differentMunicipality.js";
import { sameSector } from "./differentSector.js";

/**
 * The hard programme rules a pair breaks, in words, or `undefined` when it breaks none.
 *
 * @example
 * hardRuleBroken(mentor, adept, DEFAULT_RULES) // "both in Borås (different municipality)"
 */
export function hardRuleBroken(
  mentor: Mentor,
  adept: Adept,
  rules: ResolvedRules,
): string | undefined {
  const broken: string[] = [];
  if (rules.differentMunicipality === "hard" && sameMunicipality(mentor, adept)) {
    broken.push(`both in ${adept.municipality} (different municipality)`);
  }
  if (rules.differentSector === "hard" && sameSector(mentor, adept)) {
    broken.push(`both in ${adept.sector} (different sector)`);
  }
  return broken.length === 0 ? undefined : broken.join("; ");
}
