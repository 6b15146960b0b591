/**
 * The result step of the pipeline: input -> prepare/ -> plan/ -> **match/** -> words (explain/,
 * report/, cli/). `resultOf` turns a plan into the `MatchResult`: the pairs with their scores
 * and facts, every unmatched adept and spare mentor with a reason (and, for the first few, a
 * short group and single fixes: `Diagnosis`), the objective, the audit and the certificate.
 * `match` is prepare, plan and result in one call. This folder imports `prepare/` and `plan/`,
 * never `explain/`, `report/` or `cli/`.
 */
import { criterionFacts } from "../criteria/facts.js";
import { someoneRanked } from "../criteria/preference.js";
import { UNITS_PER_POINT, weightedUnits } from "../criteria/total.js";
import { alternativesOfPlan } from "../plan/alternatives.js";
import { optimalPlan, type SolvedPlan, STABLE_ELSEWHERE } from "../plan/plan.js";
import { NATIONAL_SCALE } from "../plan/sparse.js";
import { isAllowed, type Prepared, prepare, softViolations } from "../prepare/prepare.js";
import type { CohortInput } from "../schema/cohort.js";
import { type StablePlanResult, stabilityOfPlan } from "../stability/stability.js";
import type {
  MatchedPair,
  MatchOptions,
  MatchResult,
  SpareMentor,
  UnmatchedAdept,
} from "../types.js";
import { guarded } from "../util/boundary.js";
import { canonicalJson, sha256Sink } from "../util/hash.js";
import { JsonDigest } from "../util/jsonDigest.js";
import { progressOf } from "../util/progress.js";
import { VERSION } from "../version.js";
import { Diagnosis, type SolvedResidual } from "./diagnose.js";
import { startHelpers } from "./helpers.js";
import {
  capacityReason,
  ineligibleEntry,
  ineligibleReason,
  noAllowedAdeptReason,
  noAllowedMentorReason,
  notNeededReason,
} from "./reasons.js";

/**
 * The audit's input hash: SHA-256 of the validated cohort in canonical order, so the same
 * cohort gives the same hash whatever the order of its rows and lists.
 *
 * @example
 * inputHash(prepare("match", cohort, options)) === match(cohort, options).audit.inputHash // true
 */
export function inputHash(p: Prepared): string {
  let hash = hashes.get(p);
  if (hash === undefined) {
    hash = hashOf(p);
    hashes.set(p, hash);
  }
  return hash;
}

/** Each prepared cohort's input hash, made once (`match` makes it while helpers score rows). */
const hashes = new WeakMap<Prepared, string>();

function hashOf(p: Prepared): string {
  // Validated people come out with their keys in schema order (from zod or its fast path), so
  // JSON of the canonical order is canonical; the reference lists are sorted as text. The text
  // hashed is JSON.stringify({ mentors, adepts, exclusions, locked, history }), written as
  // bytes into the digest (util/jsonDigest.ts), never as one string.
  const sorted = (xs: readonly unknown[]) => JSON.stringify(xs.map((x) => canonicalJson(x)).sort());
  const { exclusions, locked, history } = p.cohort;
  const digest = new JsonDigest(sha256Sink());
  digest.text('{"mentors":');
  digest.json(p.mentors);
  digest.text(',"adepts":');
  digest.json(p.adepts);
  digest.text(
    `,"exclusions":${sorted(exclusions)},"locked":${sorted(locked)},"history":${sorted(history)}}`,
  );
  return digest.hex();
}

/**
 * Forms the best set of mentor/adept pairs. Validates the input (throwing `CohortError` with
 * every problem), applies eligibility, the hard rules, exclusions, history, locked pairs and
 * capacity, and solves exactly for, first, the most adepts matched and, second, the highest
 * total score. The answer is checked against every rule and proven optimal before it is
 * returned. The same cohort in any order gives the same pairs. Never mutates its input.
 *
 * @example
 * const result = match(cohort);
 * for (const p of result.pairs) console.log(p.mentorId, p.adeptId, p.score);
 * for (const u of result.unmatchedAdepts) console.log(u.id, u.reason, u.message);
 */
