import type { PairRule } from "../types.js";
import { differentMunicipality } from "./differentMunicipality.js";
import { differentSector } from "./differentSector.js";
import { differentWorkBackground } from "./differentWorkBackground.js";
import { exclusion } from "./exclusion.js";
import { history } from "./history.js";
import type { AnyPairRuleDef } from "./rule.js";

/** The list as given; a compile error when a `PairRule` of the options has no definition in it. */
function everyPairRule<const T extends readonly AnyPairRuleDef[]>(
  defs: T & ([Exclude<PairRule, T[number]["rule"]>] extends [never] ? unknown : never),
): T {
  return defs;
}

/**
 * The pairing rules, in the order they are reported. Rule i has bit `1 << i` in `RULE_BIT`.
 *
 * To add a pairing rule: write `src/rules/<name>.ts` exporting a `PairRuleDef` (the test on
 * people, the test on interned data, the reason's facts) and add it here; then add its name to
 * `PairRule` and `RulesOptions` (with its default in `options/resolve.ts`), its `Block` facts
 * (`types.ts`) and its words to each phrasebook (`phrasebook/reasons.*.ts`). The compiler
 * points at each place that still lacks it.
 *
 * @example
 * PAIR_RULE_DEFS.map((r) => r.rule) // ["differentMunicipality", "differentSector", "differentWorkBackground"]
 */
export const PAIR_RULE_DEFS = everyPairRule([
  differentMunicipality,
  differentSector,
  differentWorkBackground,
] as const);

/**
 * The cohort's lists of banned pairs, in the order their reasons are reported.
 *
 * @example
 * PAIR_BAN_DEFS.map((b) => b.rule) // ["exclusion", "history"]
 */
export const PAIR_BAN_DEFS = [exclusion, history] as const;
