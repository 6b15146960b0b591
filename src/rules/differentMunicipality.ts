import type { Adept, Mentor } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";

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
