import { UNITS_PER_POINT } from "../criteria/total.js";
import { isAllowed, prepare } from "../prepare/prepare.js";
import type { CohortInput } from "../schema/cohort.js";
import type { MatrixOptions, ScoreMatrix } from "../types.js";
import { guarded } from "../util/boundary.js";

function inverse(order: Int32Array): Int32Array {
  const inv = new Int32Array(order.length);
  order.forEach((input, canonical) => {
    inv[input] = canonical;
  });
  return inv;
}

/**
 * Scores every mentor/adept pair. Rows are mentors and columns adepts, both in the cohort's
 * order; `score[m][a]` is the pair's total in [0, 100] (equal to `scorePair`'s `total`), and
 * `allowed[m][a]` is 1 when eligibility, the hard rules, exclusions and history allow the pair.
 * Validates the input first (throws `CohortError`) and never mutates it.
 *
 * @example
 * const { mentorIds, adeptIds, score, allowed } = scoreMatrix(cohort);
 * score[0][1]; // total of mentorIds[0] with adeptIds[1]
 */
export function scoreMatrix(cohort: CohortInput, options?: MatrixOptions): ScoreMatrix {
  return guarded("scoreMatrix", () => scoreMatrixUnguarded(cohort, options));
}

function scoreMatrixUnguarded(cohort: unknown, options?: MatrixOptions): ScoreMatrix {
  const p = prepare("scoreMatrix", cohort, options);
  const mentorCanon = inverse(p.mentorInput);
  const adeptCanon = inverse(p.adeptInput);
  const cols = p.cohort.adepts.length;
  const score: Float64Array[] = [];
  const allowed: Uint8Array[] = [];
  p.cohort.mentors.forEach((_, i) => {
    const m = mentorCanon[i]!;
    const s = new Float64Array(cols);
    const ok = new Uint8Array(cols);
    for (let j = 0; j < cols; j++) {
      const a = adeptCanon[j]!;
      s[j] = p.scorer.units(m, a) / UNITS_PER_POINT;
      ok[j] = isAllowed(p, m, a) ? 1 : 0;
    }
    score.push(s);
    allowed.push(ok);
  });
  return {
    mentorIds: p.cohort.mentors.map((m) => m.id),
    adeptIds: p.cohort.adepts.map((a) => a.id),
    score,
    allowed,
  };
}
