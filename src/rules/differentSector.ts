import type { Adept, Mentor } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";

/**
 * The rule "mentor and adept work in different sectors now": true when it is broken.
 *
 * @example
 * sameSector({ sector: "Förskola" }, { sector: "förskola " }) // true
 */
export function sameSector(mentor: Pick<Mentor, "sector">, adept: Pick<Adept, "sector">): boolean {
  return normalizeKey(mentor.sector) === normalizeKey(adept.sector);
}
