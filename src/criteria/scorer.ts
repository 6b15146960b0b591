import type { Adept, Mentor } from "../schema/cohort.js";
import { CRITERIA, type Criterion, type CriterionScores } from "../types.js";
import type { CriteriaContext, PairScorer, ScorerInput } from "./context.js";
import { EducationProfiles } from "./education.js";
import { ExperienceProfiles } from "./experience.js";
import { GeographyProfiles } from "./geography.js";
import { ADEPT_FIELDS, scorerGroups } from "./groups.js";
import { memoNormalizeKey } from "./keys.js";
import { LeadershipProfiles } from "./leadership.js";
import { type PreferenceTable, preferenceTable } from "./preference.js";
import { RowPath, type RowPathFields, rowPlaces } from "./rowPath.js";
import { SectorProfiles } from "./sector.js";
import { MAX_UNITS, unitsOfParts, type WeightVector, weightVector } from "./total.js";
import { WishesProfiles } from "./wishes.js";

export type { ScorerInput } from "./context.js";

/**
 * Scores any mentor/adept pair of a cohort by index, on profiles built once.
 *
 * @example
 * const scorer: Scorer = createScorer(mentors, adepts, input);
 * scorer.units(0, 1) === weightedUnits(scorer.criteria(0, 1), input.weights) // true
 */
export interface Scorer {
  /**
   * Weighted total as integer units: `Math.round(10_000 * 100 * Σ w_i c_i / Σ w_i)`, in
   * 0..1_000_000; the total in [0, 100] is `units / 10_000`. Allocates nothing and skips
   * criteria of weight 0. Fastest row by row (one mentor, then its adepts): from a mentor's
   * second call on, its whole row is scored at once and served from a buffer. Indices are not
   * checked.
   */
  units(mentor: number, adept: number): number;
  /**
   * Units of `mentor` with every adept (index = adept), scored in one pass: the fast path for
   * a whole row. The array is reused by the next call that scores another row (`row` or
   * `units`): read it before. Throws a `RangeError` for a mentor index out of range.
   */
  row(mentor: number): Int32Array;
  /**
   * Makes `mentor` the row that `unitsOf` reads (each criterion scored once per adept group, as
   * `row` does), without adding up every adept: for a caller that reads only some of the row.
   * Throws a `RangeError` for a mentor index out of range.
   */
  beginRow(mentor: number): void;
  /**
   * Units of the mentor of the last `beginRow` with `adept` (index not checked): the same
   * number as `row(mentor)[adept]`, computed for this adept alone. `row` and `units` score rows
   * in the same tables: call `beginRow` again after them.
   */
  unitsOf(adept: number): number;
  /**
   * The units of a total of the current row (see `rowTotals`): `unitsOf(a)` is
   * `unitsOfTotal(rowTotals()[a])` where preference does not count. Never less for a greater
   * total.
   */
  unitsOfTotal(total: number): number;
  /**
   * The current row's totals before rounding (per adept; `unitsOf` rounds them), or null where
   * preference counts too: with `totalBelow`, a caller can pass over adepts that cannot reach
   * a bar without computing their units. Read-only, valid until the next `beginRow`.
   */
  rowTotals(): Float64Array | null;
  /**
   * A total below which `unitsOf` is less than `units` for certain (with a margin far above
   * rounding error); -Infinity where no such bound is safe.
   */
  totalBelow(units: number): number;
  /**
   * A number of units that `unitsOfTotal(total)` never exceeds, without rounding (a multiply and
   * an add): for bounds over many pairs; +Infinity where no such bound is safe.
   */
  unitsAtMost(total: number): number;
  /**
   * The criterion scores of one pair (for chosen pairs; allocates): the six, and preference
   * when the weights name it (someone in the cohort gave preferences).
   */
  criteria(mentor: number, adept: number): CriterionScores;
}

/** `MAX_UNITS / sum` where `totalBelow`'s bound is safe, else 0 (see `unitsAtMost`). */
function scaleOf(sum: number): number {
  return sum > 1e-100 && sum < 1e100 ? MAX_UNITS / sum : 0;
}

