/**
 * The vocabulary of mentorpair: options, results and issues, and the levels and criteria they
 * name. This folder's files (`types.ts`, `criterionFacts.ts`, `reasonFacts.ts`, `planTypes.ts`,
 * `stabilityTypes.ts`, `progressTypes.ts`) import nothing from the folders, so every folder may
 * use them. The input types come from the zod schema (`schema/cohort.ts`), which builds on the
 * levels here.
 */

import type { CriterionFacts } from "./criterionFacts.js";
import type { Alternative, PlanCertificate } from "./planTypes.js";
import type { ProgressOptions, ThreadOptions } from "./progressTypes.js";
import type { EligibilityFacts, RuleCut, SpareCause, UnmatchedCause } from "./reasonFacts.js";
import type { Stability } from "./stabilityTypes.js";

export type { CriterionFacts, PreferenceFacts } from "./criterionFacts.js";
export type {
  Alternative,
  MentorDuals,
  PlanCertificate,
  PlanLoss,
  PlanObjective,
} from "./planTypes.js";
export type { MatchProgress, ProgressOptions, ProgressPhase } from "./progressTypes.js";
export type {
  Block,
  BlockGroup,
  EligibilityFacts,
  GroupedBlock,
  IdSample,
  RuleCut,
  SpareCause,
  UnmatchedCause,
} from "./reasonFacts.js";
export type { Stability } from "./stabilityTypes.js";

/** Education levels, lowest first. The order is what the education criterion compares. */
export const EDUCATION_LEVELS = [
  "upper-secondary",
  "post-secondary",
  "bachelor",
  "master",
  "doctorate",
] as const;

/** Leadership levels, lowest first. */
export const LEADERSHIP_LEVELS = ["first-line", "second-line", "senior"] as const;

/** An education level. */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
/** A leadership level. */
export type LeadershipLevel = (typeof LEADERSHIP_LEVELS)[number];

/** The six criteria, in the order they are reported. */
export const CRITERIA = [
  "geography",
  "experience",
  "education",
  "wishes",
  "leadership",
  "sector",
] as const;

/** The name of one criterion. */
export type Criterion = (typeof CRITERIA)[number];

/** The seventh criterion: only when someone in the cohort gave `preferences` (else absent). */
export const PREFERENCE = "preference";

/** A criterion a result may score: the six, and `preference` when someone gave preferences. */
export type ScoredCriterion = Criterion | typeof PREFERENCE;

/** One number per criterion (`preference` only when someone in the cohort gave preferences). */
export type CriterionScores = { readonly [K in Criterion]: number } & {
  readonly preference?: number;
};

/**
 * Relative weight per criterion (>= 0). A weight of 0 removes the criterion. `preference`
 * counts only when someone in the cohort gave preferences; its default value is then
 * `DEFAULT_PREFERENCE_WEIGHT` (2).
 */
export type Weights = { readonly [K in Criterion]: number } & { readonly preference?: number };

/**
 * A place the different-municipality rule and geography know: a municipality (or any place a
 * programme uses), with its reference point when it has one. Without `lat`/`lon` the place is
 * still known to the rule, and geography scores it neutrally.
 */
export interface MunicipalityPlace {
  /** Official 4-digit municipality code, if it has one. */
  readonly code?: string;
  /** The name results use; found by every spelling `resolveMunicipalityTable` describes. */
  readonly name: string;
  /** County (län), for built-in municipalities. */
  readonly county?: string;
  /** The town the point stands for. */
  readonly seat?: string;
  readonly lat?: number;
  readonly lon?: number;
}

/** A place with a reference point. */
export interface MunicipalityPoint extends MunicipalityPlace {
  readonly lat: number;
  readonly lon: number;
}

/**
 * How a pairing rule is applied. `hard`: never broken; `soft`: "as far as possible", broken
 * only when that matches more adepts (violations are minimised before score is maximised);
 * `off`: ignored.
 */
export type RuleMode = "hard" | "soft" | "off";

/** The pairing rules that can be soft, as named in `MatchedPair.softViolations`. */
export type PairRule = "differentMunicipality" | "differentSector" | "differentWorkBackground";

