/**
 * Who would block a plan, in the core (`match` reports it whenever anyone gave preferences):
 * acceptable pairs (here), each side's strict order (`orders.ts`), the blocking pairs of a plan
 * (`blocking.ts`; `streamed.ts` finds the same ones pair by pair without holding every pair, for
 * `match`) and the result's `stability` block (`stability.ts`). Solving for a stable plan is
 * `stable/` (its own entry, `mentorpair/stable`). Reads a `Prepared` cohort and a plan; imports
 * `prepare/`, `plan/` (types, and the rule codes of a row) and the leaves, never `match/`,
 * `explain/` or `report/`.
 */
import { isAllowed, type Prepared } from "../prepare/prepare.js";

/**
 * The acceptable pairs of a prepared cohort, by mentor (canonical indices): every pair that
 * eligibility, the hard rules, exclusions and history allow. Soft rules do not make a pair
 * unacceptable. `units` is each pair's score in integer units (`UNITS_PER_POINT` per point).
 *
 * @example
 * const acc: Acceptable = acceptablePairs(p);
 * for (let e = acc.rowStart[m]!; e < acc.rowStart[m + 1]!; e++) acc.adept[e]; // m's adepts
 */
export interface Acceptable {
  readonly mentors: number;
  readonly adepts: number;
  /** Length `mentors + 1`: mentor m's pairs are `rowStart[m] .. rowStart[m + 1] - 1`. */
  readonly rowStart: Int32Array;
  /** The adept of each pair, ascending within a mentor. */
  readonly adept: Int32Array;
  /** The score of each pair in integer units. */
  readonly units: Float64Array;
}

/**
 * Every acceptable pair of a prepared cohort (see `Acceptable`), each scored once, mentor by
 * mentor (the scorer's fast path).
 *
 * @example
 * acceptablePairs(prepare("match", cohort, {})).adept.length // number of acceptable pairs
 */
export function acceptablePairs(p: Prepared): Acceptable {
  const rowStart = new Int32Array(p.mentors.length + 1);
  const adept: number[] = [];
  const units: number[] = [];
  for (let m = 0; m < p.mentors.length; m++) {
    for (let a = 0; a < p.adepts.length; a++) {
      if (!isAllowed(p, m, a)) continue;
      adept.push(a);
      units.push(p.scorer.units(m, a));
    }
    rowStart[m + 1] = adept.length;
  }
  return {
    mentors: p.mentors.length,
    adepts: p.adepts.length,
    rowStart,
    adept: Int32Array.from(adept),
    units: Float64Array.from(units),
  };
}