/** One adept per group (`first[g]`), by a loop (`Array.from` reads a typed array by iterator). */
function firstOfGroups(adepts: readonly Adept[], first: Int32Array): Adept[] {
  const out = new Array<Adept>(first.length);
  for (let g = 0; g < first.length; g++) out[g] = adepts[first[g]!]!;
  return out;
}

/** The weighted total through `unitsOfParts`, on profiles built once per cohort. */
class CohortScorer implements Scorer {
  private readonly w: WeightVector;
  private readonly mentorCount: number;
  private readonly adeptCount: number;
  private readonly adepts: readonly Adept[];
  private readonly build: { readonly [K in Criterion]: (adepts: readonly Adept[]) => PairScorer };
  // Criteria of weight 0 stay null until `criteria()` needs them.
  private geography: PairScorer | null = null;
  private experience: PairScorer | null = null;
  private education: PairScorer | null = null;
  private wishes: PairScorer | null = null;
  private leadership: PairScorer | null = null;
  private sector: PairScorer | null = null;
  /** The ranked pairs, when the weights name preference; null keeps the six-criterion paths. */
  private readonly pref: PreferenceTable | null;
  /** `weight * score` of preference per adept of the current row (neutral where unranked). */
  private readonly prefRow: Float64Array;
  /** Units of `rowMentor` with every adept. */
  private readonly rowUnits: Int32Array;
  private rowMentor = Number.NaN;
  /** The mentor of the previous `units` call. */
  private lastMentor = Number.NaN;
  /**
   * Per adept its group in each criterion, six per adept in `CRITERIA` order (group 0 for a
   * criterion of weight 0, the adept itself where a criterion is not grouped): the pair path's
   * index into a criterion's profiles.
   */
  private readonly groupOf: Int32Array;
  /** Per criterion (`CRITERIA` order) its place in the row path's profiles, -1 for weight 0. */
  private readonly slot: Int32Array;
  /** The row path over the criteria of weight > 0 (see rowPath.ts). */
  private readonly path: RowPath;
  /**
   * The current row's six `weight * score` added per adept in `CRITERIA` order (`fillTables`),
   * the weights' sum and whether preference counts: for `unitsOf`.
   */
  private readonly rowSum: Float64Array;
  private readonly sum: number;
  /** `MAX_UNITS / sum`, 0 where `totalBelow` gives no bound (see `unitsAtMost`). */
  private readonly scale: number;
  private readonly ranked: boolean;

