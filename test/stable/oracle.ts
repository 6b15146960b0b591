import fc from "fast-check";
import type { CohortInput, MatchOptions } from "../../src/index.js";
import { scoreMatrix } from "../../src/index.js";
import { cohortArbitrary, shuffled } from "../arbitraries.js";

/**
 * Stability by its definition, on the cohort as written (input order), for small cohorts: the
 * oracle the `stable/` folder is tested against. It knows nothing of canonical order, CSR or
 * ranks on pairs.
 */
export interface Oracle {
  readonly mentorIds: readonly string[];
  readonly adeptIds: readonly string[];
  readonly allowed: readonly (readonly boolean[])[];
  /** `units[m][a]`: the pair's score in units. */
  readonly units: readonly (readonly number[])[];
  readonly capacity: readonly number[];
  /** Per adept (input index): the mentor it is locked to, or -1. */
  readonly lockedTo: readonly number[];
  /** Per adept: its strict order of acceptable mentors, best first; per mentor, of adepts. */
  readonly adeptOrder: readonly (readonly number[])[];
  readonly mentorOrder: readonly (readonly number[])[];
}

const key = (id: string) => id.trim().toLowerCase();

function order(
  candidates: number[],
  prefs: readonly string[] | undefined,
  ids: readonly string[],
  score: (i: number) => number,
): number[] {
  const listed = (prefs ?? [])
    .map((id) => ids.findIndex((x) => key(x) === key(id)))
    .filter((i) => candidates.includes(i));
  const rest = candidates
    .filter((i) => !listed.includes(i))
    .sort((i, j) => score(j) - score(i) || (key(ids[i]!) < key(ids[j]!) ? -1 : 1));
  return [...listed, ...rest];
}

export function oracleOf(cohort: CohortInput, options: MatchOptions): Oracle {
  const matrix = scoreMatrix(cohort, options);
  const mentorIds = matrix.mentorIds;
  const adeptIds = matrix.adeptIds;
  const allowed = matrix.allowed.map((row) => Array.from(row, (x) => x === 1));
  const units = matrix.score.map((row) => Array.from(row, (s) => Math.round(s * 10_000)));
  const lockedTo = adeptIds.map(() => -1);
  for (const l of cohort.locked ?? [])
    lockedTo[adeptIds.indexOf(l.adept)] = mentorIds.indexOf(l.mentor);
  const ms = mentorIds.map((_, m) => m);
  const as = adeptIds.map((_, a) => a);
  return {
    mentorIds,
    adeptIds,
    allowed,
    units,
    capacity: cohort.mentors.map((m) => m.capacity ?? 1),
    lockedTo,
    adeptOrder: as.map((a) =>
      order(
        ms.filter((m) => allowed[m]![a]),
        cohort.adepts[a]!.preferences,
        mentorIds,
        (m) => units[m]![a]!,
      ),
    ),
    mentorOrder: ms.map((m) =>
      order(
        as.filter((a) => allowed[m]![a]),
        cohort.mentors[m]!.preferences,
        adeptIds,
        (a) => units[m]![a]!,
      ),
    ),
  };
}

/** The blocking pairs of a plan (per adept: its mentor or -1) by the definition, as "M/A". */
export function oracleBlocking(o: Oracle, mentorOf: readonly number[]): string[] {
  const out: string[] = [];
  o.mentorIds.forEach((mid, m) => {
    const mine = o.adeptIds.map((_, a) => a).filter((a) => mentorOf[a] === m);
    o.adeptIds.forEach((aid, a) => {
      if (!o.allowed[m]![a] || mentorOf[a] === m || o.lockedTo[a]! >= 0) return;
      const ao = o.adeptOrder[a]!;
      const adeptWants = mentorOf[a]! < 0 || ao.indexOf(m) < ao.indexOf(mentorOf[a]!);
      const mo = o.mentorOrder[m]!;
      const mentorWants =
        mine.length < o.capacity[m]! ||
        mine.some((b) => o.lockedTo[b] !== m && mo.indexOf(a) < mo.indexOf(b));
      if (adeptWants && mentorWants) out.push(`${mid}/${aid}`);
    });
  });
  return out.sort();
}

/** Every plan: locked adepts keep their mentor, the others none or an allowed mentor with room. */
export function allPlans(o: Oracle): number[][] {
  const plans: number[][] = [];
  const left = [...o.capacity];
  o.lockedTo.forEach((m) => {
    if (m >= 0) left[m]!--;
  });
  const plan: number[] = o.adeptIds.map(() => -1);
  const visit = (a: number) => {
    if (a === o.adeptIds.length) {
      plans.push([...plan]);
      return;
    }
    if (o.lockedTo[a]! >= 0) {
      plan[a] = o.lockedTo[a]!;
      visit(a + 1);
      return;
    }
    plan[a] = -1;
    visit(a + 1);
    for (let m = 0; m < o.mentorIds.length; m++) {
      if (!o.allowed[m]![a] || left[m]! <= 0) continue;
      left[m]!--;
      plan[a] = m;
      visit(a + 1);
      left[m]!++;
    }
    plan[a] = -1;
  };
  visit(0);
  return plans;
}

/**
 * Small cohorts (up to 6 + 6, capacities 1-3, exclusions, history, locks) in which some
 * people rank some of the other side (partial lists, in any order, acceptable or not), with
 * options that make the rules hard or soft.
 */
export const rankedCohort = rankedCohortOf(false);

/**
 * Like `rankedCohort`, but everyone ranks the whole other side in a random order, and the rules
 * are soft or off: the orders of the two sides disagree, so many cohorts have several stable
 * plans.
 */
export const fullyRankedCohort = rankedCohortOf(true);

function rankedCohortOf(full: boolean) {
  return fc
    .tuple(
      cohortArbitrary({ maxMentors: 6, maxAdepts: 6, ineligible: !full, minPeople: full ? 3 : 1 }),
      fc.array(fc.array(fc.nat(), { maxLength: 7 }), { minLength: 12, maxLength: 12 }),
      fc.constantFrom<MatchOptions>(
        ...(full ? [] : [{}]),
        { rules: { differentMunicipality: "soft" } },
        { rules: { differentMunicipality: "off", differentSector: "soft" } },
      ),
    )
    .map(([cohort, lists, options]) => {
      const pick = (list: readonly number[], ids: readonly string[]) =>
        full
          ? shuffled(ids, list.length === 0 ? [1] : list)
          : [...new Set(list.map((i) => ids[i % ids.length]!))];
      const mentorIds = cohort.mentors.map((m) => m.id);
      const adeptIds = cohort.adepts.map((a) => a.id);
      const lockedMentors = new Set<string>();
      const ranked: CohortInput = {
        ...cohort,
        // With capacity 1, at most one locked adept per mentor.
        locked: (cohort.locked ?? []).filter((l) => {
          if (full && lockedMentors.has(l.mentor)) return false;
          lockedMentors.add(l.mentor);
          return true;
        }),
        // Places as scarce as people (capacity 1 when everyone ranks): orders then conflict.
        mentors: cohort.mentors
          .map((m0) => ({ ...m0, ...(full ? { capacity: 1 } : {}) }))
          .map((m, i) =>
            lists[i]!.length === 0 && !full ? m : { ...m, preferences: pick(lists[i]!, adeptIds) },
          ),
        adepts: cohort.adepts.map((a, j) =>
          lists[6 + j]!.length === 0 && !full
            ? a
            : { ...a, preferences: pick(lists[6 + j]!, mentorIds) },
        ),
      };
      return { cohort: ranked, options };
    });
}
