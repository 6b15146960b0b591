import type { MunicipalityTable } from "../geo/municipalities.js";
import type { Adept, Mentor } from "../schema/cohort.js";
import {
  CRITERIA,
  type Criterion,
  type CriterionScores,
  type ResolvedCriteriaOptions,
  type Weights,
} from "../types.js";
import type { CriteriaContext, PairScorer } from "./context.js";
import { EducationProfiles } from "./education.js";
import { ExperienceProfiles } from "./experience.js";
import { GeographyProfiles } from "./geography.js";
import { LeadershipProfiles } from "./leadership.js";
import { SectorProfiles } from "./sector.js";
import { unitsOfParts, unitsOfSum, type WeightVector, weightVector } from "./total.js";
import { WishesProfiles } from "./wishes.js";

/**
 * What `createScorer` needs besides the people: resolved options and the municipality table.
 *
 * @example
 * const input: ScorerInput = { weights: DEFAULT_WEIGHTS, criteria: DEFAULT_CRITERIA_OPTIONS, table: resolveMunicipalityTable() };
 */
export interface ScorerInput {
  /**
   * Relative weight per criterion, already validated (each >= 0, sum > 0); `resolveOptions`
   * fills in the default value `DEFAULT_WEIGHTS` (wishes 3, every other criterion 1).
   */
  readonly weights: Weights;
  /**
   * Criteria options with every default filled in; the default value is
   * `DEFAULT_CRITERIA_OPTIONS` (`nearKm` 10, `farKm` 100, `experienceGapYears` 10,
   * `educationDirection` `"similar"`).
   */
  readonly criteria: ResolvedCriteriaOptions;
  /** Where geography looks municipalities up (`resolveMunicipalityTable`). */
  readonly table: MunicipalityTable;
}

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
  /** The six criterion scores of one pair (for chosen pairs; allocates). */
  criteria(mentor: number, adept: number): CriterionScores;
}

/** The weighted total through `unitsOfParts`, on profiles built once per cohort. */
class CohortScorer implements Scorer {
  private readonly w: WeightVector;
  private readonly mentorCount: number;
  private readonly adeptCount: number;
  private readonly build: { readonly [K in Criterion]: () => PairScorer };
  // Criteria of weight 0 stay null until `criteria()` needs them.
  private geography: PairScorer | null = null;
  private experience: PairScorer | null = null;
  private education: PairScorer | null = null;
  private wishes: PairScorer | null = null;
  private leadership: PairScorer | null = null;
  private sector: PairScorer | null = null;
  /** Units of `rowMentor` with every adept, and the weighted sums they came from. */
  private readonly row: Int32Array;
  private readonly sums: Float64Array;
  private rowMentor = Number.NaN;
  /** The mentor of the previous `units` call. */
  private lastMentor = Number.NaN;
  /** Criteria of weight > 0 and their weights, in `CRITERIA` order (the order of `unitsOfParts`). */
  private readonly active: PairScorer[] = [];
  private readonly activeWeight: number[] = [];

  constructor(mentors: readonly Mentor[], adepts: readonly Adept[], input: ScorerInput) {
    this.w = weightVector(input.weights, "createScorer");
    this.mentorCount = mentors.length;
    this.adeptCount = adepts.length;
    this.row = new Int32Array(adepts.length);
    this.sums = new Float64Array(adepts.length);
    const ctx: CriteriaContext = { criteria: input.criteria, table: input.table };
    this.build = {
      geography: () => new GeographyProfiles(mentors, adepts, ctx),
      experience: () => new ExperienceProfiles(mentors, adepts, ctx),
      education: () => new EducationProfiles(mentors, adepts, ctx),
      wishes: () => new WishesProfiles(mentors, adepts, ctx),
      leadership: () => new LeadershipProfiles(mentors, adepts, ctx),
      sector: () => new SectorProfiles(mentors, adepts, ctx),
    };
    if (this.w.geography !== 0) this.geography = this.build.geography();
    if (this.w.experience !== 0) this.experience = this.build.experience();
    if (this.w.education !== 0) this.education = this.build.education();
    if (this.w.wishes !== 0) this.wishes = this.build.wishes();
    if (this.w.leadership !== 0) this.leadership = this.build.leadership();
    if (this.w.sector !== 0) this.sector = this.build.sector();
    for (const c of CRITERIA) {
      const scorer = this[c];
      if (scorer !== null) {
        this.active.push(scorer);
        this.activeWeight.push(this.w[c]);
      }
    }
  }

  units(mentor: number, adept: number): number {
    if (mentor === this.rowMentor) return this.row[adept]!;
    // Callers go row by row (a mentor, then every adept): from a mentor's second pair on, score
    // its whole row in tight per-criterion loops and serve the rest from it. A caller that
    // jumps between mentors gets the pair path, which gives the same units.
    if (mentor === this.lastMentor && this.fillRow(mentor)) return this.row[adept]!;
    this.lastMentor = mentor;
    return this.pairUnits(mentor, adept);
  }

  private pairUnits(mentor: number, adept: number): number {
    // Criteria of weight 0 are skipped (`unitsOfParts` does not read their value); the others
    // were built in the constructor.
    const w = this.w;
    return unitsOfParts(
      w,
      w.geography === 0 ? 0 : this.geography!.score(mentor, adept),
      w.experience === 0 ? 0 : this.experience!.score(mentor, adept),
      w.education === 0 ? 0 : this.education!.score(mentor, adept),
      w.wishes === 0 ? 0 : this.wishes!.score(mentor, adept),
      w.leadership === 0 ? 0 : this.leadership!.score(mentor, adept),
      w.sector === 0 ? 0 : this.sector!.score(mentor, adept),
    );
  }

  /** Scores `mentor`'s row into `row`; false (and nothing done) for an index out of range. */
  private fillRow(mentor: number): boolean {
    if (!Number.isInteger(mentor) || mentor < 0 || mentor >= this.mentorCount) return false;
    const sums = this.sums;
    const w = this.w;
    // The steps of `unitsOfParts`, criterion by criterion over the row: same order, same sums.
    sums.fill(0);
    // One call per criterion and row, through a deliberately polymorphic site: each `addRow` is
    // then optimised on its own instead of all six being inlined here past V8's budget.
    for (let k = 0; k < this.active.length; k++) {
      this.active[k]!.addRow(mentor, this.activeWeight[k]!, sums);
    }
    for (let adept = 0; adept < sums.length; adept++) this.row[adept] = unitsOfSum(sums[adept]!, w);
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
    this.geography ??= this.build.geography();
    this.experience ??= this.build.experience();
    this.education ??= this.build.education();
    this.wishes ??= this.build.wishes();
    this.leadership ??= this.build.leadership();
    this.sector ??= this.build.sector();
    return {
      geography: this.geography.score(mentor, adept),
      experience: this.experience.score(mentor, adept),
      education: this.education.score(mentor, adept),
      wishes: this.wishes.score(mentor, adept),
      leadership: this.leadership.score(mentor, adept),
      sector: this.sector.score(mentor, adept),
    };
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