  constructor(
    mentors: readonly Mentor[],
    adepts: readonly Adept[],
    input: ScorerInput,
    rows?: RowFields,
  ) {
    if (rows !== undefined) {
      // Another thread's row path (`scorerOfRows`), field by field: an object filled any other
      // way (`Object.assign`) would be slow to read in the row loops.
      this.w = rows.w;
      this.mentorCount = rows.mentorCount;
      this.adeptCount = rows.adeptCount;
      this.adepts = [];
      this.rowUnits = new Int32Array(rows.adeptCount);
      const none = () => {
        throw new TypeError("a scorer of another thread's rows scores rows only");
      };
      this.build = {
        geography: none,
        experience: none,
        education: none,
        wishes: none,
        leadership: none,
        sector: none,
      };
      this.pref = rows.pref;
      this.prefRow = new Float64Array(rows.pref === null ? 0 : rows.adeptCount);
      this.groupOf = new Int32Array(0);
      this.slot = new Int32Array(CRITERIA.length).fill(-1);
      this.path = new RowPath(rows.path);
      this.rowSum = new Float64Array(rows.adeptCount);
      this.sum = rows.sum;
      this.scale = scaleOf(rows.sum);
      this.ranked = rows.ranked;
      return;
    }
    this.w = weightVector(input.weights, "createScorer");
    this.mentorCount = mentors.length;
    this.adeptCount = adepts.length;
    this.adepts = adepts;
    this.rowUnits = new Int32Array(adepts.length);
    // One key memo for every criterion (prepare hands its cohort's own).
    const ctx: CriteriaContext = {
      criteria: input.criteria,
      table: input.table,
      key: input.key ?? memoNormalizeKey(),
    };
    this.build = {
      geography: (list) => new GeographyProfiles(mentors, list, ctx),
      experience: (list) => new ExperienceProfiles(mentors, list, ctx),
      education: (list) => new EducationProfiles(mentors, list, ctx),
      wishes: (list) => new WishesProfiles(mentors, list, ctx),
      leadership: (list) => new LeadershipProfiles(mentors, list, ctx),
      sector: (list) => new SectorProfiles(mentors, list, ctx),
    };
    this.pref = input.weights.preference === undefined ? null : preferenceTable(mentors, adepts);
    this.prefRow = new Float64Array(this.pref === null ? 0 : adepts.length);
    // Per criterion of weight > 0: its profiles (on one adept per group where it groups them).
    const profilesOf: PairScorer[] = [];
    const weights: number[] = [];
    const criteria: number[] = [];
    const n = adepts.length;
    this.groupOf = new Int32Array(n * CRITERIA.length);
    this.slot = new Int32Array(CRITERIA.length).fill(-1);
    CRITERIA.forEach((c, k) => {
      if (this.w[c] === 0) return;
      // Adepts alike in every field the criterion reads are one group: the criterion's
      // profiles are built on one adept per group (a national cohort has a few hundred to a few
      // thousand groups per criterion; its rows are then scored per row class, rowPath.ts).
      // Where most adepts are alone in their group (small cohorts), the profiles hold every
      // adept; where nearly every one of the first adepts is (a criterion that reads rich
      // fields), the rest are not keyed to find out. Either way the scores are the same.
      const groups = scorerGroups(adepts, ADEPT_FIELDS[c]);
      const grouped = groups !== null;
      for (let j = 0; j < n; j++) this.groupOf[j * 6 + k] = grouped ? groups.of[j]! : j;
      const profiles = this.build[c](grouped ? firstOfGroups(adepts, groups.first) : adepts);
      this.slot[k] = profilesOf.length;
      profilesOf.push(profiles);
      weights.push(this.w[c]);
      criteria.push(k);
    });
    const places = rowPlaces(profilesOf, n, (i, j) => this.groupOf[j * 6 + criteria[i]!]!);
    this.path = new RowPath({ rows: profilesOf, weights, ...places });
    this.rowSum = new Float64Array(n);
    this.sum = this.w.sum;
    this.scale = scaleOf(this.w.sum);
    this.ranked = this.w.preference !== 0;
  }

  units(mentor: number, adept: number): number {
    if (mentor === this.rowMentor) return this.rowUnits[adept]!;
    // Callers go row by row (a mentor, then every adept): from a mentor's second pair on, score
    // its whole row (each criterion per row class, then one loop over the adepts: rowPath.ts)
    // and serve the rest from it. A caller that jumps between mentors gets the pair path, which
    // gives the same units.
    if (mentor === this.lastMentor && this.fillRow(mentor)) return this.rowUnits[adept]!;
    this.lastMentor = mentor;
    return this.pairUnits(mentor, adept);
  }

  private pairUnits(mentor: number, adept: number): number {
    // Criteria of weight 0 are skipped (`unitsOfParts` does not read their value); the others
    // were built in the constructor.
    const w = this.w;
    return unitsOfParts(
      w,
      w.geography === 0 ? 0 : this.scoreOf(0, mentor, adept),
      w.experience === 0 ? 0 : this.scoreOf(1, mentor, adept),
      w.education === 0 ? 0 : this.scoreOf(2, mentor, adept),
      w.wishes === 0 ? 0 : this.scoreOf(3, mentor, adept),
      w.leadership === 0 ? 0 : this.scoreOf(4, mentor, adept),
      w.sector === 0 ? 0 : this.scoreOf(5, mentor, adept),
      w.preference === 0 ? 0.5 : this.preference(mentor, adept),
    );
  }