export function match(cohort: CohortInput, options?: MatchOptions): MatchResult {
  return matchWithPlan(cohort, options).result;
}

/**
 * `match`, keeping the prepared cohort and the plan for a later step that reads them (the CLI's
 * report writes from them, so nothing is prepared or solved twice).
 *
 * @example
 * const { p, plan, result } = matchWithPlan(cohort, { weights: { wishes: 3 } });
 */
export function matchWithPlan(
  cohort: CohortInput,
  options?: MatchOptions,
): { p: Prepared; plan: SolvedPlan; result: MatchResult } {
  return progressOf((use) =>
    guarded("match", () => {
      const t0 = performance.now();
      // Refused before anything is read or started (the plan step refuses it too).
      if (options?.objective === "stable") throw new RangeError(STABLE_ELSEWHERE);
      const report = use(options?.onProgress);
      report("validate", 0, 1);
      // A large cohort's first scoring pass is shared with helper threads where there are any.
      const helpers = startHelpers(cohort, options);
      try {
        const p = prepare("match", cohort, options);
        report("validate", 1, 1);
        if (helpers !== null) helpers.meanwhile = () => inputHash(p);
        const plan = optimalPlan(p, NATIONAL_SCALE, report, helpers);
        report("result", 0, 1);
        const result = resultOf(plan, t0);
        report("result", 1, 1);
        return { p, plan, result };
      } finally {
        helpers?.close();
      }
    }),
  );
}

/**
 * The `MatchResult` of a plan from the plan step; `t0` is when the work began (for `ms`).
 * Reads the plan, never solves: pairs sorted by mentor then adept (canonical order), reasons
 * for everyone left out, the objective, the audit and the certificate.
 *
 * @example
 * const result = resultOf(optimalPlan(prepare("match", cohort, options)), performance.now());
 */
