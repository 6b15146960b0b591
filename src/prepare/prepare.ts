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
import { createScorer, type Scorer } from "../criteria/scorer.js";
import { type ResolvedOptions, resolveOptions } from "../options/resolve.js";
import { backgroundKeys, SAME_BACKGROUND_JACCARD } from "../rules/differentWorkBackground.js";
import { eligibilityProblem } from "../rules/eligibility.js";
import { PAIR_RULES } from "../rules/pairRules.js";
import type { Adept, Cohort, Mentor } from "../schema/cohort.js";
import { CohortError } from "../schema/issues.js";
import { parseWith } from "../schema/parse.js";
import type { CohortWarning, MatchOptions, PairRule, RuleMode } from "../types.js";
import { compareCodeUnits, normalizeKey } from "../util/normalize.js";

/**
 * A validated cohort in canonical order (people sorted by normalised id), with everything the
 * solvers and the result builder need. Canonical order is what makes the result independent of
 * the order of the input.
 */
export interface Prepared {
  readonly cohort: Cohort;
  readonly options: ResolvedOptions;
  readonly warnings: readonly CohortWarning[];
  /** Mentors and adepts in canonical order. */
  readonly mentors: readonly Mentor[];
  readonly adepts: readonly Adept[];
  /** Index into `cohort.mentors` / `cohort.adepts` of each canonical position. */
  readonly mentorInput: Int32Array;
  readonly adeptInput: Int32Array;
  /** Why a person is ineligible (canonical index), `undefined` when eligible. */
  readonly mentorIneligible: readonly (string | undefined)[];
  readonly adeptIneligible: readonly (string | undefined)[];
  /** Exclusions and history as `mentor -> adepts` (canonical indices), with the reason in words. */
  readonly banned: ReadonlyMap<number, ReadonlyMap<number, readonly string[]>>;
  /** Locked pairs (canonical indices). */
  readonly locked: readonly { readonly mentor: number; readonly adept: number }[];
  /** Interned municipality and sector of each person (canonical order). */
  readonly mentorMunicipality: Int32Array;
  readonly adeptMunicipality: Int32Array;
  readonly mentorSector: Int32Array;
  readonly adeptSector: Int32Array;
  /** Interned, sorted sectors of each person's background, `null` when not given. */
  readonly mentorBackground: readonly (Int32Array | null)[];
  readonly adeptBackground: readonly (Int32Array | null)[];
  /** Rule bits (see `RULE_BIT`) whose mode is `hard`, and whose mode is `soft`. */
  readonly hardMask: number;
  readonly softMask: number;
  readonly scorer: Scorer;
}

/** One bit per pairing rule, in `PAIR_RULES` order. */
export const RULE_BIT: Readonly<Record<PairRule, number>> = {
  differentMunicipality: 1,
  differentSector: 2,
  differentWorkBackground: 4,
};

function canonicalOrder(people: readonly { readonly id: string }[]): Int32Array {
  const keys = people.map((p) => normalizeKey(p.id));
  const order = Int32Array.from(people.keys());
  return order.sort((i, j) => compareCodeUnits(keys[i]!, keys[j]!));
}

function intern(values: readonly string[], ids: Map<string, number>): Int32Array {
  return Int32Array.from(values, (v) => {
    const key = normalizeKey(v);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  });
}

/**
 * Resolves options, validates the input (throwing `CohortError` named after `fn`) and lays the
 * cohort out in canonical order. Never mutates the input.
 */