  /**
   * Criterion `k` (in `CRITERIA` order) of one pair, from the profiles the constructor built
   * (of the adept's group) or, for a criterion of weight 0, from profiles built on first use.
   */
  private scoreOf(k: number, mentor: number, adept: number): number {
    const slot = this.slot[k]!;
    if (slot >= 0) {
      return this.path.fields.rows[slot]!.score(mentor, this.groupOf[adept * 6 + k]!);
    }
    const c = CRITERIA[k]!;
    this[c] ??= this.build[c](this.adepts);
    return this[c].score(mentor, adept);
  }

  /** The preference score of one pair (0.5 unless one side ranked the other). */
  private preference(mentor: number, adept: number): number {
    const t = this.pref!;
    for (let k = t.start[mentor]!; k < t.start[mentor + 1]!; k++)
      if (t.adept[k] === adept) return t.score[k]!;
    return 0.5;
  }

  row(mentor: number): Int32Array {
    if (mentor !== this.rowMentor && !this.fillRow(mentor)) {
      throw new RangeError(
        `Scorer.row: mentor index ${mentor} is not in 0..${this.mentorCount - 1}`,
      );
    }
    return this.rowUnits;
  }

  beginRow(mentor: number): void {
    if (!this.fillTables(mentor)) {
      throw new RangeError(
        `Scorer.beginRow: mentor index ${mentor} is not in 0..${this.mentorCount - 1}`,
      );
    }
    if (this.ranked) this.fillPreference(mentor);
  }

  unitsOf(adept: number): number {
    // The six were added left to right, as `unitsOfParts` adds them; then `unitsOfSum` written out.
    let total = this.rowSum[adept]!;
    if (this.ranked) total += this.prefRow[adept]!;
    return this.unitsOfTotal(total);
  }

  unitsOfTotal(total: number): number {
    return Math.min(MAX_UNITS, Math.max(0, Math.round((total / this.sum) * MAX_UNITS)));
  }

  rowTotals(): Float64Array | null {
    return this.ranked ? null : this.rowSum;
  }

  unitsAtMost(total: number): number {
    // `Math.round((total / sum) * MAX_UNITS)` is at most that product plus 0.5, and the product
    // differs from `total * scale` by far less than 0.5 within the range `totalBelow` trusts.
    return this.scale === 0 ? Number.POSITIVE_INFINITY : total * this.scale + 1;
  }

  totalBelow(units: number): number {
    // unitsOf(a) >= units needs total / sum * MAX_UNITS >= units - 0.5 (Math.round); both sides
    // are within 1e-9 units of exact, so a margin of 1e-6 units keeps the bound safe. Outside
    // a normal range of sums the relative error argument does not hold: no bound.
    const sum = this.sum;
    if (!(sum > 1e-100 && sum < 1e100)) return Number.NEGATIVE_INFINITY;
    return ((units - 0.5 - 1e-6) * sum) / MAX_UNITS;
  }

  /**
   * The six criteria's `weight * score` of `mentor` with each adept added up in `rowSum`, in
   * `CRITERIA` order (rowPath.ts): the same additions in the same order as `unitsOfParts` (from
   * +0, so the first is exact; a criterion of weight 0 would add +0, which changes no sum of
   * values >= 0, and is skipped). False when out of range.
   */
  private fillTables(mentor: number): boolean {
    if (!Number.isInteger(mentor) || mentor < 0 || mentor >= this.mentorCount) return false;
    this.path.fill(mentor, this.rowSum);
    return true;
  }

  /** Preference's `weight * score` per adept of `mentor` (neutral where neither ranked). */
  private fillPreference(mentor: number): void {
    const t = this.pref!;
    const wp = this.w.preference;
    const p = this.prefRow;
    p.fill(wp * 0.5);
    for (let k = t.start[mentor]!; k < t.start[mentor + 1]!; k++) p[t.adept[k]!] = wp * t.score[k]!;
  }