/** The programme's rules. */
export interface RulesOptions {
  /** Mentor and adept come from different municipalities. The default value is `"hard"`. */
  readonly differentMunicipality?: RuleMode;
  /** Mentor and adept work in different sectors now. The default value is `"hard"`. */
  readonly differentSector?: RuleMode;
  /**
   * Mentor and adept have different work-life backgrounds: broken when both list
   * `sectorExperience` and their sectors (experience plus current sector) overlap by at least
   * half (Jaccard >= 0.5). The default value is `"off"`.
   */
  readonly differentWorkBackground?: RuleMode;
  /** Least years as a manager for an adept. The default value is 2. */
  readonly adeptMinManagerYears?: number;
  /** Least years as a manager for a mentor. The default value is 5. */
  readonly mentorMinManagerYears?: number;
  /** Both need `managerConsent: true`. The default value is `true`. */
  readonly requireConsent?: boolean;
}

/** Rules with every default filled in. */
export type ResolvedRules = { readonly [K in keyof RulesOptions]-?: NonNullable<RulesOptions[K]> };

/** Options of the criteria themselves. */
export interface CriteriaOptions {
  /** Distance (km) at or below which geography scores 1. The default value is 10. */
  readonly nearKm?: number;
  /** Distance (km) at or beyond which geography scores 0. The default value is 100. */
  readonly farKm?: number;
  /** Gap in years as a manager at which the experience gap scores 1. The default value is 10. */
  readonly experienceGapYears?: number;
  /** Whether education rewards similar or complementary fields. The default value is `"similar"`. */
  readonly educationDirection?: "similar" | "complementary";
}

/** Criteria options with every default filled in. */
export type ResolvedCriteriaOptions = {
  readonly [K in keyof CriteriaOptions]-?: NonNullable<CriteriaOptions[K]>;
};

/** Options for scoring. */
export interface ScoreOptions {
  /**
   * Relative weight per criterion; missing criteria keep their default. The default value is
   * `{ wishes: 3, geography: 1, experience: 1, education: 1, leadership: 1, sector: 1 }`.
   */
  readonly weights?: Partial<Weights>;
  /** Options of the criteria. The default value is `{}` (each option's own default). */
  readonly criteria?: CriteriaOptions;
  /**
   * Places that extend the built-in table of all 290 Swedish municipalities (an entry with the
   * same name or code replaces the built-in one): places outside Sweden, or your own reference
   * points. `lat`/`lon` may be left out: the place is then known to the rules and scores
   * geography neutrally. The default value is `[]`.
   */
  readonly municipalities?: readonly MunicipalityPlace[];
  /** Use the built-in table of Swedish municipalities at all. The default value is `true`. */
  readonly builtinMunicipalities?: boolean;
}

/** Options for `scoreMatrix`. */
export interface MatrixOptions extends ScoreOptions {
  /** The programme's rules (what `allowed` reflects). The default value is `{}` (all defaults). */
  readonly rules?: RulesOptions;
}

/** Which solver `match` uses. `auto` takes the LP for small cohorts and the flow solver above. */
export type SolverChoice = "auto" | "lp" | "flow";

/**
 * What `match` optimises after the most adepts matched and the fewest soft-rule violations.
 * `total`: the highest total score. `fair`: first the weakest (non-locked) pair's score as high
 * as possible, then the highest total among plans that keep it. `stable`: among plans with no
 * blocking pair (see `Stability`), the fewest soft-rule violations, then the highest total
 * (`matchStable` of `mentorpair/stable`; every stable plan matches the same adepts).
 */
export type ObjectiveChoice = "total" | "fair" | "stable";

/** Options for `match`. */
export interface MatchOptions extends MatrixOptions, ProgressOptions, ThreadOptions {
  /** The solver. The default value is `"auto"`. */
  readonly solver?: SolverChoice;
  /** The last level of the objective. The default value is `"total"`. */
  readonly objective?: ObjectiveChoice;
  /**
   * For how many unmatched adepts (at most) to look for a short group and single fixes. Each
   * diagnosed adept costs about one pass over the allowed pairs (fixes are decided by augmenting
   * paths, not by re-solving). The default value is 25.
   */
  readonly diagnose?: number;
  /**
   * How many next-best mentors to list per adept in `MatchResult.alternatives`, each with the
   * exact loss in the objective if the adept were given that mentor instead (0 leaves them
   * out). One shortest-path search per adept: well under a second for 300 per side, but about
   * 8 s at 1,000 and 55 s at 2,000. The default value is 0.
   */
  readonly alternatives?: number;
}