export function prepare(fn: string, input: unknown, options: MatchOptions | undefined): Prepared {
  const resolved = resolveOptions(fn, options);
  const parsed = parseWith(input, resolved);
  if (!parsed.success) throw new CohortError(fn, parsed.issues);
  const cohort = parsed.data;
  const mentorInput = canonicalOrder(cohort.mentors);
  const adeptInput = canonicalOrder(cohort.adepts);
  const mentors = Array.from(mentorInput, (i) => cohort.mentors[i]!);
  const adepts = Array.from(adeptInput, (i) => cohort.adepts[i]!);

  const mentorAt = new Map(mentors.map((m, i) => [normalizeKey(m.id), i]));
  const adeptAt = new Map(adepts.map((a, i) => [normalizeKey(a.id), i]));
  const pairOf = (ref: { mentor: string; adept: string }) => ({
    mentor: mentorAt.get(normalizeKey(ref.mentor))!,
    adept: adeptAt.get(normalizeKey(ref.adept))!,
  });
  const banned = new Map<number, Map<number, string[]>>();
  const ban = (mentor: number, adept: number, why: string) => {
    const row = banned.get(mentor) ?? new Map<number, string[]>();
    banned.set(mentor, row);
    row.set(adept, [...(row.get(adept) ?? []), why]);
  };
  for (const e of cohort.exclusions) {
    const p = pairOf(e);
    ban(p.mentor, p.adept, e.reason === undefined ? "excluded" : `excluded (${e.reason})`);
  }
  for (const h of cohort.history) {
    const p = pairOf(h);
    ban(
      p.mentor,
      p.adept,
      h.cohort === undefined ? "paired before" : `paired before (${h.cohort})`,
    );
  }
  const locked = cohort.locked.map(pairOf).sort((x, y) => x.adept - y.adept);

  const municipalities = new Map<string, number>();
  const sectors = new Map<string, number>();
  const background = (x: Mentor | Adept) => {
    const keys = backgroundKeys(x);
    return keys === undefined ? null : intern([...keys], sectors).sort();
  };
  const mask = (mode: RuleMode) =>
    PAIR_RULES.reduce(
      (bits, rule) => (resolved.rules[rule] === mode ? bits | RULE_BIT[rule] : bits),
      0,
    );
  return {
    cohort,
    options: resolved,
    warnings: parsed.warnings,
    mentors,
    adepts,
    mentorInput,
    adeptInput,
    mentorIneligible: mentors.map((m) => eligibilityProblem(m, "mentor", resolved.rules)),
    adeptIneligible: adepts.map((a) => eligibilityProblem(a, "adept", resolved.rules)),
    banned,
    locked,
    mentorMunicipality: intern(
      mentors.map((m) => m.municipality),
      municipalities,
    ),
    adeptMunicipality: intern(
      adepts.map((a) => a.municipality),
      municipalities,
    ),
    mentorSector: intern(
      mentors.map((m) => m.sector),
      sectors,
    ),
    adeptSector: intern(
      adepts.map((a) => a.sector),
      sectors,
    ),
    mentorBackground: mentors.map(background),
    adeptBackground: adepts.map(background),
    hardMask: mask("hard"),
    softMask: mask("soft"),
    scorer: createScorer(mentors, adepts, resolved),
  };
}

function sameBackground(m: Int32Array | null, a: Int32Array | null): boolean {
  if (m === null || a === null) return false;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < m.length && j < a.length) {
    if (m[i]! < a[j]!) i++;
    else if (m[i]! > a[j]!) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  return common / (m.length + a.length - common) >= SAME_BACKGROUND_JACCARD;
}

/** The pairing rules a pair breaks, whatever their mode, as `RULE_BIT` bits (canonical indices). */
export function ruleBits(p: Prepared, mentor: number, adept: number): number {
  let bits = 0;
  if (p.mentorMunicipality[mentor] === p.adeptMunicipality[adept])
    bits |= RULE_BIT.differentMunicipality;
  if (p.mentorSector[mentor] === p.adeptSector[adept]) bits |= RULE_BIT.differentSector;
  if ((p.hardMask | p.softMask) & RULE_BIT.differentWorkBackground) {
    if (sameBackground(p.mentorBackground[mentor]!, p.adeptBackground[adept]!)) {
      bits |= RULE_BIT.differentWorkBackground;
    }
  }
  return bits;
}

/** The soft rules a pair breaks, by name. */
export function softViolations(p: Prepared, mentor: number, adept: number): PairRule[] {
  const bits = ruleBits(p, mentor, adept) & p.softMask;
  return PAIR_RULES.filter((rule) => (bits & RULE_BIT[rule]) !== 0);
}

/**
 * Whether eligibility, the hard rules, exclusions and history allow a pair (canonical indices).
 * The one place `allowed` is decided; `explainBlocked` gives the same verdict in words.
 */
export function isAllowed(p: Prepared, mentor: number, adept: number): boolean {
  if (p.mentorIneligible[mentor] !== undefined || p.adeptIneligible[adept] !== undefined)
    return false;
  if ((ruleBits(p, mentor, adept) & p.hardMask) !== 0) return false;
  return p.banned.get(mentor)?.has(adept) !== true;
}

/** What keeps a pair apart, in words (empty when it is allowed). */
export function explainBlocked(p: Prepared, mentor: number, adept: number): string[] {
  const why: string[] = [];
  const a = p.adepts[adept]!;
  const mentorProblem = p.mentorIneligible[mentor];
  if (mentorProblem !== undefined) why.push(`mentor ineligible: ${mentorProblem}`);
  if (p.adeptIneligible[adept] !== undefined) why.push("adept ineligible");
  const hard = ruleBits(p, mentor, adept) & p.hardMask;
  if (hard & RULE_BIT.differentMunicipality) why.push(`both in ${a.municipality}`);
  if (hard & RULE_BIT.differentSector) why.push(`both in ${a.sector}`);
  if (hard & RULE_BIT.differentWorkBackground) why.push("largely the same work background");
  why.push(...(p.banned.get(mentor)?.get(adept) ?? []));
  return why;
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
