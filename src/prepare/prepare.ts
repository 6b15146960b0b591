/**
 * The first step of the pipeline:
 *
 *   input -> **prepare/** (validated, canonical order, interned, scored) -> plan/ -> match/
 *         -> explain/, report/, cli/ (words)
 *
 * `prepare` validates a cohort once (throwing `CohortError`), puts people in canonical order
 * (by normalised id, so the result does not depend on the input's order), interns
 * municipalities and sectors, and creates the scorer. Every later step takes the `Prepared`
 * cohort it is handed and never parses or scores the input again. `score/` (`scoreMatrix`),
 * `plan/`, `match/`, `explain/` and `report/` import this folder; it imports only the leaves
 * (`schema/`, `options/`, `criteria/`, `rules/`, `util/`).
 */

import { memoNormalizeKey } from "../criteria/keys.js";
import { cohortWeights, someoneRanked } from "../criteria/preference.js";
import { createScorer, type Scorer } from "../criteria/scorer.js";
import { type ResolvedOptions, resolveOptions } from "../options/resolve.js";
import { combineTests, type PairBits } from "../rules/combine.js";
import { eligibility } from "../rules/eligibility.js";
import { intern } from "../rules/intern.js";
import { PAIR_BAN_DEFS, PAIR_RULE_DEFS } from "../rules/registry.js";
import type { BlockOf } from "../rules/rule.js";
import type { Adept, Cohort, Mentor } from "../schema/cohort.js";
import { fastCohort } from "../schema/fast.js";
import type {
  Block,
  CohortWarning,
  EligibilityFacts,
  MatchOptions,
  PairRule,
  RuleMode,
} from "../types.js";
import { CohortError } from "../util/cohortError.js";
import { normalizeKey } from "../util/normalize.js";
import { parseRead } from "../validate/parse.js";
import { canonicalOrder, indexByKey, inOrder } from "./order.js";
import { KeptPrepared } from "./reuse.js";

/**
 * A validated cohort in canonical order (people sorted by normalised id), with everything the
 * solvers and the result builder need. Canonical order is what makes the result independent of
 * the order of the input.
 */
export interface Prepared {
  readonly cohort: Cohort;
  readonly options: ResolvedOptions;
  /**
   * `normalizeKey` with a memo, shared by the cohort's profiles and its pairs' facts (one
   * cohort's names, tags and sectors recur thousands of times).
   */
  readonly key: (value: string) => string;
  readonly warnings: readonly CohortWarning[];
  /** Mentors and adepts in canonical order. */
  readonly mentors: readonly Mentor[];
  readonly adepts: readonly Adept[];
  /** Index into `cohort.mentors` / `cohort.adepts` of each canonical position. */
  readonly mentorInput: Int32Array;
  readonly adeptInput: Int32Array;
  /** Why a person is ineligible (canonical index), as facts; `undefined` when eligible. */
  readonly mentorIneligible: readonly (EligibilityFacts | undefined)[];
  readonly adeptIneligible: readonly (EligibilityFacts | undefined)[];
  /**
   * Exclusions and history as `mentor -> adepts` (canonical indices), with the reasons as data:
   * every exclusion of the pair, then every history entry, each in input order.
   */
  readonly banned: ReadonlyMap<number, ReadonlyMap<number, readonly BanBlock[]>>;
  /** Locked pairs (canonical indices). */
  readonly locked: readonly { readonly mentor: number; readonly adept: number }[];
  /** Interned municipality and sector of each person (canonical order). */
  readonly mentorMunicipality: Int32Array;
  readonly adeptMunicipality: Int32Array;
  readonly mentorSector: Int32Array;
  readonly adeptSector: Int32Array;
  /**
   * The pairing rules' tests on canonical indices, as one function of the rules to test: rule i
   * of the registry is bit `1 << i` (see `ruleBits`).
   */
  readonly pairBits: PairBits;
  /** Rule bits (see `RULE_BIT`) whose mode is `hard`, and whose mode is `soft`. */
  readonly hardMask: number;
  readonly softMask: number;
  readonly scorer: Scorer;
}

/**
 * Why an exclusion or a history entry bans a pair.
 *
 * @example
 * const b: BanBlock = { rule: "exclusion", reason: "jäv" };
 */
export type BanBlock = BlockOf<"exclusion" | "history">;

/**
 * One bit per pairing rule, in registry order (`PAIR_RULE_DEFS`): 1, 2, 4, ...
 *
 * @example
 * RULE_BIT.differentSector // 2
 */
export const RULE_BIT = Object.fromEntries(
  PAIR_RULE_DEFS.map((r, i) => [r.rule, 1 << i]),
) as Readonly<Record<PairRule, number>>;

