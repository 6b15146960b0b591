import type { Adept, CriterionScores, Mentor } from "../types.js";
import type { CriteriaContext } from "./context.js";
import { type EducationFacts, educationFacts } from "./education.js";
import { type ExperienceFacts, experienceFacts } from "./experience.js";
import { type GeographyFacts, geographyFacts } from "./geography.js";
import { type LeadershipFacts, leadershipFacts } from "./leadership.js";
import { type SectorFacts, sectorFacts } from "./sector.js";
import { type WishesFacts, wishesFacts } from "./wishes.js";

/**
 * The facts behind each criterion of one pair: plain, JSON-serialisable data for `explain`.
 *
 * @example
 * const facts: CriterionFacts = criterionFacts(mentor, adept, ctx);
 * facts.wishes.matched // ["delegation"]
 */
export interface CriterionFacts {
  readonly geography: GeographyFacts;
  readonly experience: ExperienceFacts;
  readonly education: EducationFacts;
  readonly wishes: WishesFacts;
  readonly leadership: LeadershipFacts;
  readonly sector: SectorFacts;
}

/**
 * The fields the criteria read on the mentor's side.
 *
 * @example
 * const m: CriteriaMentor = cohort.mentors[0];
 */
export type CriteriaMentor = Pick<
  Mentor,
  | "municipality"
  | "location"
  | "managerYears"
  | "sector"
  | "sectorExperience"
  | "education"
  | "leadership"
  | "offers"
  | "offerText"
>;
/**
 * The fields the criteria read on the adept's side.
 *
 * @example
 * const a: CriteriaAdept = cohort.adepts[0];
 */
export type CriteriaAdept = Pick<
  Adept,
  | "municipality"
  | "location"
  | "managerYears"
  | "sector"
  | "sectorExperience"
  | "education"
  | "leadership"
  | "wishes"
  | "wishText"
>;

/**
 * The facts behind each of the six criteria for one pair: distance, year gap, shared sectors,
 * fields and areas, matched and unmatched wishes, the parts and what was missing. Each
 * `score` equals the criterion's `...Score` function and `Scorer.criteria`.
 *
 * @example
 * const facts = criterionFacts(mentor, adept, ctx);
 * facts.geography.km; facts.wishes.matched; facts.leadership.sharedAreas
 */
export function criterionFacts(
  mentor: CriteriaMentor,
  adept: CriteriaAdept,
  ctx: CriteriaContext,
): CriterionFacts {
  return {
    geography: geographyFacts(mentor, adept, ctx),
    experience: experienceFacts(mentor, adept, ctx),
    education: educationFacts(mentor, adept, ctx),
    wishes: wishesFacts(mentor, adept, ctx),
    leadership: leadershipFacts(mentor, adept, ctx),
    sector: sectorFacts(mentor, adept, ctx),
  };
}

/**
 * The six criterion scores of one pair, without precomputation (for a single pair; use
 * `createScorer` for many).
 *
 * @example
 * criterionScores(mentor, adept, ctx).wishes // 0.75
 */
export function criterionScores(
  mentor: CriteriaMentor,
  adept: CriteriaAdept,
  ctx: CriteriaContext,
): CriterionScores {
  const facts = criterionFacts(mentor, adept, ctx);
  return {
    geography: facts.geography.score,
    experience: facts.experience.score,
    education: facts.education.score,
    wishes: facts.wishes.score,
    leadership: facts.leadership.score,
    sector: facts.sector.score,
  };
}
