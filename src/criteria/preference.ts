/**
 * The seventh criterion, preference: how much the two people asked for each other. Unlike the
 * other six it reads who a person is (an id on the other side's list), so adepts cannot be
 * grouped by profile: the scorer adds it to a row from a sparse table of the ranked pairs.
 */
import type { PreferenceFacts } from "../criterionFacts.js";
import {
  CRITERIA,
  type CriterionScores,
  PREFERENCE,
  type ScoredCriterion,
  type Weights,
} from "../types.js";
import { normalizeKey } from "../util/normalize.js";

/**
 * The preference weight when someone in the cohort gave preferences and the options leave it
 * out: participants' own choice predicts how well a pair works (Allen, Eby & Lentz 2006), so it
 * counts more than most criteria, less than wishes (3).
 *
 * @example
 * DEFAULT_PREFERENCE_WEIGHT // 2
 */
export const DEFAULT_PREFERENCE_WEIGHT = 2;

/** A person as the preference criterion reads them: an id and, maybe, a ranking. */
export interface Ranker {
  readonly id: string;
  readonly preferences?: readonly string[] | undefined;
}

/**
 * What one side's rank is worth: `(listed - rank + 1) / listed` for rank 1..listed (1 for the
 * first choice, `1 / listed` for the last), 0 when the other is not on the list. An absent
 * rank is no information (lists have any length, often from a shortlist), so it is not a
 * penalty: it leaves the pair at the neutral middle.
 *
 * @example
 * rankValue(1, 3) // 1
 * rankValue(3, 3) // 1 / 3
 * rankValue(null, 3) // 0
 */
export function rankValue(rank: number | null, listed: number): number {
  return rank === null ? 0 : (listed - rank + 1) / listed;
}

/**
 * The preference score from both sides' rank values: `0.5 + (adeptSide + mentorSide) / 4`, in
 * [0.5, 1]: 0.5 (neutral) when neither ranked the other, 0.75 when one side ranked the other
 * first, 1 when both did. The same sum whichever side ranked, so the roles are treated alike.
 *
 * @example
 * preferenceScore(rankValue(1, 3), rankValue(null, 0)) // 0.75
 */
export function preferenceScore(adeptSide: number, mentorSide: number): number {
  return 0.5 + (adeptSide + mentorSide) / 4;
}

/** 1-based position of `id` in `list` (ids compared as `normalizeKey` does), or null. */
function rankIn(list: readonly string[] | undefined, id: string): number | null {
  if (list === undefined) return null;
  const key = normalizeKey(id);
  const i = list.findIndex((x) => normalizeKey(x) === key);
  return i < 0 ? null : i + 1;
}

/**
 * The preference criterion of one pair, with its facts: where the adept put the mentor and the
 * mentor the adept, out of how many, and the score (see `preferenceScore`).
 *
 * @example
 * preferenceFacts({ id: "M1" }, { id: "A1", preferences: ["M2", "M1"] }).score // 0.5 + 0.5 / 4
 */
export function preferenceFacts(mentor: Ranker, adept: Ranker): PreferenceFacts {
  const adeptRank = rankIn(adept.preferences, mentor.id);
  const mentorRank = rankIn(mentor.preferences, adept.id);
  const adeptListed = adept.preferences?.length ?? 0;
  const mentorListed = mentor.preferences?.length ?? 0;
  return {
    score: preferenceScore(rankValue(adeptRank, adeptListed), rankValue(mentorRank, mentorListed)),
    adeptRank,
    adeptListed,
    mentorRank,
    mentorListed,
  };
}

/**
 * Whether anyone ranked anyone: then the preference criterion takes part.
 *
 * @example
 * someoneRanked(cohort.mentors, cohort.adepts) // false for a cohort without preferences
 */
export function someoneRanked(mentors: readonly Ranker[], adepts: readonly Ranker[]): boolean {
  const ranks = (x: Ranker) => (x.preferences?.length ?? 0) > 0;
  return mentors.some(ranks) || adepts.some(ranks);
}

/**
 * The weights a cohort is scored with: with preferences, `preference` is the caller's weight or
 * `DEFAULT_PREFERENCE_WEIGHT`; without, it is left out (weight 0), so the scores, the audit and
 * the whole result read exactly as they did before preferences existed. Throws a `RangeError`
 * naming `fn` when that leaves every weight 0.
 *
 * @example
 * cohortWeights("match", DEFAULT_WEIGHTS, true).preference // 2
 */
