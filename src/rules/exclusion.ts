import type { Cohort } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";
import type { BanEntry, BlockOf, PairBanDef } from "./rule.js";

const blockOf = (e: Cohort["exclusions"][number]): BlockOf<"exclusion"> =>
  e.reason === undefined ? { rule: "exclusion" } : { rule: "exclusion", reason: e.reason };

/**
 * The cohort's exclusions: pairs that may never be formed, each with its reason when given.
 *
 * @example
 * exclusion.bans(cohort, "M01", "A03") // [{ rule: "exclusion", reason: "jäv" }]
 */
export const exclusion: PairBanDef<"exclusion"> = {
  rule: "exclusion",
  entries: (cohort) =>
    cohort.exclusions.map(
      (e): BanEntry<"exclusion"> => ({ mentor: e.mentor, adept: e.adept, block: blockOf(e) }),
    ),
  bans: (cohort, mentorId, adeptId) =>
    cohort.exclusions
      .filter(
        (e) =>
          normalizeKey(e.mentor) === normalizeKey(mentorId) &&
          normalizeKey(e.adept) === normalizeKey(adeptId),
      )
      .map(blockOf),
};