export function resultOf(plan: SolvedPlan | StablePlanResult, t0: number): MatchResult {
  const { p, built } = plan;
  const { rowMentor, colAdept } = built;
  const rowOf = plan.rowOf;
  const load = new Int32Array(p.mentors.length);
  const chosen: { mentor: number; adept: number; locked: boolean }[] = [];
  plan.mentorOf.forEach((mentor, adept) => {
    if (mentor < 0) return;
    load[mentor]!++;
    chosen.push({ mentor, adept, locked: plan.lockedMentorOf[adept] === mentor });
  });
  chosen.sort((x, y) => x.mentor - y.mentor || x.adept - y.adept);

  let totalUnits = 0;
  const facts = { ...p.options, key: p.key };
  const pairs: MatchedPair[] = chosen.map(({ mentor, adept, locked }) => {
    // From the criteria, not `scorer.units`: chosen pairs come a few per mentor, which would
    // make the scorer fill a whole row of units for each mentor (its row-by-row fast path).
    const criteria = p.scorer.criteria(mentor, adept);
    const units = weightedUnits(criteria, p.options.weights);
    totalUnits += units;
    return {
      mentorId: p.mentors[mentor]!.id,
      adeptId: p.adepts[adept]!.id,
      score: units / UNITS_PER_POINT,
      criteria,
      facts: criterionFacts(p.mentors[mentor]!, p.adepts[adept]!, facts),
      locked,
      softViolations: softViolations(p, mentor, adept),
    };
  });

  const matchedAdept = new Uint8Array(p.adepts.length);
  for (const c of chosen) matchedAdept[c.adept] = 1;
  const residual: SolvedResidual = {
    scored: built,
    rowOf,
    rowMentor,
    colAdept,
  };
  // Whether a person has any allowed partner, read off the pair graph instead of re-applying the
  // rules to every pair: a free eligible adept is a column, an eligible mentor a row.
  const columnHasEdge = new Uint8Array(built.problem.cols);
  for (const c of built.problem.colIndex) columnHasEdge[c] = 1;
  let diagnosis: Diagnosis | undefined;
  let diagnosed = 0;
  const unmatchedAdepts: UnmatchedAdept[] = [];
  p.adepts.forEach((a, j) => {
    if (matchedAdept[j] === 1) return;
    const ineligible = p.adeptIneligible[j];
    if (ineligible !== undefined) {
      unmatchedAdepts.push({ id: a.id, ...ineligibleReason(ineligible) });
      return;
    }
    const u = plan.colOfAdept[j]!;
    const hasMentor = columnHasEdge[u] === 1;
    const base: UnmatchedAdept = {
      id: a.id,
      ...(hasMentor ? capacityReason(p, j) : noAllowedMentorReason(p, j)),
    };
    if (diagnosed >= p.options.diagnose) {
      unmatchedAdepts.push(base);
      return;
    }
    diagnosed++;
    diagnosis ??= new Diagnosis(p, residual);
    const group = hasMentor ? diagnosis.group(u) : undefined;
    unmatchedAdepts.push({
      ...base,
      ...(group === undefined ? {} : { group: diagnosis.describe(group) }),
      fixes: diagnosis.fixes(u, group?.rows ?? []),
    });
  });

  const hasAllowedAdept = (mentor: number) => {
    const r = plan.rowOfMentor[mentor]!;
    if (built.problem.rowStart[r + 1]! > built.problem.rowStart[r]!) return true;
    return p.locked.some((l) => isAllowed(p, mentor, l.adept));
  };
  const spareMentors: SpareMentor[] = [];
  p.mentors.forEach((m, i) => {
    const spare = m.capacity - load[i]!;
    if (spare <= 0) return;
    const ineligible = p.mentorIneligible[i];
    const why =
      ineligible !== undefined
        ? ineligibleReason(ineligible)
        : hasAllowedAdept(i)
          ? notNeededReason()
          : noAllowedAdeptReason(p, i);
    spareMentors.push({ id: m.id, spare, ...why });
  });

  const ineligible = [
    ...p.mentors.flatMap((m, i) => {
      const why = p.mentorIneligible[i];
      return why === undefined
        ? []
        : [{ id: m.id, role: "mentor" as const, ...ineligibleEntry(why) }];
    }),
    ...p.adepts.flatMap((a, j) => {
      const why = p.adeptIneligible[j];
      return why === undefined
        ? []
        : [{ id: a.id, role: "adept" as const, ...ineligibleEntry(why) }];
    }),
  ];

  const alternatives =
    p.options.alternatives > 0
      ? { alternatives: alternativesOfPlan(plan, p.options.alternatives) }
      : {};

  return {
    pairs,
    unmatchedAdepts,
    spareMentors,
    objective: {
      matched: pairs.length,
      softViolations: pairs.reduce((n, pair) => n + pair.softViolations.length, 0),
      weakestScore: pairs.reduce<number | null>(
        (low, pair) => (pair.locked || (low !== null && low <= pair.score) ? low : pair.score),
        null,
      ),
      totalScore: totalUnits / UNITS_PER_POINT,
    },
    solver: plan.solver,
    // Copies: the prepared cohort is kept for the next call on this input (`KeptPrepared`), so
    // nothing in a result may be a part of it that the caller could change.
    warnings: structuredClone(p.warnings),
    ineligible,
    ms: performance.now() - t0,
    audit: {
      version: VERSION,
      weights: { ...p.options.weights },
      rules: { ...p.options.rules },
      criteria: { ...p.options.criteria },
      solver: p.options.solver,
      objective: p.options.objective,
      inputHash: inputHash(p),
    },
    ...alternatives,
    ...("certificate" in plan ? { certificate: plan.certificate } : {}),
    ...("stability" in plan
      ? { stability: plan.stability }
      : someoneRanked(p.mentors, p.adepts)
        ? { stability: stabilityOfPlan(plan) }
        : {}),
  };
}
