/**
 * Public types of explanations, alternatives and the report. They live here, beside the code
 * that makes them, until the lead moves them into `src/types.ts`; `src/index.ts` re-exports them.
 */
import type { CriterionFacts } from "../criteria/facts.js";
import type { CohortInput } from "../schema/cohort.js";
import type {
  CriterionScores,
  MatchOptions,
  MunicipalityPlace,
  PairRule,
  Weights,
} from "../types.js";

/**
 * The language of explanations and of the report.
 *
 * @example
 * const lang: Lang = "sv";
 */
export type Lang = "sv" | "en";

/**
 * Options of `explain`.
 *
 * @example
 * explain(result, { lang: "sv", cohort });
 */
export interface ExplainOptions {
  /** Swedish or English. The default value is `"en"`. */
  readonly lang?: Lang;
  /**
   * For a single pair: the weights it was scored with, so that a criterion of weight 0 is never
   * named strongest or weakest. A `MatchResult` carries its own weights in `audit`. The default
   * value is `{}` (every criterion counts).
   */
  readonly weights?: Partial<Weights>;
  /**
   * The cohort the target was made from. Optional: with it, sentences name municipalities and
   * sectors, and Swedish reasons for unmatched people are written in full from the cohort
   * instead of a Swedish summary followed by the library's English detail. The default value is
   * `undefined` (ids only).
   */
  readonly cohort?: CohortInput;
  /** The municipality table the result was made with (see `MatchOptions`). The default value is `[]`. */
  readonly municipalities?: readonly MunicipalityPlace[];
  /** Use the built-in table of Swedish municipalities (see `MatchOptions`). The default value is `true`. */
  readonly builtinMunicipalities?: boolean;
}

/**
 * Why a pair is not allowed: eligibility, a hard pairing rule, an exclusion or history.
 *
 * @example
 * const rule: BlockRule = "differentMunicipality";
 */
export type BlockRule = "mentorIneligible" | "adeptIneligible" | PairRule | "exclusion" | "history";

/**
 * One reason a pair is not allowed, with the library's sentence for it.
 *
 * @example
 * const block: PairBlock = { rule: "differentMunicipality", message: "both in Borås" };
 */
export interface PairBlock {
  readonly rule: BlockRule;
  /** In English, as the library words it in unmatched reasons (e.g. `both in Borås`). */
  readonly message: string;
}

/**
 * The objective values of a plan, in the order they are optimised: most matched, fewest soft-rule
 * violations, then (objective `"fair"`) the strongest weakest pair, then the highest total.
 *
 * @example
 * const o: PlanObjective = { matched: 6, softViolations: 0, totalScore: 412.5 };
 */
export interface PlanObjective {
  readonly matched: number;
  readonly softViolations: number;
  /**
   * Only with objective `"fair"`: the lowest score of a pair that was not locked in the input
   * (`null` without such a pair). Absent with objective `"total"`, where it is not optimised.
   */
  readonly weakestScore?: number | null;
  readonly totalScore: number;
}

/**
 * What a plan loses against the optimum: adepts no longer matched, extra soft-rule violations,
 * points of weakest pair (objective `"fair"` only) and of total score. Compared in that order it
 * is never negative; a later part can be negative when an earlier one is positive (a plan that
 * matches fewer adepts can have a higher total).
 *
 * @example
 * const loss: PlanLoss = { matched: 0, softViolations: 0, totalScore: 4.25 };
 */
export interface PlanLoss {
  readonly matched: number;
  readonly softViolations: number;
  readonly weakestScore?: number;
  readonly totalScore: number;
}

/**
 * Where a pair stands: in the optimal plan; allowed but not chosen; not allowed by the rules; or
 * allowed but impossible without breaking a locked pair (the adept is locked to another mentor,
 * or the mentor's places are all held by locked pairs).
 *
 * @example
 * const s: PairStatus = "not-chosen";
 */
