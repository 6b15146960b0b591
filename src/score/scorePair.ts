import { cohortWeights, someoneRanked } from "../criteria/preference.js";
import { createScorer } from "../criteria/scorer.js";
import { UNITS_PER_POINT } from "../criteria/total.js";
import { resolveOptions } from "../options/resolve.js";
import type { AdeptInput, MentorInput } from "../schema/cohort.js";
import { AdeptSchema, MentorSchema } from "../schema/cohort.js";
import { formatPath } from "../schema/issues.js";
import { boundedSafeParse } from "../schema/oversized.js";
import type { PairScore, ScoreOptions } from "../types.js";
import { guarded } from "../util/boundary.js";
import { CohortError } from "../util/cohortError.js";

/**
 * Scores one mentor/adept pair: each criterion in [0, 1] and the weighted total in [0, 100]
 * (rounded to 4 decimals, equal to the `scoreMatrix` entry). Rules are not applied here.
 * Validates both people first and throws `CohortError` naming the field.
 *
 * @example
 * const { total, criteria } = scorePair(
 *   { id: "M01", municipality: "Borås", sector: "Äldreomsorg", managerYears: 12, offers: ["delegation"] },
 *   { id: "A01", municipality: "Ulricehamn", sector: "Förskola", managerYears: 3, wishes: ["delegation"] },
 * );
 * criteria.wishes // 1
 */
export function scorePair(
  mentor: MentorInput,
  adept: AdeptInput,
  options?: ScoreOptions,
): PairScore {
  return guarded("scorePair", () => scorePairUnguarded(mentor, adept, options));
}

function scorePairUnguarded(mentor: unknown, adept: unknown, options?: ScoreOptions): PairScore {
  const resolved = resolveOptions("scorePair", options);
  const m = boundedSafeParse(MentorSchema, mentor);
  const a = boundedSafeParse(AdeptSchema, adept);
  const issues = [
    ...(m.success
      ? []
      : m.error.issues.map((i) => ({
          code: i.code,
          path: formatPath(["mentor", ...i.path]),
          message: i.message,
        }))),
    ...(a.success
      ? []
      : a.error.issues.map((i) => ({
          code: i.code,
          path: formatPath(["adept", ...i.path]),
          message: i.message,
        }))),
  ];
  if (!m.success || !a.success) throw new CohortError("scorePair", issues);
  const resolveCode = <P extends { municipality: string }>(p: P): P => {
    const place = resolved.table.resolve(p.municipality);
    return place === undefined ? p : { ...p, municipality: place.name };
  };
  const weights = cohortWeights("scorePair", resolved.weights, someoneRanked([m.data], [a.data]));
  const scorer = createScorer([resolveCode(m.data)], [resolveCode(a.data)], {
    ...resolved,
    weights,
  });
  return { total: scorer.units(0, 0) / UNITS_PER_POINT, criteria: scorer.criteria(0, 0) };
}
