import type { Adept, Mentor } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";
import { sameKeyTest } from "./intern.js";
import type { PairRuleDef } from "./rule.js";

/**
 * The rule "mentor and adept come from different municipalities": true when it is broken.
 * Names compare normalised; codes are resolved to names by `parseCohort` before this runs.
 *
 * @example
 * sameMunicipality({ municipality: "Borås" }, { municipality: " borås" }) // true
 */
export function sameMunicipality(
  mentor: Pick<Mentor, "municipality">,
  adept: Pick<Adept, "municipality">,
): boolean {
  return normalizeKey(mentor.municipality) === normalizeKey(adept.municipality);
}

/**
 * Mentor and adept come from different municipalities. Broken when both are in one; the
 * reason names it (the adept's spelling).
 *
 * @example
 * differentMunicipality.block(mentor, adept) // { rule: "differentMunicipality", place: "Borås" }
 */
export const differentMunicipality: PairRuleDef<"differentMunicipality"> = {
  rule: "differentMunicipality",
  breaks: sameMunicipality,
  interned: (mentors, adepts, key) => sameKeyTest(mentors, adepts, (x) => x.municipality, key),
  block: (_, adept) => ({ rule: "differentMunicipality", place: adept.municipality }),
};