  /**
   * Scores `mentor`'s row into `row`; false (and nothing done) for an index out of range.
   * `fillTables` adds each adept's six `weight * score` in `CRITERIA` order, `unitsOf` adds
   * preference last and rounds: the same operations as `unitsOfParts` on the same numbers, so
   * the same units, bit for bit.
   */
  private fillRow(mentor: number): boolean {
    if (!this.fillTables(mentor)) return false;
    if (this.ranked) this.fillPreference(mentor);
    const row = this.rowUnits;
    for (let a = 0; a < row.length; a++) row[a] = this.unitsOf(a);
    this.rowMentor = mentor;
    return true;
  }

  criteria(mentor: number, adept: number): CriterionScores {
    if (!Number.isInteger(mentor) || mentor < 0 || mentor >= this.mentorCount) {
      throw new RangeError(
        `Scorer.criteria: mentor index ${mentor} is not in 0..${this.mentorCount - 1}`,
      );
    }
    if (!Number.isInteger(adept) || adept < 0 || adept >= this.adeptCount) {
      throw new RangeError(
        `Scorer.criteria: adept index ${adept} is not in 0..${this.adeptCount - 1}`,
      );
    }
    const six = {
      geography: this.scoreOf(0, mentor, adept),
      experience: this.scoreOf(1, mentor, adept),
      education: this.scoreOf(2, mentor, adept),
      wishes: this.scoreOf(3, mentor, adept),
      leadership: this.scoreOf(4, mentor, adept),
      sector: this.scoreOf(5, mentor, adept),
    };
    return this.pref === null ? six : { ...six, preference: this.preference(mentor, adept) };
  }
}

/**
 * Precomputes every person's profile for the six criteria (interned tag ids as bitsets, stems,
 * points, level indices) and returns a `Scorer` whose `units` costs a few array reads per
 * criterion and allocates nothing. Criteria of weight 0 are skipped by `units` and only built if
 * `criteria()` is called. `units(m, a)` always equals `weightedUnits(criteria(m, a), weights)`,
 * and each criterion equals its public `...Score` function. Throws a `RangeError` for invalid
 * weights (a caller bug: they come validated).
 *
 * @example
 * const scorer = createScorer(cohort.mentors, cohort.adepts, { weights, criteria, table });
 * scorer.units(0, 2) / 10_000 // total of mentors[0] with adepts[2], in [0, 100]
 */
export function createScorer(
  mentors: readonly Mentor[],
  adepts: readonly Adept[],
  input: ScorerInput,
): Scorer {
  return new CohortScorer(mentors, adepts, input);
}

/**
 * The fields of a scorer's row path (`beginRow`, `unitsOf`): plain data a worker thread can be
 * sent (see scorerRows.ts), the profiles as instances of their classes.
 *
 * @example
 * const fields = rowFieldsOf(p.scorer);
 */
export interface RowFields {
  readonly w: WeightVector;
  readonly mentorCount: number;
  readonly adeptCount: number;
  readonly path: RowPathFields;
  readonly pref: PreferenceTable | null;
  readonly sum: number;
  readonly ranked: boolean;
}

/**
 * The row path's fields of a scorer made by `createScorer`.
 *
 * @example
 * const fields = rowFieldsOf(scorer); // then scorerOfFields(fields) scores its rows alike
 */
export function rowFieldsOf(scorer: Scorer): RowFields {
  if (!(scorer instanceof CohortScorer)) throw new TypeError("rowFieldsOf: not a cohort's scorer");
  const s = scorer as unknown as Omit<RowFields, "path"> & { path: RowPath };
  return {
    w: s.w,
    mentorCount: s.mentorCount,
    adeptCount: s.adeptCount,
    path: s.path.fields,
    pref: s.pref,
    sum: s.sum,
    ranked: s.ranked,
  };
}

/**
 * A scorer whose row path (`beginRow`, `unitsOf`, `row`) gives exactly what the scorer of
 * `fields` gives; `units` and `criteria` are not for it (they need the people).
 *
 * @example
 * const scorer = scorerOfFields(rowFieldsOf(p.scorer)); scorer.beginRow(0); scorer.unitsOf(3);
 */
export function scorerOfFields(fields: RowFields): Scorer {
  return new CohortScorer([], [], {} as ScorerInput, fields);
}
