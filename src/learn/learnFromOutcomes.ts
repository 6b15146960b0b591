import { resolveOptions } from "../options/resolve.js";
import { prepare } from "../prepare/prepare.js";
import { CRITERIA, type Weights } from "../types.js";
import { guarded } from "../util/boundary.js";
import { normalizeKey } from "../util/normalize.js";
import { quote } from "../util/quote.js";
import { mulberry32 as random } from "../util/random.js";
import type {
  CriterionAssociation,
  OutcomeLearning,
  OutcomeOptions,
  RatedCohort,
} from "./types.js";
import { verdictEn, verdictSv } from "./words.js";

/** Pearson correlation of x and y over the indices `at`; `null` when either is constant. */
function correlation(x: Float64Array, y: Float64Array, at: ArrayLike<number>): number | null {
  const n = at.length;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    mx += x[at[k]!]!;
    my += y[at[k]!]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = x[at[k]!]! - mx;
    const dy = y[at[k]!]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Below this the spread is rounding noise of equal values.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function quantile(sorted: readonly number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

/**
 * How each criterion went with the outcomes of earlier pairs, and whether that justifies other
 * weights. Each rated pair's outcome is the mean of its ratings (for example working alliance
 * and learning, 1-5); per criterion, the Pearson correlation of the pair's score with it, with a
 * 95 % bootstrap percentile interval (pairs resampled with a seeded generator). A criterion is
 * `clear` when its interval leaves out 0. With fewer than `minPairs` rated pairs, or no clear
 * criterion, the answer is to keep the current weights, and `verdict` says so in English and
 * Swedish. Otherwise each clear criterion's weight is scaled by `1 + r n / (n + prior)`
 * (shrinkage toward the current weights: a cohort has 10-12 pairs) and the weights are brought
 * back to the current total. A suggestion, never applied: associations are not causes.
 *
 * @example
 * const out = learnFromOutcomes([{ cohort, pairs: [{ mentorId: "M01", adeptId: "A01", ratings: { alliance: 4, learning: 5 } }] }]);
 * out.status; // "too-few"
 * out.verdict.sv;
 */
export function learnFromOutcomes(
  examples: readonly RatedCohort[],
  options: OutcomeOptions = {},
): OutcomeLearning {
  return guarded("learnFromOutcomes", () => {
    const minPairs = options.minPairs ?? 20;
    const resamples = options.resamples ?? 1000;
    const prior = options.prior ?? 30;
    for (const [name, v] of [
      ["minPairs", minPairs],
      ["resamples", resamples],
      ["prior", prior],
    ] as const) {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 1_000_000)
        throw new RangeError(
          `learnFromOutcomes: options.${name} must be a whole number from 0 to 1000000`,
        );
    }
    if (!Array.isArray(examples as unknown))
      throw new TypeError("learnFromOutcomes: examples must be an array of { cohort, pairs }");
    const current = resolveOptions("learnFromOutcomes", options.match).weights;
    const scores: number[][] = CRITERIA.map(() => []);
    const outcomes: number[] = [];
    examples.forEach((ex, k) => {
      const p = prepare("learnFromOutcomes", ex.cohort, options.match);
      const mentorAt = new Map(p.mentors.map((m, i) => [normalizeKey(m.id), i]));
      const adeptAt = new Map(p.adepts.map((a, j) => [normalizeKey(a.id), j]));
      ex.pairs.forEach((pair, i) => {
        const mentor = mentorAt.get(normalizeKey(String(pair.mentorId)));
        const adept = adeptAt.get(normalizeKey(String(pair.adeptId)));
        if (mentor === undefined || adept === undefined) {
          const id = mentor === undefined ? pair.mentorId : pair.adeptId;
          throw new RangeError(
            `learnFromOutcomes: examples[${k}].pairs[${i}] names ${quote(String(id))}, who is not in the cohort`,
          );
        }
        const values = Object.values(pair.ratings ?? {}).filter(
          (v): v is number => typeof v === "number" && Number.isFinite(v),
        );
        if (values.length === 0) return;
        const criteria = p.scorer.criteria(mentor, adept);
        CRITERIA.forEach((c, i) => scores[i]!.push(criteria[c]));
        outcomes.push(values.reduce((a, b) => a + b, 0) / values.length);
      });
    });
    const n = outcomes.length;
    const y = Float64Array.from(outcomes);
    const xs = scores.map((s) => Float64Array.from(s));
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const draws: number[][] = CRITERIA.map(() => []);
    const next = random(options.seed ?? 1);
    const at = new Int32Array(n);
    for (let b = 0; b < (n >= 3 ? resamples : 0); b++) {
      for (let k = 0; k < n; k++) at[k] = Math.floor(next() * n);
      CRITERIA.forEach((_, i) => {
        const r = correlation(xs[i]!, y, at);
        if (r !== null) draws[i]!.push(r);
      });
    }
    const associations: CriterionAssociation[] = CRITERIA.map((criterion, i) => {
      const r = n >= 3 ? correlation(xs[i]!, y, all) : null;
      const sorted = draws[i]!.sort((a, b) => a - b);
      // Resamples in which the criterion was constant carry no correlation; with most of them
      // missing, no interval is honest.
      const interval: readonly [number, number] | null =
        r === null || sorted.length < resamples / 2
          ? null
          : [quantile(sorted, 0.025), quantile(sorted, 0.975)];
      const clear = interval !== null && (interval[0] > 0 || interval[1] < 0);
      return { criterion, correlation: r, interval, clear };
    });
    const clearOnes = associations.filter((a) => a.clear);
    const status =
      n < minPairs ? "too-few" : clearOnes.length === 0 ? "no-clear-association" : "suggested";
    const weights = current;
    let suggested: Weights | null = null;
    if (status === "suggested") {
      const shrink = n / (n + prior);
      const moved = CRITERIA.map((c, i) => {
        const a = associations[i]!;
        return a.clear ? weights[c] * (1 + a.correlation! * shrink) : weights[c];
      });
      const total = CRITERIA.reduce((s, c) => s + weights[c], 0);
      const sum = moved.reduce((s, w) => s + w, 0);
      suggested = Object.fromEntries(
        CRITERIA.map((c, i) => [c, (moved[i]! * total) / sum]),
      ) as Weights;
    }
    const facts = {
      status,
      pairs: n,
      minPairs,
      clear: clearOnes.map((a) => ({ criterion: a.criterion, positive: a.correlation! > 0 })),
    } as const;
    return {
      pairs: n,
      associations,
      current: weights,
      suggested,
      status,
      verdict: { en: verdictEn(facts), sv: verdictSv(facts) },
    };
  });
}