export function cohortWeights(fn: string, weights: Weights, ranked: boolean): Weights {
  const { preference, ...six } = weights;
  if (ranked) return { ...six, preference: preference ?? DEFAULT_PREFERENCE_WEIGHT };
  if (Object.values(six).every((w) => w === 0)) {
    throw new RangeError(
      `${fn}: options.weights gives every criterion weight 0 (preference counts only when someone gave preferences); at least one must be > 0`,
    );
  }
  return six;
}

/**
 * The ranked pairs of a cohort by mentor, for the scorer's rows: `score[k]` of mentor `m` with
 * adept `adept[k]` for `k` in `start[m] .. start[m + 1]`; every other pair is neutral (0.5).
 *
 * @example
 * const t = preferenceTable(mentors, adepts);
 */
export interface PreferenceTable {
  readonly start: Int32Array;
  readonly adept: Int32Array;
  readonly score: Float64Array;
}

/**
 * Builds the `PreferenceTable` of people in a fixed order (ids resolved as `normalizeKey`
 * does; ids that name no one are skipped: validation reports them). Each score equals
 * `preferenceFacts(mentor, adept).score`.
 *
 * @example
 * const t = preferenceTable(p.mentors, p.adepts);
 */
export function preferenceTable(
  mentors: readonly Ranker[],
  adepts: readonly Ranker[],
): PreferenceTable {
  const mentorAt = new Map(mentors.map((m, i) => [normalizeKey(m.id), i]));
  const adeptAt = new Map(adepts.map((a, j) => [normalizeKey(a.id), j]));
  // Per mentor: adept -> [adept's side, mentor's side]; only first mentions count.
  const sides = mentors.map(() => new Map<number, [number, number]>());
  adepts.forEach((a, j) => {
    const list = a.preferences ?? [];
    list.forEach((id, r) => {
      const m = mentorAt.get(normalizeKey(id));
      if (m === undefined) return;
      const row = sides[m]!;
      const s = row.get(j) ?? [0, 0];
      if (s[0] === 0) s[0] = rankValue(r + 1, list.length);
      row.set(j, s);
    });
  });
  mentors.forEach((m, i) => {
    const list = m.preferences ?? [];
    const row = sides[i]!;
    list.forEach((id, r) => {
      const j = adeptAt.get(normalizeKey(id));
      if (j === undefined) return;
      const s = row.get(j) ?? [0, 0];
      if (s[1] === 0) s[1] = rankValue(r + 1, list.length);
      row.set(j, s);
    });
  });
  const start = new Int32Array(mentors.length + 1);
  sides.forEach((row, i) => {
    start[i + 1] = start[i]! + row.size;
  });
  const adept = new Int32Array(start[mentors.length]!);
  const score = new Float64Array(adept.length);
  sides.forEach((row, i) => {
    let k = start[i]!;
    for (const [j, [a, m]] of row) {
      adept[k] = j;
      score[k++] = preferenceScore(a, m);
    }
  });
  return { start, adept, score };
}

/**
 * The criteria a result scores, in the order outputs list them: the six of `CRITERIA`, then
 * preference when the weights name it (someone in the cohort gave preferences).
 *
 * @example
 * scoredCriteria(result.audit.weights) // ["geography", ..., "sector"] without preferences
 */
export function scoredCriteria(weights: Weights): readonly ScoredCriterion[] {
  return weights.preference === undefined ? CRITERIA : [...CRITERIA, PREFERENCE];
}

/**
 * One criterion's score of a pair; preference is neutral (0.5) where it was not scored.
 *
 * @example
 * scoreOf(pair.criteria, "preference") // 0.75
 */
export function scoreOf(scores: CriterionScores, c: ScoredCriterion): number {
  return scores[c] ?? 0.5;
}

/**
 * One criterion's weight; preference weighs 0 where the weights leave it out.
 *
 * @example
 * weightOf(result.audit.weights, "preference") // 2
 */
export function weightOf(weights: Weights, c: ScoredCriterion): number {
  return weights[c] ?? 0;
}
