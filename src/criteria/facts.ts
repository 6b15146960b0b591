import type { CriterionFacts } from "../criterionFacts.js";
import type { Adept, Mentor } from "../schema/cohort.js";
import type { CriterionScores, Weights } from "../types.js";
import type { CriteriaContext } from "./context.js";
import { educationFacts } from "./education.js";
import { experienceFacts } from "./experience.js";
import { geographyFacts } from "./geography.js";
import { leadershipFacts } from "./leadership.js";
import { preferenceFacts, type Ranker } from "./preference.js";
import { sectorFacts } from "./sector.js";
import { wishesFacts } from "./wishes.js";

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
  | "preferences"
> & { readonly id?: string };
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
  | "preferences"
> & { readonly id?: string };

/**
 * The facts behind each of the six criteria for one pair: distance, year gap, shared sectors,
 * fields and areas, matched and unmatched wishes, the parts and what was missing; and the
 * ranks behind preference when `ctx.weights` names it (someone in the cohort gave
 * preferences; the people then need their `id` and `preferences`). Each `score` equals the
 * criterion's `...Score` function and `Scorer.criteria`.
 *
 * @example
 * const facts = criterionFacts(mentor, adept, ctx);
 * facts.geography.km; facts.wishes.matched; facts.leadership.sharedAreas
 */
export function criterionFacts(
  mentor: CriteriaMentor,
  adept: CriteriaAdept,
  ctx: CriteriaContext & { readonly weights?: Weights },
): CriterionFacts {
  const six = {
    geography: geographyFacts(mentor, adept, ctx),
    experience: experienceFacts(mentor, adept, ctx),
    education: educationFacts(mentor, adept, ctx),
    wishes: wishesFacts(mentor, adept, ctx),
    leadership: leadershipFacts(mentor, adept, ctx),
    sector: sectorFacts(mentor, adept, ctx),
  };
  if (ctx.weights?.preference === undefined) return six;
  // Without an id a person is on no list: an empty id matches no entry (ids are not empty).
  const ranker = (x: CriteriaMentor | CriteriaAdept): Ranker => ({
    id: x.id ?? "",
    preferences: x.preferences,
  });
  return { ...six, preference: preferenceFacts(ranker(mentor), ranker(adept)) };
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