/** The result of `scorePair`. */
export interface PairScore {
  /** Weighted total in [0, 100], rounded to 4 decimals. */
  readonly total: number;
  /** Each criterion in [0, 1]. */
  readonly criteria: CriterionScores;
}

/** The result of `scoreMatrix`: rows are mentors, columns adepts, in the cohort's order. */
export interface ScoreMatrix {
  readonly mentorIds: readonly string[];
  readonly adeptIds: readonly string[];
  /** `score[m][a]`: the pair's total in [0, 100], equal to `scorePair(...).total`. */
  readonly score: readonly Float64Array[];
  /** `allowed[m][a]`: 1 when eligibility, hard rules, exclusions and history allow the pair. */
  readonly allowed: readonly Uint8Array[];
}

/** One pair in a match result. */
export interface MatchedPair {
  readonly mentorId: string;
  readonly adeptId: string;
  /** The pair's total, equal to the `scoreMatrix` entry. */
  readonly score: number;
  readonly criteria: CriterionScores;
  /** The facts behind each criterion (distance, year gap, shared wishes...), for explanations. */
  readonly facts: CriterionFacts;
  /** The pair was locked in the input. */
  readonly locked: boolean;
  /** Soft rules this pair breaks (empty when it breaks none). */
  readonly softViolations: readonly PairRule[];
}

/** Why an adept is not in a pair. */
export type UnmatchedReason = "ineligible" | "no-allowed-mentor" | "capacity";

/**
 * A Hall violator: adepts whose allowed mentors have fewer places (after locked pairs) than
 * there are adepts, so one of them must stay unmatched. Inclusion-minimal: dropping any adept
 * from the group leaves enough places for the rest.
 */
export interface ShortGroup {
  readonly adepts: readonly string[];
  /** Every mentor any of these adepts may be paired with. */
  readonly mentors: readonly string[];
  /** Places those mentors have for them (fewer than `adepts.length`). */
  readonly places: number;
  /** How many mentor options of the group's adepts each rule removed, in words. */
  readonly cutBy: string;
  /**
   * The same as data: per kind of block, how many options it removed, most first (ties in the
   * order first met). Empty when no rule removed any: the mentors are simply full. Absent in
   * results of versions before it was added.
   */
  readonly cut?: readonly RuleCut[];
}

/** What a single change to the input would do for an unmatched adept. */
export type FixKind = "drop-exclusion" | "drop-history" | "raise-capacity" | "relax-rule";

/** A single change that lets an unmatched adept be matched without unmatching anyone. */
export interface Fix {
  readonly kind: FixKind;
  /** The mentor to change (all kinds but `relax-rule`). */
  readonly mentorId?: string;
  /** The rule to relax (`relax-rule`). */
  readonly rule?: PairRule;
  /** The fix in English words, made from `kind`, `mentorId`, `rule` and the adept's id. */
  readonly message: string;
}

export interface UnmatchedAdept {
  readonly id: string;
  readonly reason: UnmatchedReason;
  /** The reason in words: which rules removed which mentors. */
  readonly message: string;
  /**
   * The reason as data (what `message` says), for saying it in another language or acting on
   * it. Set by `match`; absent in results of versions before it was added.
   */
  readonly cause?: UnmatchedCause;
  /** For `capacity`: a smallest group of adepts competing for too few places. */
  readonly group?: ShortGroup;
  /**
   * Single changes (drop one exclusion or history entry, give one mentor one more place, turn
   * one hard rule off) each of which would let this adept be matched as well as everyone who is
   * now. Empty when no single change does; absent when not computed (see `diagnose`).
   */
  readonly fixes?: readonly Fix[];
}

/** Why a mentor has capacity left. */
export type SpareReason = "ineligible" | "no-allowed-adept" | "not-needed";

export interface SpareMentor {
  readonly id: string;
  /** Places left. */
  readonly spare: number;
  readonly reason?: SpareReason;
  readonly message?: string;
  /**
   * The reason as data (what `message` says). Set by `match` with `reason`; absent in results
   * of versions before it was added.
   */
  readonly cause?: SpareCause;
}

/** A data-quality note: something missing that was scored neutrally. */
export interface CohortWarning {
  readonly code: string;
  /** Where, e.g. `adepts[3].wishes`. */
  readonly path: string;
  /** The person's id, when the warning is about a person. */
  readonly id?: string;
  /** The note in English. */
  readonly message: string;
  /** The facts behind the message, by `code`, for saying it in another language. */
  readonly params?: object;
}