/**
 * Resolves options, validates the input (throwing `CohortError` named after `fn`) and lays the
 * cohort out in canonical order. Never mutates the input. The same input object, unchanged (its
 * validated form, or for input only zod reads its JSON text, is compared) and with the same
 * options, gets the same prepared cohort back without validating and scoring it again
 * (`KeptPrepared`): `match` then `renderReport` prepare once.
 * Nothing changes a `Prepared` after it is made (`withLocks` makes a new one).
 */
export function prepare(fn: string, input: unknown, options: MatchOptions | undefined): Prepared {
  const given = resolveOptions(fn, options);
  // A plainly valid input's validated form, read once: it checks a kept cohort, and it is what
  // validation would give (schema/fast.ts).
  const fast = fastCohort(input);
  return (
    kept.get(input, given, fast) ??
    kept.keep(input, given, prepareAnew(fn, input, given, fast), fast)
  );
}

/** The prepared cohort of each input object, while it stays the same (see `KeptPrepared`). */
const kept = new KeptPrepared<Prepared>();

function prepareAnew(
  fn: string,
  input: unknown,
  given: ResolvedOptions,
  fast: Cohort | undefined,
): Prepared {
  const parsed = parseRead(input, given, fast);
  if (!parsed.success) throw new CohortError(fn, parsed.issues);
  const cohort = parsed.data;
  const ranked = someoneRanked(cohort.mentors, cohort.adepts);
  const resolved = { ...given, weights: cohortWeights(fn, given.weights, ranked) };
  // Each id keyed once: for the canonical order and for the references to people.
  const mentorKeys = cohort.mentors.map((m) => normalizeKey(m.id));
  const adeptKeys = cohort.adepts.map((a) => normalizeKey(a.id));
  const mentorInput = canonicalOrder(mentorKeys);
  const adeptInput = canonicalOrder(adeptKeys);
  const mentors = inOrder(cohort.mentors, mentorInput);
  const adepts = inOrder(cohort.adepts, adeptInput);

  const mentorAt = indexByKey(mentorKeys, mentorInput);
  const adeptAt = indexByKey(adeptKeys, adeptInput);
  const pairOf = (ref: { mentor: string; adept: string }) => ({
    mentor: mentorAt.get(normalizeKey(ref.mentor))!,
    adept: adeptAt.get(normalizeKey(ref.adept))!,
  });
  const banned = new Map<number, Map<number, BanBlock[]>>();
  for (const list of PAIR_BAN_DEFS) {
    for (const entry of list.entries(cohort)) {
      const p = pairOf(entry);
      const row = banned.get(p.mentor) ?? new Map<number, BanBlock[]>();
      banned.set(p.mentor, row);
      row.set(p.adept, [...(row.get(p.adept) ?? []), entry.block]);
    }
  }
  const locked = cohort.locked.map(pairOf).sort((x, y) => x.adept - y.adept);

  const municipalities = new Map<string, number>();
  const sectors = new Map<string, number>();
  const key = memoNormalizeKey();
  const mask = (mode: RuleMode) =>
    PAIR_RULE_DEFS.reduce(
      (bits, r) => (resolved.rules[r.rule] === mode ? bits | RULE_BIT[r.rule] : bits),
      0,
    );
  return {
    cohort,
    options: resolved,
    key,
    warnings: parsed.warnings,
    mentors,
    adepts,
    mentorInput,
    adeptInput,
    mentorIneligible: eligibility.interned(mentors, "mentor", resolved.rules),
    adeptIneligible: eligibility.interned(adepts, "adept", resolved.rules),
    banned,
    locked,
    mentorMunicipality: intern(
      mentors.map((m) => m.municipality),
      municipalities,
      key,
    ),
    adeptMunicipality: intern(
      adepts.map((a) => a.municipality),
      municipalities,
      key,
    ),
    mentorSector: intern(
      mentors.map((m) => m.sector),
      sectors,
      key,
    ),
    adeptSector: intern(
      adepts.map((a) => a.sector),
      sectors,
      key,
    ),
    // A rule that is off is never tested (`ruleBits` asks only the hard and soft ones), so its
    // interned data (the work-background rule's sorted sector lists) is not built.
    pairBits: combineTests(
      PAIR_RULE_DEFS.map((r) =>
        resolved.rules[r.rule] === "off" ? () => false : r.interned(mentors, adepts, key),
      ),
    ),
    hardMask: mask("hard"),
    softMask: mask("soft"),
    scorer: createScorer(mentors, adepts, { ...resolved, key }),
  };
}

/**
 * The pairing rules in force (hard or soft) that a pair breaks, as `RULE_BIT` bits (canonical
 * indices): each rule's test on interned data. Rules that are off are not tested.
 *
 * @example
 * ruleBits(p, 0, 2) & RULE_BIT.differentMunicipality // non-zero: both in one municipality
 */
