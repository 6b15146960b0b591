import { eligibilityProblem } from "../rules/eligibility.js";
import { hardRuleBroken } from "../rules/pairRules.js";
import type { Cohort } from "../schema/cohort.js";
import type { ResolvedRules } from "../types.js";
import { boundedList, guarded } from "../util/boundary.js";
import { normalizeKey } from "../util/normalize.js";

/**
 * Checks a plan against every rule, from the validated cohort itself and not from the matrices
 * the solver saw: eligibility, hard rules, exclusions, history, each adept at most once, mentor
 * capacity, and every locked pair present. Returns the problems found (empty when the plan
 * keeps every rule).
 *
 * @example
 * checkPlan(cohort, rules, [{ mentorId: "M01", adeptId: "A01" }]) // []
 */
export function checkPlan(
  cohort: Cohort,
  rules: ResolvedRules,
  pairs: readonly { readonly mentorId: string; readonly adeptId: string }[],
): string[] {
  return guarded("checkPlan", () => {
    // Lengths first: a 2^32-long sparse list is refused at once rather than walked.
    if (typeof cohort !== "object" || cohort === null)
      throw new TypeError("checkPlan: cohort must be a validated cohort (parseCohort)");
    for (const list of ["mentors", "adepts", "exclusions", "history", "locked"] as const)
      boundedList("checkPlan", `cohort.${list}`, cohort[list]);
    boundedList("checkPlan", "pairs", pairs);
    return checkPlanUnguarded(cohort, rules, pairs);
  });
}

function checkPlanUnguarded(
  cohort: Cohort,
  rules: ResolvedRules,
  pairs: readonly { readonly mentorId: string; readonly adeptId: string }[],
): string[] {
  const problems: string[] = [];
  // Each id normalised once, the maps filled by loops: this runs on every pair of a national plan.
  const mentors = new Map<string, Cohort["mentors"][number]>();
  for (const m of cohort.mentors) mentors.set(normalizeKey(m.id), m);
  const adepts = new Map<string, Cohort["adepts"][number]>();
  for (const a of cohort.adepts) adepts.set(normalizeKey(a.id), a);
  const key = (m: string, a: string) => `${m}\u0000${a}`;
  const banned = new Set(
    [...cohort.exclusions, ...cohort.history].map((r) =>
      key(normalizeKey(r.mentor), normalizeKey(r.adept)),
    ),
  );
  const load = new Map<string, number>();
  const seenAdepts = new Set<string>();
  const chosen = new Set<string>();
  const lockedAny = cohort.locked.length > 0;
  for (const { mentorId, adeptId } of pairs) {
    const mKey = normalizeKey(mentorId);
    const aKey = normalizeKey(adeptId);
    const m = mentors.get(mKey);
    const a = adepts.get(aKey);
    if (m === undefined || a === undefined) {
      problems.push(`${mentorId}/${adeptId}: unknown person`);
      continue;
    }
    // The pair's keys and name are made where they are read (a national plan has 10,000s of
    // pairs, nearly always without a problem, locked pair or ban).
    if (lockedAny) chosen.add(key(mKey, aKey));
    const broken = hardRuleBroken(m, a, rules);
    if (broken !== undefined) problems.push(`${m.id}/${a.id}: breaks a hard rule: ${broken}`);
    if (eligibilityProblem(m, "mentor", rules) !== undefined)
      problems.push(`${m.id}/${a.id}: mentor ineligible`);
    if (eligibilityProblem(a, "adept", rules) !== undefined)
      problems.push(`${m.id}/${a.id}: adept ineligible`);
    if (banned.size > 0 && banned.has(key(mKey, aKey)))
      problems.push(`${m.id}/${a.id}: excluded or paired before`);
    if (seenAdepts.has(aKey)) problems.push(`${m.id}/${a.id}: adept matched twice`);
    seenAdepts.add(aKey);
    const l = (load.get(mKey) ?? 0) + 1;
    load.set(mKey, l);
    if (l === m.capacity + 1) problems.push(`${m.id}: more adepts than capacity ${m.capacity}`);
  }
  for (const l of cohort.locked) {
    if (!chosen.has(key(normalizeKey(l.mentor), normalizeKey(l.adept))))
      problems.push(`${l.mentor}/${l.adept}: locked pair missing`);
  }
  return problems;
}
