import { UNITS_PER_POINT, weightedUnits } from "../criteria/total.js";
import { match } from "../match/match.js";
import { resolveOptions } from "../options/resolve.js";
import type { MatchOptions, Weights } from "../types.js";
import { guarded } from "../util/boundary.js";
import { normalizeKey } from "../util/normalize.js";
import { type LaidOut, layOut } from "./examples.js";
import { fitWeights } from "./inverseLp.js";
import type { CalibrateOptions, Calibration, ChosenPlan, CohortFit } from "./types.js";

/** Rounding of one pair's total to whole units (4 decimals) can move a plan by this much per pair. */
const ROUNDING_PER_PAIR = 1 / UNITS_PER_POINT;

/**
 * A cohort matched with `weights`: its total, the chosen plan's total under the same weights
 * (from the same criterion scores, summed as `match` sums them) and the chosen pairs it forms.
 */
function replay(ex: LaidOut, cohort: unknown, options: MatchOptions, weights: Weights) {
  const result = match(cohort as never, { ...options, weights, objective: "total" });
  const p = ex.plan.p;
  const key = (m: string, a: string) => `${normalizeKey(m)}\u0000${normalizeKey(a)}`;
  const formed = new Set(result.pairs.map((x) => key(x.mentorId, x.adeptId)));
  let chosenUnits = 0;
  let reproduced = 0;
  for (const { mentor, adept } of ex.chosen) {
    chosenUnits += weightedUnits(p.scorer.criteria(mentor, adept), weights);
    if (formed.has(key(p.mentors[mentor]!.id, p.adepts[adept]!.id))) reproduced++;
  }
  const regret =
    (Math.round(result.objective.totalScore * UNITS_PER_POINT) - chosenUnits) / UNITS_PER_POINT;
  return { regret, reproduced };
}

/**
 * Learns weights from plans coordinators chose by hand (inverse optimisation). Returns
 * non-negative weights with the same total as the current ones under which every chosen plan
 * is optimal when that is possible (`regret` 0), otherwise the weights with the least total
 * regret: the sum over cohorts of the optimal total minus the chosen plan's total, in points
 * as `objective.totalScore`. Exact: one linear programme (assignment duality, see
 * `inverseLp.ts`) solved with javascript-lp-solver; of equally good weights, those under which
 * the chosen plans win by a clear margin and that are closest to the current weights. The
 * answer is checked by running `match` with the returned weights (`perCohort`, `verified`).
 * A chosen plan that breaks a rule, leaves out a locked pair or matches fewer adepts (or breaks
 * more soft rules) than `match` would can never be optimal: it is reported with its `status`
 * and left out of the fit. With two or more usable cohorts, each is also predicted from the
 * others (`heldOutReproduced`), so that fitting is not mistaken for prediction. Never applies
 * the weights anywhere: the caller decides.
 *
 * @example
 * const cal = calibrate([{ cohort: cohort2024, pairs: chosen2024 }, { cohort: cohort2025, pairs: chosen2025 }]);
 * cal.weights; cal.regret; cal.perCohort[0].reproduced; cal.heldOut;
 */
export function calibrate(
  examples: readonly ChosenPlan[],
  options: CalibrateOptions = {},
): Calibration {
  return guarded("calibrate", () => {
    const base: MatchOptions = options.match ?? {};
    if (base.objective === "fair")
      throw new RangeError('calibrate: options.match.objective must be "total"');
    if (!Array.isArray(examples))
      throw new TypeError("calibrate: examples must be an array of { cohort, pairs }");
    const current = resolveOptions("calibrate", base).weights;
    const laid = examples.map((ex, k) => {
      if (!Array.isArray(ex?.pairs))
        throw new TypeError(`calibrate: examples[${k}].pairs must be an array of pairs`);
      return layOut("calibrate", ex.cohort, ex.pairs, base, ex.name ?? `cohort ${k + 1}`);
    });
    const usable = laid.filter((ex) => ex.status === "comparable");
    const fit = fitWeights("calibrate", usable, current);

    const heldOut = new Map<LaidOut, number>();
    if (options.leaveOneOut !== false && usable.length >= 2) {
      for (const ex of usable) {
        const others = usable.filter((o) => o !== ex);
        const weights = fitWeights("calibrate", others, current).weights;
        heldOut.set(ex, replay(ex, examples[laid.indexOf(ex)]!.cohort, base, weights).reproduced);
      }
    }

    let verified = true;
    let matchRegret = 0;
    let pairs = 0;
    const perCohort: CohortFit[] = laid.map((ex, k) => {
      const { regret, reproduced } = replay(ex, examples[k]!.cohort, base, fit.weights);
      const comparable = ex.status === "comparable";
      if (comparable) {
        matchRegret += regret;
        pairs += ex.chosen.length;
      }
      const held = heldOut.get(ex);
      return {
        name: ex.name,
        status: ex.status,
        pairs: ex.chosen.length,
        regret: comparable ? regret : null,
        reproduced,
        ...(held === undefined ? {} : { heldOutReproduced: held }),
        ...(ex.detail === undefined ? {} : { detail: ex.detail }),
      };
    });
    // The LP's regret is exact for linear totals; `match` rounds each pair's total to 4 decimals.
    if (matchRegret > fit.regret + 2 * pairs * ROUNDING_PER_PAIR + 1e-9) verified = false;
    const held = [...heldOut.entries()];
    return {
      weights: fit.weights,
      current,
      regret: fit.regret,
      perCohort,
      heldOut:
        held.length === 0
          ? null
          : {
              reproduced: held.reduce((n, [, r]) => n + r, 0),
              pairs: held.reduce((n, [ex]) => n + ex.chosen.length, 0),
            },
      verified,
    };
  });
}