export function ruleBits(p: Prepared, mentor: number, adept: number): number {
  return p.pairBits(mentor, adept, p.hardMask | p.softMask);
}

/** The rules decided by two compares of interned values: the municipality and sector rules. */
export const LISTED_RULES = RULE_BIT.differentMunicipality! | RULE_BIT.differentSector!;

/**
 * Whether no rule but the municipality and sector rules is in force (hard or soft): then every
 * rule bit of a pair is two interned compares (`listedRuleBits`), and a row's codes can be set
 * from lists (plan/sparseRows.ts).
 *
 * @example
 * onlyListedRules(p) // true with the default rules (work background off)
 */
export function onlyListedRules(p: Prepared): boolean {
  return ((p.hardMask | p.softMask) & ~LISTED_RULES) === 0;
}

/**
 * The municipality and sector rules' bits of a pair (`LISTED_RULES`), whether or not they are
 * in force: two compares of interned values. Where no other rule is in force it equals
 * `ruleBits` once masked by the rules in force (`hardMask | softMask`: the caller masks); where
 * only allowedness matters, no other rule hard is enough (`markAllowed`).
 *
 * @example
 * listedRuleBits(p, 0, 2) & RULE_BIT.differentMunicipality // non-zero: both in one municipality
 */
export function listedRuleBits(p: Prepared, mentor: number, adept: number): number {
  return (
    (p.mentorMunicipality[mentor] === p.adeptMunicipality[adept]
      ? RULE_BIT.differentMunicipality!
      : 0) | (p.mentorSector[mentor] === p.adeptSector[adept] ? RULE_BIT.differentSector! : 0)
  );
}

/**
 * A pair's `ruleBits` when eligibility, the hard rules, exclusions and history allow it, else
 * -1: the one verdict `isAllowed` and the passes' codes (`pairCode`) read.
 *
 * @example
 * allowedRuleBits(p, 0, 2) // -1: both in Borås
 */
export function allowedRuleBits(p: Prepared, mentor: number, adept: number): number {
  if (p.mentorIneligible[mentor] !== undefined || p.adeptIneligible[adept] !== undefined) return -1;
  // Two interned compares where no other rule is in force (`ruleBits` asks each rule's test).
  const bits = onlyListedRules(p)
    ? listedRuleBits(p, mentor, adept) & (p.hardMask | p.softMask)
    : ruleBits(p, mentor, adept);
  if ((bits & p.hardMask) !== 0 || p.banned.get(mentor)?.has(adept) === true) return -1;
  return bits;
}

/**
 * Marks in `into` (one slot per place in `mentors`, canonical indices; per mentor when
 * omitted) the mentors that may be paired with `adept` (`isAllowed`), and returns how many.
 * With only the municipality and sector rules hard, two compares of interned values per mentor
 * and the adept's exclusions and history looked up once: a scarce national cohort asks this
 * for thousands of adepts.
 *
 * @example
 * const into = new Uint8Array(p.mentors.length); markAllowed(p, 3, into) // 3: into is [1, 0, 1, 0, 0, 1]
 */
export function markAllowed(
  p: Prepared,
  adept: number,
  into: Uint8Array,
  mentors?: readonly number[],
): number {
  const n = mentors === undefined ? p.mentors.length : mentors.length;
  let count = 0;
  // Only a hard rule forbids a pair: any other than these two asks the registry's test.
  if ((p.hardMask & ~LISTED_RULES) !== 0) {
    for (let i = 0; i < n; i++) {
      const ok = isAllowed(p, mentors === undefined ? i : mentors[i]!, adept);
      into[i] = ok ? 1 : 0;
      if (ok) count++;
    }
    return count;
  }
  into.fill(0, 0, n);
  if (p.adeptIneligible[adept] !== undefined) return 0;
  const hard = p.hardMask;
  const bans = bannedFor(p).get(adept);
  for (let i = 0; i < n; i++) {
    const m = mentors === undefined ? i : mentors[i]!;
    if (p.mentorIneligible[m] !== undefined || (listedRuleBits(p, m, adept) & hard) !== 0) continue;
    if (bans?.has(m) === true) continue;
    into[i] = 1;
    count++;
  }
  return count;
}

/**
 * The places in `mentors` (every mentor, by index, when omitted) of the mentors that may be
 * paired with `adept`, in order (`markAllowed`).
 *
 * @example
 * allowedAmong(p, 3) // [0, 2, 5]
 */
export function allowedAmong(p: Prepared, adept: number, mentors?: readonly number[]): number[] {
  const into = new Uint8Array(mentors === undefined ? p.mentors.length : mentors.length);
  const out: number[] = [];
  if (markAllowed(p, adept, into, mentors) > 0) {
    for (let i = 0; i < into.length; i++) if (into[i] === 1) out.push(i);
  }
  return out;
}