export type PairStatus = "chosen" | "not-chosen" | "blocked" | "conflicts-with-lock";

/**
 * Everything about one mentor/adept pair: scores and facts, what the rules say, whether the
 * optimal plan chose it, and what forcing it would cost. Plain, JSON-serialisable data.
 *
 * @example
 * const e: PairExplanation = explainPair(cohort, "M01", "A03");
 * e.status; e.loss; e.text;
 */
export interface PairExplanation {
  readonly mentorId: string;
  readonly adeptId: string;
  /** The pair's total in [0, 100], as in `scorePair` and `scoreMatrix`. */
  readonly score: number;
  readonly criteria: CriterionScores;
  readonly facts: CriterionFacts;
  /** Soft rules the pair breaks (empty when none is soft or it breaks none). */
  readonly softViolations: readonly PairRule[];
  /** Eligibility, the hard rules, exclusions and history allow the pair. */
  readonly allowed: boolean;
  /** Why it is not allowed (empty when it is). */
  readonly blockedBy: readonly PairBlock[];
  readonly status: PairStatus;
  /** The pair is in the optimal plan (locked pairs always are). */
  readonly chosen: boolean;
  /** The pair is locked in the input. */
  readonly locked: boolean;
  /** The adept's mentor in the optimal plan, `null` when the adept is unmatched. */
  readonly planMentorId: string | null;
  /** The optimal plan's objective (equal to `match(cohort, options).objective`). */
  readonly optimum: PlanObjective;
  /** The best plan that contains this pair; `null` when the pair cannot be in any plan. */
  readonly forced: PlanObjective | null;
  /** `optimum` minus `forced` (all zero when chosen); `null` when `forced` is. */
  readonly loss: PlanLoss | null;
  /** The explanation in sentences, in the language asked for. */
  readonly text: string;
}

/**
 * Options of `explainPair`: the options of `match` plus the language.
 *
 * @example
 * explainPair(cohort, "M01", "A03", { lang: "sv", rules: { differentSector: "soft" } });
 */
export interface ExplainPairOptions extends MatchOptions {
  /** Swedish or English. The default value is `"en"`. */
  readonly lang?: Lang;
}

/**
 * One other mentor an adept could be given, and what the plan would lose.
 *
 * @example
 * const alt: Alternative = { mentorId: "M04", score: 61.2, softViolations: [], loss: { matched: 0, softViolations: 0, totalScore: 3.1 } };
 */
export interface Alternative {
  readonly mentorId: string;
  /** The pair's total in [0, 100]. */
  readonly score: number;
  /** Soft rules that pair breaks. */
  readonly softViolations: readonly PairRule[];
  /** The optimum minus the best plan that gives the adept this mentor. */
  readonly loss: PlanLoss;
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

/**
 * Options of `alternatives`: the options of `match` plus how many mentors to list per adept.
 *
 * @example
 * alternatives(cohort, { perAdept: 5 });
 */
export interface AlternativesOptions extends MatchOptions {
  /** How many other mentors to list per adept. The default value is 3. */
  readonly perAdept?: number;
}

/**
 * Options of `renderReport`: the options of `match` (they must be those the result was made
 * with), the language and a title.
 *
 * @example
 * renderReport(cohort, result, { lang: "sv", title: "Mentorprogram Sjuhärad, hösten 2024" });
 */
export interface ReportOptions extends MatchOptions {
  /** Swedish or English. The default value is `"en"`. */
  readonly lang?: Lang;
  /**
   * The document's title. The default value is `"Mentor matching report"` in English and
   * `"Matchning av mentorer och adepter"` in Swedish.
   */
  readonly title?: string;
  /**
   * The decisions made by hand that led to this result (a session's `decisions`, see
   * `sessionToCohort`), printed in their own section with each reason, so a steering group sees
   * what was decided by hand and what the optimiser chose. The default value is `undefined`
   * (no such section).
   */
  readonly decisions?: readonly import("../session/types.js").Decision[];
}
