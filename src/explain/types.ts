/**
 * Public types of explanations, alternatives and the report. They live here, beside the code
 * that makes them, until the lead moves them into `src/types.ts`; `src/index.ts` re-exports them.
 */

import type { CohortInput } from "../schema/cohort.js";
import type {
  Block,
  CriterionFacts,
  CriterionScores,
  MatchOptions,
  MunicipalityPlace,
  PairRule,
  PlanLoss,
  PlanObjective,
  Weights,
} from "../types.js";

// Plan values and alternatives are data of the plan step and of `MatchResult`, so they live in
// `src/types.ts`; they are re-exported here for the code that found them here.
export type { AdeptAlternatives, Alternative, PlanLoss, PlanObjective } from "../types.js";

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
   * sectors. Reasons for unmatched people are said from the facts the result carries; for a
   * result without them (made by an earlier version), Swedish reasons are worked out from the
   * cohort instead of a Swedish summary followed by the library's English detail. The default
   * value is `undefined` (ids only).
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
export type BlockRule = Block["rule"];

/**
 * One reason a pair is not allowed: the rule, its facts (see `Block`: the shared `place` or
 * `sector`, the exclusion's `reason`, the history entry's `cohort`, the eligibility facts) and
 * the library's English words for it.
 *
 * @example
 * const block: PairBlock = { rule: "differentMunicipality", place: "Borås", message: "both in Borås" };
 */
export type PairBlock = Block & {
  /** In English, as the library words it in unmatched reasons (e.g. `both in Borås`). */
  readonly message: string;
};

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
  /**
   * More sections, after the alternatives: plain text only (`mentorpair/learn` makes "How
   * robust is this plan" and "Fairness across groups" with `robustnessSection` and
   * `fairnessSection`). The default value is `undefined` (none).
   */
  readonly sections?: readonly ReportSection[];
}

/**
 * A section a caller adds to the report: a heading, paragraphs and a table, all plain text.
 *
 * @example
 * const s: ReportSection = { heading: "Fairness across groups", paragraphs: ["..."], table: { head: ["group"], rows: [["Borås"]] } };
 */
export interface ReportSection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly table?: {
    readonly head: readonly string[];
    readonly rows: readonly (readonly string[])[];
  };
}