/** Per adept the mentors its exclusions and history ban (`banned` the other way round), made once. */
function bannedFor(p: Prepared): Map<number, Set<number>> {
  let byAdept = bannedByAdept.get(p);
  if (byAdept === undefined) {
    byAdept = new Map();
    for (const [m, row] of p.banned) {
      for (const a of row.keys()) {
        let set = byAdept.get(a);
        if (set === undefined) {
          set = new Set();
          byAdept.set(a, set);
        }
        set.add(m);
      }
    }
    bannedByAdept.set(p, byAdept);
  }
  return byAdept;
}
const bannedByAdept = new WeakMap<Prepared, Map<number, Set<number>>>();

/**
 * The soft rules a pair breaks, by name.
 *
 * @example
 * softViolations(p, 0, 2) // ["differentSector"]
 */
export function softViolations(p: Prepared, mentor: number, adept: number): PairRule[] {
  const bits = ruleBits(p, mentor, adept) & p.softMask;
  // Asked for every chosen pair, nearly always with none broken: a list only where one is.
  const broken: PairRule[] = [];
  if (bits === 0) return broken;
  for (const r of PAIR_RULE_DEFS) if ((bits & RULE_BIT[r.rule]) !== 0) broken.push(r.rule);
  return broken;
}

/**
 * Whether eligibility, the hard rules, exclusions and history allow a pair (canonical indices).
 * `pairBlocks` gives the same verdict as reasons; the passes over many pairs decide it from the
 * same rule bits (`rowCodes`, `pairCode` in plan/buildProblem.ts: tests hold them to this).
 *
 * @example
 * isAllowed(p, 0, 2) // false: both in Borås
 */
export function isAllowed(p: Prepared, mentor: number, adept: number): boolean {
  return allowedRuleBits(p, mentor, adept) >= 0;
}

/**
 * What keeps a pair apart (canonical indices), as data in the registry's order: the mentor's
 * and the adept's eligibility, each hard pairing rule it breaks, then its exclusions and
 * history entries. Empty exactly when `isAllowed`.
 *
 * @example
 * pairBlocks(p, 0, 2) // [{ rule: "differentMunicipality", place: "Borås" }]
 */
export function pairBlocks(p: Prepared, mentor: number, adept: number): Block[] {
  const blocks: Block[] = [];
  const mentorFacts = p.mentorIneligible[mentor];
  if (mentorFacts !== undefined) blocks.push(eligibility.block(mentorFacts));
  const adeptFacts = p.adeptIneligible[adept];
  if (adeptFacts !== undefined) blocks.push(eligibility.block(adeptFacts));
  const hard = ruleBits(p, mentor, adept) & p.hardMask;
  if (hard !== 0) {
    const m = p.mentors[mentor]!;
    const a = p.adepts[adept]!;
    for (const r of PAIR_RULE_DEFS) if ((hard & RULE_BIT[r.rule]) !== 0) blocks.push(r.block(m, a));
  }
  const bans = p.banned.get(mentor)?.get(adept);
  if (bans !== undefined) blocks.push(...bans);
  return blocks;
}

/**
 * The prepared cohort with more locked pairs (canonical indices), without validating and
 * scoring it again: `rematch` keeps earlier pairs as locked ones. The cohort's `locked` list
 * gets the pairs by id, as the schema would return them. `undefined` when a pair could not be
 * locked (not allowed, its adept already locked, its mentor over capacity): the caller then
 * prepares the cohort with these pairs in full, so that the schema names the problem as it
 * does for any input.
 *
 * @example
 * const next = withLocks(p, [{ mentor: 0, adept: 2 }]) ?? prepare("rematch", withPairs, options);
 */
export function withLocks(
  p: Prepared,
  extra: readonly { readonly mentor: number; readonly adept: number }[],
): Prepared | undefined {
  const lockedAdept = new Uint8Array(p.adepts.length);
  const load = new Int32Array(p.mentors.length);
  for (const l of [...p.locked, ...extra]) {
    if (lockedAdept[l.adept] === 1 || !isAllowed(p, l.mentor, l.adept)) return undefined;
    lockedAdept[l.adept] = 1;
    if (++load[l.mentor]! > p.mentors[l.mentor]!.capacity) return undefined;
  }
  const refs = extra.map((l) => ({
    mentor: p.mentors[l.mentor]!.id,
    adept: p.adepts[l.adept]!.id,
  }));
  return {
    ...p,
    cohort: { ...p.cohort, locked: [...p.cohort.locked, ...refs] },
    locked: [...p.locked, ...extra].sort((x, y) => x.adept - y.adept),
  };
}
