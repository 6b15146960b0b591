import type { Cohort } from "../schema/cohort.js";
import { normalizeKey } from "../util/normalize.js";
import type { BanEntry, BlockOf, PairBanDef } from "./rule.js";

const blockOf = (h: Cohort["history"][number]): BlockOf<"history"> =>
  h.cohort === undefined ? { rule: "history" } : { rule: "history", cohort: h.cohort };

/**
 * The cohort's history: pairs formed in earlier cohorts, which are not formed again; each with
 * its cohort when given.
 *
 * @example
 * history.bans(cohort, "M01", "A03") // [{ rule: "history", cohort: "2024" }]
 */
export const history: PairBanDef<"history"> = {
  rule: "history",
  entries: (cohort) =>
    cohort.history.map(
      (h): BanEntry<"history"> => ({ mentor: h.mentor, adept: h.adept, block: blockOf(h) }),
    ),
  bans: (cohort, mentorId, adeptId) =>
    cohort.history
      .filter(
        (h) =>
          normalizeKey(h.mentor) === normalizeKey(mentorId) &&
          normalizeKey(h.adept) === normalizeKey(adeptId),
      )
      .map(blockOf),
};
