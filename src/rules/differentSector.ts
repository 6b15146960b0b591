import type { Adept, Mentor } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";
import { sameKeyTest } from "./intern.js";
import type { PairRuleDef } from "./rule.js";

/**
 * The rule "mentor and adept work in different sectors now": true when it is broken.
 *
 * @example
 * sameSector({ sector: "Förskola" }, { sector: "förskola " }) // true
 */
export function sameSector(mentor: Pick<Mentor, "sector">, adept: Pick<Adept, "sector">): boolean {
  return normalizeKey(mentor.sector) === normalizeKey(adept.sector);
}

/**
 * Mentor and adept work in different sectors now. Broken when both work in one; the reason
 * names it (the adept's spelling).
 *
 * @example
 * differentSector.block(mentor, adept) // { rule: "differentSector", sector: "Förskola" }
 */
export const differentSector: PairRuleDef<"differentSector"> = {
  rule: "differentSector",
  breaks: sameSector,
  interned: (mentors, adepts, key) => sameKeyTest(mentors, adepts, (x) => x.sector, key),
  block: (_, adept) => ({ rule: "differentSector", sector: adept.sector }),
};
