import type { Adept, Cohort, Mentor } from "../schema/cohort.js";
import type { Block, PairRule } from "../types.js";

/**
 * The block of one rule: its code and its facts.
 *
 * @example
 * const b: BlockOf<"differentSector"> = { rule: "differentSector", sector: "Förskola" };
 */
export type BlockOf<R extends Block["rule"]> = Extract<Block, { readonly rule: R }>;

/**
 * A test on people in canonical order, by index: what a rule lays out once per cohort so that
 * testing one of the n x m pairs costs a few array reads.
 *
 * @example
 * const test: PairTest = differentSector.interned(mentors, adepts);
 * test(0, 3) // true when mentor 0 and adept 3 share a sector
 */
export type PairTest = (mentor: number, adept: number) => boolean;

/**
 * A pairing rule (its mode, hard, soft or off, is an option): when a pair breaks it, on the
 * people themselves (`breaks`) and on data laid out once per cohort (`interned`), and why, as
 * data (`block`). The two tests must agree on every pair; a property test holds them to it.
 *
 * @example
 * differentMunicipality.breaks(mentor, adept) // true: both in Borås
 * differentMunicipality.block(mentor, adept) // { rule: "differentMunicipality", place: "Borås" }
 */
export interface PairRuleDef<R extends PairRule> {
  readonly rule: R;
  /** True when the pair breaks the rule. */
  breaks(mentor: Mentor, adept: Adept): boolean;
  /**
   * The same test for people in this order, by index, with what it needs laid out once; names
   * keyed by `key` (`normalizeKey`, the default value, or a cohort's memo of it).
   */
  interned(
    mentors: readonly Mentor[],
    adepts: readonly Adept[],
    key?: (value: string) => string,
  ): PairTest;
  /** Why the pair breaks the rule (only asked when it does). */
  block(mentor: Mentor, adept: Adept): BlockOf<R>;
}

/**
 * Any pairing rule's definition (a union over the rules, so each keeps its own block type).
 *
 * @example
 * const defs: readonly AnyPairRuleDef[] = PAIR_RULE_DEFS;
 */
export type AnyPairRuleDef = { readonly [R in PairRule]: PairRuleDef<R> }[PairRule];

/**
 * One of the cohort's lists of pairs that may never be formed (exclusions, history): its
 * entries with their reasons, and the reasons that ban one pair (the test on people; prepared
 * data holds the same entries by canonical index).
 *
 * @example
 * exclusion.bans(cohort, "M01", "A03") // [{ rule: "exclusion", reason: "jäv" }]
 */
export interface PairBanDef<R extends "exclusion" | "history"> {
  readonly rule: R;
  /** Every entry of the list in input order: the pair's ids and why it is banned. */
  entries(cohort: Cohort): readonly BanEntry<R>[];
  /** Why the list bans this pair, in input order (ids compare normalised); empty when it does not. */
  bans(cohort: Cohort, mentorId: string, adeptId: string): BlockOf<R>[];
}

/**
 * One entry of a ban list: the pair by id, and its reason.
 *
 * @example
 * const e: BanEntry<"history"> = { mentor: "M01", adept: "A03", block: { rule: "history", cohort: "2024" } };
 */
export interface BanEntry<R extends "exclusion" | "history"> {
  readonly mentor: string;
  readonly adept: string;
  readonly block: BlockOf<R>;
}