/** What ran, and whether the optimum is proven. */
export interface SolverInfo {
  readonly name: "lp" | "flow" | "none";
  /** The objective is proven optimal (LP answers are re-checked by the exact method). */
  readonly optimal: boolean;
  /** Milliseconds spent solving. */
  readonly ms: number;
  /** How optimality was proven. */
  readonly proof: string;
}

/** What is needed to reproduce a result. */
export interface Audit {
  readonly version: string;
  readonly weights: Weights;
  readonly rules: ResolvedRules;
  readonly criteria: ResolvedCriteriaOptions;
  readonly solver: SolverChoice;
  readonly objective: ObjectiveChoice;
  /** SHA-256 of the validated cohort in canonical order (independent of input order). */
  readonly inputHash: string;
}

/** The result of `match`: plain, JSON-serialisable data. */
export interface MatchResult {
  /** Pairs sorted by mentor id, then adept id. */
  readonly pairs: readonly MatchedPair[];
  readonly unmatchedAdepts: readonly UnmatchedAdept[];
  /** Mentors with places left. */
  readonly spareMentors: readonly SpareMentor[];
  readonly objective: {
    /** Adepts in pairs. */
    readonly matched: number;
    /** Soft-rule violations summed over the pairs (a pair breaking two rules counts two). */
    readonly softViolations: number;
    /** The lowest score of a pair that was not locked (`null` when there is none). */
    readonly weakestScore: number | null;
    /** Sum of the pairs' totals. */
    readonly totalScore: number;
  };
  readonly solver: SolverInfo;
  readonly warnings: readonly CohortWarning[];
  /** Ineligible people, with reasons. */
  readonly ineligible: readonly {
    readonly id: string;
    readonly role: "mentor" | "adept";
    readonly message: string;
    /** The reason as data. Absent in results of versions before it was added. */
    readonly cause?: { readonly reason: "ineligible" } & EligibilityFacts;
  }[];
  readonly ms: number;
  readonly audit: Audit;
  /** Per adept, the next best allowed mentors and the loss of each (only with `options.alternatives`). */
  readonly alternatives?: readonly AdeptAlternatives[];
  /**
   * The proof that `pairs` is an optimal plan, so that a later step can check the result
   * without solving again (`renderReport` does): dual values per mentor, a few numbers per
   * person and none per pair. Always set by `match` and `rematch`; a result without it (made
   * by an older version) is checked by solving again.
   */
  readonly certificate?: PlanCertificate;
  /**
   * Set whenever anyone in the cohort gave `preferences` (and with objective `"stable"`): the
   * plan's blocking pairs and, with objective `"stable"`, the price of stability.
   */
  readonly stability?: Stability;
}

/**
 * One adept's mentor in the optimal plan and the next best mentors the adept could be given.
 *
 * @example
 * const a: AdeptAlternatives = alternatives(cohort)[0];
 * a.adeptId; a.mentorId; a.alternatives[0]?.loss.totalScore;
 */
export interface AdeptAlternatives {
  readonly adeptId: string;
  /** The adept's mentor in the optimal plan, `null` when unmatched. */
  readonly mentorId: string | null;
  /** That pair's total, `null` when unmatched. */
  readonly score: number | null;
  /** The adept is locked to `mentorId` in the input, so no alternative is offered. */
  readonly locked: boolean;
  /**
   * The best other allowed mentors by pair score (highest first, ties by mentor id), at most
   * `perAdept`. Mentors whose places are all held by locked pairs are left out: no plan can
   * give them this adept.
   */
  readonly alternatives: readonly Alternative[];
}

/** One problem with the input. */
export interface CohortIssue {
  /** What kind of problem, e.g. `invalid_type`, `duplicate_id`, `unknown_id`. */
  readonly code: string;
  /** Where, e.g. `adepts[3].managerYears`. */
  readonly path: string;
  /** The person's id, when known. */
  readonly id?: string;
  /** The problem in English. */
  readonly message: string;
  /** The facts behind the message, by `code`, for saying it in another language. */
  readonly params?: object;
}

/** The result of `safeParseCohort`. */
export type SafeParseResult =
  | {
      readonly success: true;
      readonly data: import("./schema/cohort.js").Cohort;
      readonly warnings: readonly CohortWarning[];
    }
  | { readonly success: false; readonly issues: readonly CohortIssue[] };
